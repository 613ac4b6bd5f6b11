import { Suspense } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import type { AppServices } from './app-services';
import { CaptureRoute } from './capture-route';
import { AdminScreen, BoardScreen, HuddleScreen, KioskScreen } from './lazy-screens';
import { NotFoundScreen } from './not-found-screen';
import { ProblemScreen } from './problem-screen';

type AppRoutesProps = { services: Promise<AppServices> };

/** Which screen each path shows. */
export function AppRoutes({ services }: AppRoutesProps) {
  const [location] = useLocation();
  return (
    // Keyed by path, so that moving to another screen tries again after a failure.
    <ErrorBoundary key={location} fallback={<ProblemScreen />}>
      <Suspense fallback={<p>Loading…</p>}>
        <Switch>
          <Route path="/">
            <Redirect to="/capture" replace />
          </Route>
          <Route path="/capture">
            <CaptureRoute services={services} />
          </Route>
          <Route path="/kiosk">
            <KioskScreen />
          </Route>
          <Route path="/board">
            <BoardScreen />
          </Route>
          <Route path="/huddle">
            <HuddleScreen />
          </Route>
          <Route path="/admin">
            <AdminScreen />
          </Route>
          <Route>
            <NotFoundScreen />
          </Route>
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}
