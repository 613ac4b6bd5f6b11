import { describeDuration } from '../../components/describe-duration';
import { formatClockTime } from '../../components/format-clock-time';
import type { SyncStateName, SyncStatusView } from './sync-status-view';

/** A skew smaller than this is normal drift and not worth a word. */
const noticeableSkewMilliseconds = 2 * 60 * 1000;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "3 items waiting to be sent, oldest waiting 3 minutes", or that nothing waits. */
export function describePending(status: SyncStatusView, now: Date): string {
  if (status.pendingCount === 0) return 'Nothing waiting to be sent';
  const waiting = `${plural(status.pendingCount, 'item')} waiting to be sent`;
  if (status.oldestPendingAt === null) return waiting;
  const age = describeDuration(now.getTime() - Date.parse(status.oldestPendingAt));
  return `${waiting}, oldest waiting ${age}`;
}

/** "Last sent at 14:05 (2 minutes ago)", or that nothing has been sent yet. */
export function describeLastSent(status: SyncStatusView, now: Date): string {
  if (status.lastSentAt === null) return 'Nothing sent from this tablet yet';
  const sentAt = new Date(status.lastSentAt);
  const ago = describeDuration(now.getTime() - sentAt.getTime());
  return `Last sent at ${formatClockTime(sentAt, now)} (${ago === 'less than a minute' ? 'just now' : `${ago} ago`})`;
}

/**
 * What the engine is doing, in a few words. The why and what to do is the engine's `problem`,
 * shown on its own line, so these never repeat it.
 */
export function describeState(status: SyncStatusView, now: Date): string {
  const retry =
    status.nextRetryAt === null ? 'soon' : `at ${formatClockTime(new Date(status.nextRetryAt), now)}`;
  switch (status.state) {
    case 'idle':
      return status.pendingCount === 0 ? 'Up to date.' : 'Ready to send.';
    case 'syncing':
      return 'Sending and checking for changes…';
    case 'waiting-to-retry':
      return `Trying again ${retry}.`;
    case 'offline':
      return `Offline: trying again ${retry}.`;
    case 'paused':
      return 'Sync is paused.';
    case 'needs-update':
      return 'Wardside needs an update before it can sync.';
    case 'not-enrolled':
      return 'This tablet is not enrolled to a ward.';
  }
}

/** The problem to show: the engine's words, or none. */
export const describeProblem = (status: SyncStatusView): string | null => status.problem;

/** A word about the tablet's clock when it is far off the server's (CLOCK-1), else null. */
export function describeClockSkew(status: SyncStatusView): string | null {
  if (status.clockSkewMs === null || Math.abs(status.clockSkewMs) < noticeableSkewMilliseconds) return null;
  const direction = status.clockSkewMs > 0 ? 'fast' : 'slow';
  return `This tablet's clock is ${describeDuration(Math.abs(status.clockSkewMs))} ${direction}, so times shown here may be wrong. Ask IT to set it.`;
}

/**
 * What a screen reader hears, politely: only when sync starts or stops working, never for each
 * send or each item queued. Sending and being up to date are one kind of "working".
 */
export type SyncHealth = 'working' | 'offline' | 'paused' | 'needs-update';

export const healthOf = (state: SyncStateName): SyncHealth => {
  switch (state) {
    case 'offline':
    case 'waiting-to-retry':
      return 'offline';
    case 'paused':
    case 'not-enrolled':
      return 'paused';
    case 'needs-update':
      return 'needs-update';
    case 'idle':
    case 'syncing':
      return 'working';
  }
};

export const healthAnnouncements: Record<SyncHealth, string> = {
  working: 'Sync is working again.',
  offline: 'Sync: no connection to the server. Saving on this tablet still works.',
  paused: 'Sync is paused. Saving on this tablet still works.',
  'needs-update': 'Sync: Wardside needs an update. Saving on this tablet still works.',
};
