import { useSubscription } from '../components/use-subscription';
import { SyncStatusPanel } from '../features/sync-status/sync-status-panel';
import type { Workspace } from './workspace';

type SyncStatusProps = { workspace: Pick<Workspace, 'watchSyncStatus' | 'syncNow'> };

/** The sync engine's status, live, in the sync status panel. */
export function SyncStatus({ workspace }: SyncStatusProps) {
  const status = useSubscription(workspace.watchSyncStatus);
  return <SyncStatusPanel status={status} onSyncNow={workspace.syncNow} />;
}
