import { defineConfig } from 'vitest/config';
import { lexiconTopicFragments } from './scripts/lexicon-topic-fragments.ts';
import { packTopicFragments } from './src/detect/topic-fragments.ts';

// Unit tests run on plain inputs (fake IndexedDB, happy-dom); end-to-end tests build the
// extension once and drive it in Debian's Chromium, one browser at a time.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: {
    __MC_PACK_KEYRING__: JSON.stringify({ keys: {}, revoked: [] }),
    __MC_PACK_UPDATE_URL__: JSON.stringify(''),
    __MC_TOPIC_FRAGMENTS__: JSON.stringify(packTopicFragments(lexiconTopicFragments())),
  },
  test: {
    reporters: ['default', './test/plain-summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts', 'test/pack/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
