import { useEffect } from 'react';

/**
 * Names the page after the screen, so that browser tabs, history and screen readers
 * announce where a person is (WCAG 2.4.2). Patient text must never go in a title.
 */
export function useDocumentTitle(screenTitle: string, serviceName = 'Wardside'): void {
  useEffect(() => {
    document.title = `${screenTitle} – ${serviceName}`;
  }, [screenTitle, serviceName]);
}
