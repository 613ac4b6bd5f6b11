import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/main.scss';
import { App } from './app';
import { createAppServices } from './app-services';
import { registerServiceWorker } from './register-service-worker';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');

createRoot(rootElement).render(
  <StrictMode>
    <App services={createAppServices()} />
  </StrictMode>,
);

void registerServiceWorker();
