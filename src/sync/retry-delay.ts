/** The first retry after a failed check waits about this long; each further failure doubles it. */
export const FIRST_RETRY_MS = 10 * 60 * 1000;
/** Never longer than the daily check itself. */
export const MAX_RETRY_MS = 24 * 60 * 60 * 1000;

/**
 * How long to wait after `failures` failed checks in a row: exponential, capped, and spread
 * at random over its upper half ("equal jitter"), so readers whose checks failed together
 * (a server outage) do not all come back at the same second.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(failures - 1, 16));
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
