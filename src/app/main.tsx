import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/main.scss';
import { App } from './app';
import { createAppServices } from './app-services';
import { logRenderError } from './log-render-error';
import { registerServiceWorker } from './register-service-worker';
import { trackSettlement } from './track-settlement';

/** localStorage, unless the browser refuses it (reading the property itself can throw). */
function localStorageIfAllowed(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// Which face this tablet shows depends on its enrolment, so the routes wait for it. The read is a
// few lines of plain IndexedDB (app-services.ts); the data layer and sync (Dexie, zod, the domain,
// the engine) are chunks of their own, fetched when a screen needs them or after a kiosk's first
// paint, which keeps every route's first load small (the kiosk budget is 120 KB gzip).
// The last face shown, kept in localStorage, lets the first screen start before IndexedDB answers.
const services = trackSettlement(createAppServices({ faceCache: localStorageIfAllowed() }));

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');

const render = () =>
  createRoot(rootElement, {
    onCaughtError: logRenderError,
    onUncaughtError: logRenderError,
    onRecoverableError: logRenderError,
  }).render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );

// React's first render waits for the face, so that it paints the tablet's screen straight away with
// no "Loading…" before it (after a fallback React holds the content back for up to 300 ms; a kiosk's
// warm start budget is 1 s). On failure too: the routes' error boundary shows it.
void services.then(render, render);

void registerServiceWorker();
