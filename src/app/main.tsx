import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/main.scss';
import { App } from './app';
import { createAppServices, type AppServices } from './app-services';
import { KioskScreen } from './lazy-screens';
import { logRenderError } from './log-render-error';
import { registerServiceWorker } from './register-service-worker';
import { trackSettlement } from './track-settlement';

// Which face this tablet shows depends on its enrolment, so the routes wait for it. The read is a
// few lines of plain IndexedDB (app-services.ts); the data layer and sync (Dexie, zod, the domain,
// the engine) are chunks of their own, fetched when a screen needs them or after a kiosk's first
// paint, which keeps every route's first load small (the kiosk budget is 120 KB gzip).
const services = trackSettlement(createAppServices());

// A kiosk's screen is fetched while the enrolment is read (kiosks open at /kiosk), and React's first
// render waits for both: it then paints the question straight away, with no "Loading…" in between
// (after a fallback React holds the content back for up to 300 ms; the warm start budget is 1 s).
const isKiosk = (ready: AppServices) => ready.device.getState().enrolment?.role === 'kiosk';
if (window.location.pathname.startsWith('/kiosk')) void KioskScreen.preload().catch(() => undefined);
const firstScreen = services.then((ready) => (isKiosk(ready) ? KioskScreen.preload() : undefined));

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

// Settled, not fulfilled: a failed read or fetch is shown by the routes' error boundary.
void Promise.allSettled([services, firstScreen]).then(render);

void registerServiceWorker();
