import { useMemo } from 'react';
import { KioskScreen } from '../features/kiosk/kiosk-screen';
import type { KioskServices } from '../features/kiosk/kiosk-services';
import { afterNextPaint } from './after-next-paint';
import type { AppServices } from './app-services';

type KioskRouteProps = { services: AppServices };

/**
 * `/kiosk` with its services. The kiosk paints its first screen without them; the workspace chunk
 * is fetched after that paint, and this hands the kiosk one promise of its part.
 *
 * The kiosk screen is part of the entry, not a lazy chunk like the staff screens: fetched, compiled
 * and run as a chunk of its own it was the longest step of a kiosk's warm start (300–500 ms of it
 * at 4x CPU, budget 1 s). Staff tablets load its 8 KB gzip too; the other steps (thank-you, staff
 * PIN) stay lazy.
 */
export function KioskRoute({ services }: KioskRouteProps) {
  const loadServices = useMemo(() => {
    let kiosk: Promise<KioskServices> | undefined;
    // Not before the first paint: the kiosk asks for its services on mount (the ward's escalation
    // text), and fetching them then would hold back the question.
    return () =>
      (kiosk ??= afterNextPaint()
        .then(() => services.workspace())
        .then((workspace) => workspace.kiosk));
  }, [services]);
  return <KioskScreen loadServices={loadServices} />;
}
