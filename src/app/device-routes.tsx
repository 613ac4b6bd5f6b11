import { use } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { useStore } from 'zustand';
import type { AppServices } from './app-services';
import { homePathOf } from './device-state';
import {
  AdminScreen,
  BoardScreen,
  CaptureScreen,
  HuddleScreen,
  KioskScreen,
  SetupScreen,
} from './lazy-screens';
import { NotFoundScreen } from './not-found-screen';
import { StaffRoute } from './staff-route';

type DeviceRoutesProps = { services: Promise<AppServices> };

/**
 * Which screen each path shows, by what this tablet is: an unenrolled tablet sees only /setup, a
 * kiosk only /kiosk (a kiosk can only ever be a kiosk), and a staff tablet every face, with the
 * staff screens behind the PIN. Suspends until the data layer has read the enrolment.
 */
export function DeviceRoutes({ services: servicesPromise }: DeviceRoutesProps) {
  const services = use(servicesPromise);
  const enrolment = useStore(services.device, (state) => state.enrolment);

  if (enrolment === null) {
    return (
      <Switch>
        <Route path="/setup">
          <SetupScreen enrol={services.enrol} onEnrolled={(tablet) => services.completeEnrolment(tablet)} />
        </Route>
        <Route>
          <Redirect to="/setup" replace />
        </Route>
      </Switch>
    );
  }

  const home = homePathOf(enrolment.role);
  if (enrolment.role === 'kiosk') {
    return (
      <Switch>
        <Route path="/kiosk">
          <KioskScreen />
        </Route>
        <Route>
          <Redirect to={home} replace />
        </Route>
      </Switch>
    );
  }

  return (
    <Switch>
      <Route path="/">
        <Redirect to={home} replace />
      </Route>
      <Route path="/setup">
        <Redirect to={home} replace />
      </Route>
      <Route path="/kiosk">
        <KioskScreen />
      </Route>
      <Route path="/capture">
        <StaffRoute services={services}>
          <CaptureScreen notes={services.notes} />
        </StaffRoute>
      </Route>
      <Route path="/board">
        <StaffRoute services={services}>
          <BoardScreen ideas={services.ideas} thisDeviceId={enrolment.deviceId} />
        </StaffRoute>
      </Route>
      <Route path="/huddle">
        <StaffRoute services={services}>
          <HuddleScreen />
        </StaffRoute>
      </Route>
      <Route path="/admin">
        <StaffRoute services={services}>
          <AdminScreen />
        </StaffRoute>
      </Route>
      <Route>
        <NotFoundScreen />
      </Route>
    </Switch>
  );
}
