import { Suspense } from 'react';
import { useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import type { AppServices } from './app-services';
import { DeviceRoutes } from './device-routes';
import { ProblemScreen } from './problem-screen';

type AppRoutesProps = { services: Promise<AppServices> };

/** The current route's screen, with a problem page instead of a blank screen if it cannot start. */
export function AppRoutes({ services }: AppRoutesProps) {
  const [location] = useLocation();
  return (
    // Keyed by path, so that moving to another screen tries again after a failure.
    <ErrorBoundary key={location} fallback={<ProblemScreen />}>
      <Suspense fallback={<p>Loading…</p>}>
        <DeviceRoutes services={services} />
      </Suspense>
    </ErrorBoundary>
  );
}
