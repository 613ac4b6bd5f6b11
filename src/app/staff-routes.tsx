import { Redirect, Route, Switch } from 'wouter';
import type { AppServices } from './app-services';
import { homePathOf, type EnrolledDevice } from './device-state';
import { KioskRoute } from './kiosk-route';
import { AdminScreen, BoardScreen, CaptureScreen, HuddleScreen } from './lazy-screens';
import { NotFoundScreen } from './not-found-screen';
import { StaffRoute } from './staff-route';

type StaffRoutesProps = { services: AppServices; enrolment: EnrolledDevice };

/** Every face of the app on a staff tablet, the staff screens behind the PIN. */
export function StaffRoutes({ services, enrolment }: StaffRoutesProps) {
  const home = homePathOf(enrolment.role);
  return (
    <Switch>
      <Route path="/">
        <Redirect to={home} replace />
      </Route>
      <Route path="/setup">
        <Redirect to={home} replace />
      </Route>
      <Route path="/kiosk">
        <KioskRoute services={services} />
      </Route>
      <Route path="/capture">
        <StaffRoute services={services}>
          {(workspace) => <CaptureScreen notes={workspace.notes} />}
        </StaffRoute>
      </Route>
      <Route path="/board">
        <StaffRoute services={services}>
          {(workspace) => <BoardScreen ideas={workspace.ideas} thisDeviceId={enrolment.deviceId} />}
        </StaffRoute>
      </Route>
      <Route path="/huddle">
        <StaffRoute services={services}>{() => <HuddleScreen />}</StaffRoute>
      </Route>
      <Route path="/admin">
        <StaffRoute services={services}>{() => <AdminScreen />}</StaffRoute>
      </Route>
      <Route>
        <NotFoundScreen />
      </Route>
    </Switch>
  );
}
