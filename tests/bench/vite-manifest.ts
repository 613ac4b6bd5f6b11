// Reads Vite's build manifest (.vite/manifest.json) to find which JS files a route loads first:
// the entry chunk and everything it imports statically, plus the route's lazy chunk and
// everything that imports statically. `imports` are static; `dynamicImports` are lazy.
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

/** Manifest keys of every chunk loaded lazily from the entry's static graph. */
export const lazyChunkKeys = (manifest: Manifest): string[] => {
  const keys = new Set<string>();
  for (const key of staticClosure(manifest, entryKey(manifest), new Set())) {
    for (const lazy of manifest[key]?.dynamicImports ?? []) keys.add(lazy);
  }
  return [...keys];
};

/**
 * Output files (JS only) that load first for a route whose lazy chunk is `routeKey`;
 * without a route chunk, just the entry's static graph.
 */
export const firstLoadFiles = (manifest: Manifest, routeKey?: string): string[] => {
  const keys = staticClosure(manifest, entryKey(manifest), new Set());
  if (routeKey) staticClosure(manifest, routeKey, keys);
  return [...keys].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
};
