// URL helpers shared by routing, headers and logging. Query strings are where patient text would
// leak first (a search box, a prefilled form), so everything logged or matched uses the path alone.

/** The path of a request URL, without its query string or fragment. */
export const pathOf = (url: string): string => url.split(/[?#]/, 1)[0] ?? '';

/** True for `/api` and anything under `/api/`: JSON only, never cached, never the app shell. */
export const isApiPath = (url: string): boolean => {
  const path = pathOf(url);
  return path === '/api' || path.startsWith('/api/');
};
