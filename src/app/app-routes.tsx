import { Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import type { AppServices } from './app-services';
import { AdminScreen, BoardScreen, CaptureScreen, HuddleScreen, KioskScreen } from './lazy-screens';
import { NotFoundScreen } from './not-found-screen';

type AppRoutesProps = { services: AppServices };

/** Which screen each path shows. */
export function AppRoutes({ services }: AppRoutesProps) {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <Switch>
        <Route path="/">
          <Redirect to="/capture" replace />
        </Route>
        <Route path="/capture">
          <CaptureScreen notes={services.noteRepository} />
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
  );
}
