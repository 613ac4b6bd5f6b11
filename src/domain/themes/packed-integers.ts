/**
 * The compact encodings of the theme model artefact: base64 text (so the artefact is plain JSON)
 * of unsigned LEB128 varints (bucket numbers as gaps from the previous one) and of int8 weights.
 * Pure TypeScript, because domain/ may not rely on `atob` or `Buffer`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Character code → base64 value, −1 for characters outside the alphabet (a table: decoding is hot). */
const VALUE_OF = new Int8Array(128).fill(-1);
for (let value = 0; value < ALPHABET.length; value += 1) VALUE_OF[ALPHABET.charCodeAt(value)] = value;

/** Standard base64 with `=` padding. */
export const encodeBase64 = (bytes: Uint8Array): string => {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const first = bytes[index] as number;
    const second = bytes[index + 1];
    const third = bytes[index + 2];
    const chunk = (first << 16) | ((second ?? 0) << 8) | (third ?? 0);
    text += ALPHABET.charAt((chunk >> 18) & 63) + ALPHABET.charAt((chunk >> 12) & 63);
    text += second === undefined ? '=' : ALPHABET.charAt((chunk >> 6) & 63);
    text += third === undefined ? '=' : ALPHABET.charAt(chunk & 63);
  }
  return text;
};

/** Decodes standard base64; `undefined` when the text is not base64. */
export const decodeBase64 = (text: string): Uint8Array | undefined => {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let written = 0;
  for (let index = 0; index < text.length; index += 4) {
    let chunk = 0;
    for (let offset = 0; offset < 4; offset += 1) {
      const code = text.charCodeAt(index + offset);
      const isPadding = code === 61 && index + offset >= text.length - padding;
      const value = isPadding ? 0 : code < 128 ? (VALUE_OF[code] as number) : -1;
      if (value === -1) return undefined;
      chunk = (chunk << 6) | value;
    }
    for (let shift = 16; shift >= 0 && written < bytes.length; shift -= 8) {
      bytes[written] = (chunk >> shift) & 255;
      written += 1;
    }
  }
  return bytes;
};

/** Unsigned LEB128 of each number (each a whole number from 0 to 2^32 − 1). */
export const encodeVarints = (numbers: readonly number[]): Uint8Array => {
  const bytes: number[] = [];
  for (const number of numbers) {
    let rest = number;
    while (rest >= 128) {
      bytes.push((rest % 128) | 128);
      rest = Math.floor(rest / 128);
    }
    bytes.push(rest);
  }
  return Uint8Array.from(bytes);
};

/** The numbers of {@link encodeVarints}; `undefined` when the bytes end inside a number. */
export const decodeVarints = (bytes: Uint8Array): number[] | undefined => {
  const numbers: number[] = [];
  let number = 0;
  let scale = 1;
  let isInside = false;
  for (const byte of bytes) {
    number += (byte & 127) * scale;
    if (byte >= 128) {
      scale *= 128;
      isInside = true;
    } else {
      numbers.push(number);
      number = 0;
      scale = 1;
      isInside = false;
    }
  }
  return isInside ? undefined : numbers;
};
