import { AppRoutes } from './app-routes';
import type { AppServices } from './app-services';
import { AppShell } from './app-shell';

type AppProps = {
  /** Resolves once the data layer has loaded (it is a lazy chunk: no screen needs it to paint). */
  services: Promise<AppServices>;
};

/** The whole app: the shell around the current route. */
export function App({ services }: AppProps) {
  return (
    <AppShell services={services}>
      <AppRoutes services={services} />
    </AppShell>
  );
}
