/** How long the staff screens stay open with nobody touching the tablet (issue 5: 5 minutes). */
export const staffIdleLockMilliseconds = 5 * 60_000;

/** What a person does that counts as using the tablet. Scroll does not bubble, so all are caught on the way down. */
const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

type StartIdleLockOptions = {
  /** With no activity for this long, `lock` is called. */
  idleMilliseconds: number;
  lock: () => void;
  /** The window to watch; tests and the app pass the real one. */
  window: Window;
};

/**
 * Calls `lock` once: after `idleMilliseconds` with no pointer, key, touch or scroll activity, or at
 * once when the page is hidden (the tablet sleeps, the screen goes off, another app comes to the
 * front), hidden from history (`pagehide`) or frozen. Returns a function that stops watching.
 *
 * Time is read from `Date.now`, never counted from the timer alone: a sleeping tablet may pause or
 * throttle timers without saying so, so activity that comes after the deadline locks rather than
 * starting the count again, and the timer re-checks the time when it fires.
 */
export function startIdleLock({ idleMilliseconds, lock, window }: StartIdleLockOptions): () => void {
  const { document } = window;
  let lastActivityAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isWatching = true;

  const isPastDeadline = () => Date.now() - lastActivityAt >= idleMilliseconds;

  const checkIdle = () => {
    if (isPastDeadline()) return lockNow();
    timer = setTimeout(checkIdle, idleMilliseconds - (Date.now() - lastActivityAt));
  };

  const noteActivity = () => {
    if (isPastDeadline()) return lockNow();
    // No timer restart per event: pointermove fires many times a second, and checkIdle reschedules.
    lastActivityAt = Date.now();
  };

  const lockWhenHidden = () => {
    if (document.visibilityState === 'hidden') lockNow();
  };

  const listenerOptions = { capture: true, passive: true } as const;

  const stop = () => {
    if (!isWatching) return;
    isWatching = false;
    clearTimeout(timer);
    for (const name of activityEvents) window.removeEventListener(name, noteActivity, listenerOptions);
    document.removeEventListener('visibilitychange', lockWhenHidden);
    document.removeEventListener('freeze', lockNow);
    window.removeEventListener('pagehide', lockNow);
  };

  function lockNow() {
    if (!isWatching) return;
    stop();
    lock();
  }

  for (const name of activityEvents) window.addEventListener(name, noteActivity, listenerOptions);
  document.addEventListener('visibilitychange', lockWhenHidden);
  document.addEventListener('freeze', lockNow);
  window.addEventListener('pagehide', lockNow);
  // A page that is already hidden when watching starts is a tablet already asleep.
  lockWhenHidden();
  if (isWatching) timer = setTimeout(checkIdle, idleMilliseconds);
  return stop;
}
