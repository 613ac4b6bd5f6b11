import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/main.scss';
import { App } from './app';
import { logRenderError } from './log-render-error';
import { registerServiceWorker } from './register-service-worker';

// The data layer and sync (Dexie, zod, the domain, the engine) are a chunk of their own,
// fetched at once but not waited for: the shell paints without them, which keeps every
// route's first load small (the kiosk budget is 120 KB gzip). Routes wait for it, since
// which screen a tablet may show depends on its enrolment.
const services = import('./app-services').then(({ createAppServices }) => createAppServices());

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
