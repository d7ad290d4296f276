import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `npm run bench [-- <corpus dir>]`: every benchmark, each reporting ratios against a baseline
 * measured in the same run. Nothing here asserts a time; the numbers are for reading.
 */
const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const run = (script: string, ...args: string[]) => {
  console.log(`\n== ${script} ==`);
  execFileSync('npx', ['tsx', script, ...args], { stdio: 'inherit' });
};

execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
run('bench/detect-speed.ts', corpus);
run('bench/classify-articles.ts', corpus);
run('bench/anchor-speed.ts');
run('bench/pack-import.ts');
run('bench/content-script-cost.ts', corpus, 'dist');
run('bench/many-tabs.ts', 'dist');
