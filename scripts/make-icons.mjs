// Generates Wardside's icons (a white speech bubble on NHS blue) into public/:
// icons/icon-192.png, icons/icon-512.png, icons/icon-maskable-512.png,
// apple-touch-icon.png (180) and favicon.svg.
//
// Only Node's zlib is used, so the icons can be rebuilt anywhere without an image
// toolchain. The output is committed; run `node scripts/make-icons.mjs` after changing
// the artwork.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const nhsBlue = [0x00, 0x5e, 0xb8];
const white = [0xff, 0xff, 0xff];

/** Maskable icons are cropped to a circle of this radius (a fraction of the size). */
const maskableSafeRadius = 0.4;

// The artwork, in unit coordinates (0..1, origin top left).
const bubble = { left: 0.2, top: 0.24, right: 0.8, bottom: 0.64, radius: 0.1 };
const tail = [
  [0.3, 0.62],
  [0.46, 0.62],
  [0.28, 0.8],
];
const dots = [0.36, 0.5, 0.64].map((x) => ({ x, y: 0.44, radius: 0.05 }));

const isInsideRoundedRectangle = (x, y, rectangle) => {
  const nearestX = Math.min(
    Math.max(x, rectangle.left + rectangle.radius),
    rectangle.right - rectangle.radius,
  );
  const nearestY = Math.min(
    Math.max(y, rectangle.top + rectangle.radius),
    rectangle.bottom - rectangle.radius,
  );
  return (
    x >= rectangle.left &&
    x <= rectangle.right &&
    y >= rectangle.top &&
    y <= rectangle.bottom &&
    (x - nearestX) ** 2 + (y - nearestY) ** 2 <= rectangle.radius ** 2
  );
};

const isInsideTriangle = (x, y, [a, b, c]) => {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const first = side(a, b);
  const second = side(b, c);
  const third = side(c, a);
  return (first >= 0 && second >= 0 && third >= 0) || (first <= 0 && second <= 0 && third <= 0);
};

const isWhite = (x, y) => {
  const isInDot = dots.some((dot) => (x - dot.x) ** 2 + (y - dot.y) ** 2 <= dot.radius ** 2);
  return !isInDot && (isInsideRoundedRectangle(x, y, bubble) || isInsideTriangle(x, y, tail));
};

/**
 * Renders the icon as RGB rows, 4×4 supersampled for smooth edges. `scale` shrinks the
 * artwork about the centre (maskable icons need a wider margin).
 */
const render = (size, scale) => {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 3);
  let farthestWhite = 0;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      let coverage = 0;
      for (let sampleY = 0; sampleY < samples; sampleY += 1) {
        for (let sampleX = 0; sampleX < samples; sampleX += 1) {
          const x = (column + (sampleX + 0.5) / samples) / size;
          const y = (row + (sampleY + 0.5) / samples) / size;
          if (isWhite(0.5 + (x - 0.5) / scale, 0.5 + (y - 0.5) / scale)) {
            coverage += 1;
            farthestWhite = Math.max(farthestWhite, Math.hypot(x - 0.5, y - 0.5));
          }
        }
      }
      const share = coverage / samples ** 2;
      const offset = (row * size + column) * 3;
      for (let channel = 0; channel < 3; channel += 1) {
        pixels[offset + channel] = Math.round(nhsBlue[channel] * (1 - share) + white[channel] * share);
      }
    }
  }
  return { pixels, farthestWhite };
};

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

const crc32 = (bytes) => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
};

/** Encodes 8-bit RGB pixels as a PNG (colour type 2, no filtering). */
const encodePng = (size, pixels) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rowLength = size * 3;
  const raw = Buffer.alloc((rowLength + 1) * size);
  for (let row = 0; row < size; row += 1) {
    pixels.copy(raw, row * (rowLength + 1) + 1, row * rowLength, (row + 1) * rowLength);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

const writePng = (path, size, scale) => {
  const { pixels, farthestWhite } = render(size, scale);
  writeFileSync(path, encodePng(size, pixels));
  return farthestWhite;
};

const toSvgPoint = ([x, y]) => `${x * 100},${y * 100}`;
const faviconSvg = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
  '<rect width="100" height="100" rx="18" fill="#005eb8"/>',
  `<rect x="${bubble.left * 100}" y="${bubble.top * 100}" width="${(bubble.right - bubble.left) * 100}"` +
    ` height="${(bubble.bottom - bubble.top) * 100}" rx="${bubble.radius * 100}" fill="#fff"/>`,
  `<polygon points="${tail.map(toSvgPoint).join(' ')}" fill="#fff"/>`,
  ...dots.map(
    (dot) => `<circle cx="${dot.x * 100}" cy="${dot.y * 100}" r="${dot.radius * 100}" fill="#005eb8"/>`,
  ),
  '</svg>',
  '',
].join('\n');

const publicDirectory = new URL('../public/', import.meta.url);
mkdirSync(new URL('icons/', publicDirectory), { recursive: true });

writePng(new URL('icons/icon-192.png', publicDirectory), 192, 1);
writePng(new URL('icons/icon-512.png', publicDirectory), 512, 1);
writePng(new URL('apple-touch-icon.png', publicDirectory), 180, 1);
const maskableReach = writePng(new URL('icons/icon-maskable-512.png', publicDirectory), 512, 0.9);
writeFileSync(new URL('favicon.svg', publicDirectory), faviconSvg);

// A maskable icon's artwork must survive the platform's crop to the central safe zone.
if (maskableReach > maskableSafeRadius) {
  throw new Error(`Maskable artwork reaches ${maskableReach.toFixed(3)} of the size; the safe zone is 0.4.`);
}
console.log(`Icons written to public/ (maskable artwork reaches ${maskableReach.toFixed(3)} of 0.4).`);
