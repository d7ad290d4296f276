import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PackSourceFile } from './assemble-pack';

/**
 * Reads every `.json` file under a pack source folder for `assemblePack`, with paths relative
 * to the folder in `/` form. Node only: used by the build script, the tests and the benchmark,
 * never by the extension.
 */
export function readPackSources(root: string): PackSourceFile[] {
  if (!existsSync(root)) throw new Error(`the pack source folder ${root} does not exist`);
  const files: PackSourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json')) {
        files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return files;
}
