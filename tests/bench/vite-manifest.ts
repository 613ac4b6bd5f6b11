// Reads Vite's build manifest (.vite/manifest.json) to find which JS files a route loads first.
// `imports` are static; `dynamicImports` are lazy. A route loads: the entry chunk and its static
// imports; its own lazy chunk and that chunk's static imports; and every OTHER lazy chunk the
// entry imports, because the entry may start those at boot whatever the route (workbox-window
// does). Counting those is the cautious reading: a lazy chunk the entry only loads on demand (the
// kiosk's other languages and its later steps, since the kiosk screen is in the entry) is
// over-counted, never under-counted. Other routes' chunks are excluded.
import type { Manifest } from 'vite';

const staticClosure = (manifest: Manifest, key: string, seen: Set<string>): Set<string> => {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
};

export const entryKey = (manifest: Manifest): string => {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1)
    throw new Error(`expected one entry chunk, found ${entries.length}: ${entries.join(', ')}`);
  return entries[0] ?? '';
};

/** Manifest keys of every chunk imported lazily from the entry's static graph. */
export const lazyChunkKeys = (manifest: Manifest): string[] => {
  const keys = new Set<string>();
  for (const key of staticClosure(manifest, entryKey(manifest), new Set())) {
    for (const lazy of manifest[key]?.dynamicImports ?? []) keys.add(lazy);
  }
  return [...keys];
};

/** The entry's lazy chunks that belong to no route: started at boot, so on every route's first load. */
export const bootChunkKeys = (manifest: Manifest, routeKeys: readonly string[]): string[] =>
  lazyChunkKeys(manifest).filter((key) => !routeKeys.includes(key));

const jsFiles = (manifest: Manifest, keys: Iterable<string>): string[] =>
  [...keys].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));

/**
 * Output files (JS only) that load first for the route whose lazy chunks are `routeKey`, given
 * the lazy chunks of all routes (`routeKeys`); without a route chunk, the entry and boot chunks.
 */
export const firstLoadFiles = (
  manifest: Manifest,
  routeKey?: string | readonly string[],
  routeKeys: readonly string[] = [],
): string[] => {
  const keys = staticClosure(manifest, entryKey(manifest), new Set());
  for (const bootKey of bootChunkKeys(manifest, routeKeys)) staticClosure(manifest, bootKey, keys);
  // A route may wait for more than its screen's chunk (a staff screen: its frame and the data layer).
  for (const key of typeof routeKey === 'string' ? [routeKey] : (routeKey ?? []))
    staticClosure(manifest, key, keys);
  return jsFiles(manifest, keys);
};
