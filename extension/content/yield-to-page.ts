/**
 * Ends the current task, so the page can handle input and paint between the content script's
 * steps on an article (classify, sidebar, overlays) instead of waiting for one long task.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
