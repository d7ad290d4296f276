/** Where the end-to-end build and its throwaway signing keys live (git-ignored). */
export const E2E_DIST = 'dist-test';
export const E2E_DIST_FIREFOX = 'dist-test-firefox';
export const E2E_KEYS = '.generated/e2e-keys.json';
/** The keyring the end-to-end builds trust: the throwaway key only. */
export const E2E_KEYRING = '.generated/e2e-keyring.json';
export const SCREENSHOT_DIR = 'docs/screenshots';
