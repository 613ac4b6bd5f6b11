import { AppRoutes } from './app-routes';
import type { AppServices } from './app-services';
import { AppShell } from './app-shell';

type AppProps = { services: AppServices };

/** The whole app: the shell around the current route. */
export function App({ services }: AppProps) {
  return (
    <AppShell>
      <AppRoutes services={services} />
    </AppShell>
  );
}
