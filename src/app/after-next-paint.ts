/** The longest the wait lasts: a hidden page paints no frames, and its sync must still start. */
const LONGEST_WAIT_MS = 250;

/**
 * Resolves once the browser has painted the next frame (a task queued from an animation frame runs
 * after that frame's paint), or after {@link LONGEST_WAIT_MS} at the latest. Work that a screen
 * starts on mount (fetching the data layer's chunks, opening the database) waits for it, so that it
 * does not run between React's commit and the first paint, which it delayed by 100 ms and more on
 * a slow tablet.
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const fallback = setTimeout(resolve, LONGEST_WAIT_MS);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
