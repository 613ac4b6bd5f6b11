import { useSubscription } from '../components/use-subscription';
import { SyncStatusPanel } from '../features/sync-status/sync-status-panel';
import type { AppServices } from './app-services';

type SyncStatusProps = { services: Pick<AppServices, 'watchSyncStatus' | 'syncNow'> };

/** The sync engine's status, live, in the sync status panel. */
export function SyncStatus({ services }: SyncStatusProps) {
  const status = useSubscription(services.watchSyncStatus);
  return <SyncStatusPanel status={status} onSyncNow={services.syncNow} />;
}
