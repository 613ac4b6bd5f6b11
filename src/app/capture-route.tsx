import { use } from 'react';
import type { AppServices } from './app-services';
import { CaptureScreen } from './lazy-screens';

type CaptureRouteProps = { services: Promise<AppServices> };

/** `/capture`: waits (suspends) for the data layer and the screen's chunk, both lazy. */
export function CaptureRoute({ services }: CaptureRouteProps) {
  const { noteRepository } = use(services);
  return <CaptureScreen notes={noteRepository} />;
}
