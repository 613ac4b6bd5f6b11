import { useMemo } from 'react';
import type { KioskServices } from '../features/kiosk/kiosk-services';
import type { AppServices } from './app-services';
import { KioskScreen } from './lazy-screens';

type KioskRouteProps = { services: AppServices };

/**
 * `/kiosk` with its services. The kiosk paints its first screen without them; the workspace chunk
 * is fetched after that paint (device-routes.tsx), and this hands the kiosk one promise of its part.
 */
export function KioskRoute({ services }: KioskRouteProps) {
  const loadServices = useMemo(() => {
    let kiosk: Promise<KioskServices> | undefined;
    return () => (kiosk ??= services.workspace().then((workspace) => workspace.kiosk));
  }, [services]);
  return <KioskScreen loadServices={loadServices} />;
}
