import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/main.scss';
import { App } from './app';
import { createAppServices } from './app-services';
import { logRenderError } from './log-render-error';
import { registerServiceWorker } from './register-service-worker';

// Which face this tablet shows depends on its enrolment, so the routes wait for it; the read starts
// here, before React's first render, and runs while the shell paints. It is a few lines of plain
// IndexedDB (app-services.ts): the data layer and sync (Dexie, zod, the domain, the engine) are
// chunks of their own, fetched when a screen needs them or after a kiosk's first paint, which
// keeps every route's first load small (the kiosk budget is 120 KB gzip).
const services = createAppServices();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');

createRoot(rootElement, {
  onCaughtError: logRenderError,
  onUncaughtError: logRenderError,
  onRecoverableError: logRenderError,
}).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);

void registerServiceWorker();
