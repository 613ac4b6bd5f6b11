/**
 * React's error reporting, made private: only the error's name is logged, never its message
 * or stack, which could in principle quote a note (patient text never goes into logs).
 */
export const logRenderError = (error: unknown): void => {
  console.error('A screen failed to render:', error instanceof Error ? error.name : 'unknown error');
};
