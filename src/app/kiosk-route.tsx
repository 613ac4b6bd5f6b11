import { useMemo } from 'react';
import type { KioskServices } from '../features/kiosk/kiosk-services';
import { afterNextPaint } from './after-next-paint';
import type { AppServices } from './app-services';
import { KioskScreen } from './lazy-screens';

type KioskRouteProps = { services: AppServices };

/**
 * `/kiosk` with its services. The kiosk paints its first screen without them; the workspace chunk
 * is fetched after that paint, and this hands the kiosk one promise of its part.
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
