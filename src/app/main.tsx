import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/main.scss';
import { App } from './app';
import { logRenderError } from './log-render-error';
import { registerServiceWorker } from './register-service-worker';

// The data layer (Dexie, zod, the domain) is a chunk of its own, fetched at once but not
// waited for: the shell and screens that do not read data paint without it, which keeps
// every route's first load small (the kiosk budget is 120 KB gzip).
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
