import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * The web app manifest, kept in code so that the build (vite-plugin-pwa) and the tests
 * read the same object. NHS blue (#005eb8) is the theme colour of NHS.UK services.
 */
export const webManifest = {
  id: '/',
  name: 'Wardside',
  short_name: 'Wardside',
  description: 'Capture patient experience on the ward and turn it into improvement.',
  lang: 'en-GB',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  background_color: '#f0f4f5',
  theme_color: '#005eb8',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} satisfies Partial<ManifestOptions>;
