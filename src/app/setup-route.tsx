import { use } from 'react';
import { SetupScreen } from '../features/setup/setup-screen';
import type { AppServices } from './app-services';

type SetupRouteProps = { services: AppServices };

/** `/setup` on an unenrolled tablet: waits for the workspace, which enrols it. */
export function SetupRoute({ services }: SetupRouteProps) {
  const workspace = use(services.workspace());
  return <SetupScreen enrol={workspace.enrol} onEnrolled={workspace.completeEnrolment} />;
}
