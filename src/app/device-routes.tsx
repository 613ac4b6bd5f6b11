import { use, useEffect } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { afterNextPaint } from './after-next-paint';
import type { AppServices } from './app-services';
import { homePathOf, useEnrolment } from './device-state';
import { KioskRoute } from './kiosk-route';
import { SetupRoute, StaffRoutes } from './lazy-screens';

type DeviceRoutesProps = { services: Promise<AppServices> };

/**
 * Which screen each path shows, by what this tablet is: an unenrolled tablet sees only /setup, a
 * kiosk only /kiosk (a kiosk can only ever be a kiosk), and a staff tablet every face, with the
 * staff screens behind the PIN. Suspends until the data layer has read the enrolment.
 */
export function DeviceRoutes({ services: servicesPromise }: DeviceRoutesProps) {
  const services = use(servicesPromise);
  const enrolment = useEnrolment(services.device);

  // Every enrolled tablet syncs. The repositories and the sync engine are fetched once the first
  // screen has painted (an effect alone may run before the paint), so a kiosk shows its question first.
  useEffect(() => {
    if (enrolment === null) return;
    void afterNextPaint()
      .then(() => services.workspace())
      .catch(() => undefined);
  }, [services, enrolment]);

  if (enrolment === null) {
    return (
      <Switch>
        <Route path="/setup">
          <SetupRoute services={services} />
        </Route>
        <Route>
          <Redirect to="/setup" replace />
        </Route>
      </Switch>
    );
  }

  if (enrolment.role === 'kiosk') {
    return (
      <Switch>
        <Route path="/kiosk">
          <KioskRoute services={services} />
        </Route>
        <Route>
          <Redirect to={homePathOf('kiosk')} replace />
        </Route>
      </Switch>
    );
  }

  return <StaffRoutes services={services} enrolment={enrolment} />;
}
