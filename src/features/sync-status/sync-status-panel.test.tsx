// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncStatusPanel } from './sync-status-panel';
import type { SyncStatusView } from './sync-status-view';

const now = new Date('2025-11-25T14:10:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

const upToDate: SyncStatusView = {
  state: 'idle',
  pendingCount: 0,
  oldestPendingAt: null,
  lastSentAt: minutesAgo(2),
  lastCheckedAt: minutesAgo(1),
  problem: null,
  clockSkewMs: 12,
  nextRetryAt: null,
};

const region = () => screen.getByRole('region', { name: 'Sync status' });
const clockTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(new Date(iso));

describe('SyncStatusPanel', () => {
  beforeEach(() => vi.useFakeTimers({ now, toFake: ['Date', 'setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('is a region named "Sync status" that says all is sent and when', () => {
    render(<SyncStatusPanel status={upToDate} onSyncNow={vi.fn()} />);

    expect(region()).toHaveTextContent('Nothing waiting to be sent');
    expect(region()).toHaveTextContent(`Last sent at ${clockTime(minutesAgo(2))} (2 minutes ago)`);
    expect(region()).toHaveTextContent('Up to date.');
  });

  it('counts what waits and ages the oldest as time passes', () => {
    const waiting = { ...upToDate, pendingCount: 3, oldestPendingAt: minutesAgo(3) };
    render(<SyncStatusPanel status={waiting} onSyncNow={vi.fn()} />);

    expect(region()).toHaveTextContent('3 items waiting to be sent, oldest waiting 3 minutes');
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(region()).toHaveTextContent('3 items waiting to be sent, oldest waiting 5 minutes');
  });

  it('says one item, and that nothing was sent yet', () => {
    const first = { ...upToDate, pendingCount: 1, oldestPendingAt: minutesAgo(0), lastSentAt: null };
    render(<SyncStatusPanel status={first} onSyncNow={vi.fn()} />);

    expect(region()).toHaveTextContent('1 item waiting to be sent, oldest waiting less than a minute');
    expect(region()).toHaveTextContent('Nothing sent from this tablet yet');
  });

  it('shows the problem in plain words and when it tries again', () => {
    const failing: SyncStatusView = {
      ...upToDate,
      state: 'waiting-to-retry',
      problem: 'The server had a problem (error 503).',
      nextRetryAt: new Date(now.getTime() + 30_000).toISOString(),
    };
    render(<SyncStatusPanel status={failing} onSyncNow={vi.fn()} />);

    expect(region()).toHaveTextContent('The server had a problem (error 503).');
    expect(region()).toHaveTextContent(`Trying again at ${clockTime(failing.nextRetryAt ?? '')}.`);
  });

  it.each([
    ['offline', 'Offline: trying again soon.'],
    ['paused', 'Sync is paused.'],
    ['needs-update', 'Wardside needs an update before it can sync.'],
  ] as const)('says what %s means', (state, words) => {
    render(<SyncStatusPanel status={{ ...upToDate, state }} onSyncNow={vi.fn()} />);

    expect(region()).toHaveTextContent(words);
  });

  it("warns when the tablet's clock is far from the server's", () => {
    render(<SyncStatusPanel status={{ ...upToDate, clockSkewMs: 12 * 60_000 }} onSyncNow={vi.fn()} />);

    expect(region()).toHaveTextContent("This tablet's clock is 12 minutes fast");
  });

  it('syncs when "Sync now" is tapped', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    const onSyncNow = vi.fn();
    render(<SyncStatusPanel status={upToDate} onSyncNow={onSyncNow} />);

    await user.click(within(region()).getByRole('button', { name: 'Sync now' }));

    expect(onSyncNow).toHaveBeenCalledTimes(1);
  });

  it('speaks politely only when sync stops or starts working, not for each send', () => {
    const { rerender } = render(<SyncStatusPanel status={upToDate} onSyncNow={vi.fn()} />);
    const live = within(region()).getByRole('status');
    expect(live).toHaveTextContent('');

    rerender(
      <SyncStatusPanel status={{ ...upToDate, state: 'syncing', pendingCount: 1 }} onSyncNow={vi.fn()} />,
    );
    rerender(<SyncStatusPanel status={{ ...upToDate, pendingCount: 2 }} onSyncNow={vi.fn()} />);
    expect(live).toHaveTextContent('');

    rerender(<SyncStatusPanel status={{ ...upToDate, state: 'offline' }} onSyncNow={vi.fn()} />);
    expect(live).toHaveTextContent('Sync: no connection to the server. Saving on this tablet still works.');
    rerender(<SyncStatusPanel status={{ ...upToDate, state: 'waiting-to-retry' }} onSyncNow={vi.fn()} />);
    expect(live).toHaveTextContent('Sync: no connection to the server.');

    rerender(<SyncStatusPanel status={{ ...upToDate, state: 'syncing' }} onSyncNow={vi.fn()} />);
    expect(live).toHaveTextContent('Sync is working again.');
  });

  it('says it is checking before the engine has reported', () => {
    render(<SyncStatusPanel status={undefined} onSyncNow={vi.fn()} />);

    expect(region()).toHaveTextContent('Checking what is waiting to be sent…');
  });
});
