/**
 * Feature hashing: a feature's name (a word, a word pair, a few characters) becomes a bucket number,
 * so the artefact never stores a vocabulary. The hash is part of the model format: changing it
 * makes every committed artefact wrong.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a, then a final mix, over the UTF-16 code units of `name`, as an unsigned integer. */
export const hashFeature = (name: string): number => {
  let hash = FNV_OFFSET;
  for (let index = 0; index < name.length; index += 1) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  // MurmurHash3's finaliser: FNV-1a alone mixes the low bits of short names poorly, and the
  // bucket is taken from the low bits.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
};
