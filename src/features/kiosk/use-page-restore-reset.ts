import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';

/**
 * Resets the kiosk when the page goes into the back/forward cache and when it comes back from it,
 * so that neither the frozen page nor its restored copy shows the previous person's answers.
 */
export function usePageRestoreReset(reset: () => void): void {
  const resetRef = useRef(reset);
  useEffect(() => {
    resetRef.current = reset;
  }, [reset]);

  useEffect(() => {
    // On the way out the page is frozen right after this event: the reset must render now.
    const onPageHide = (event: PageTransitionEvent) => {
      if (event.persisted) flushSync(() => resetRef.current());
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) resetRef.current();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);
}
