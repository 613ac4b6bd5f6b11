// @vitest-environment jsdom
// The staff lock in the whole app, on a real data layer (fake-indexeddb), the real PIN verifier
// (synced from the real server through an in-memory transport) and the real capture screen: only
// the network and the clock are not real.
import { act, cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUnsavedInputStore } from '../components/unsaved-input-store';
import { useCaptureStore } from '../features/capture/capture-store';
import { useStaffLockStore } from '../features/staff-lock/staff-lock-store';
import { createInMemoryNetwork, type InMemoryNetwork } from '../../tests/support/in-memory-transport';
import { App } from './app';
import { createAppServices, type AppServices } from './app-services';
import { useAppUpdateStore } from './app-update-store';

const staffPin = '2468';
const draft = 'Relative in bay 4 worried about the discharge letter';
const minute = 60_000;
let databaseCount = 0;
let network: InMemoryNetwork;
let wardId: string;
let openServices: AppServices[] = [];

/** Awaited acts: React retries a component that suspended (lazy chunks, `use()`) only then. */
const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

const advanceClock = (milliseconds: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(milliseconds);
  });

/** A staff tablet enrolled through /setup, on /capture behind the PIN. */
const enrolStaffTablet = async () => {
  const services = await createAppServices({
    databaseName: `staff-lock-test-${(databaseCount += 1)}`,
    transport: network.createTransport(),
    storage: { persist: async () => true },
    eventTarget: window,
  });
  openServices.push(services);
  window.history.replaceState(null, '', '/setup');
  await act(async () => render(<App services={Promise.resolve(services)} />));
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  await user.type(
    await screen.findByRole('textbox', { name: 'Enrolment code' }),
    await network.createEnrolmentCode(wardId, 'staff'),
  );
  await press(screen.getByRole('button', { name: 'Enrol this tablet' }));
  return user;
};

const unlock = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.type(await screen.findByLabelText('Staff PIN'), staffPin);
  await press(screen.getByRole('button', { name: 'Unlock' }));
};

const draftBox = () => screen.findByRole('textbox', { name: 'What was said or seen' });
const lockHeading = () => screen.findByRole('heading', { level: 1, name: 'Unlock Wardside' });

/** Nothing of the draft anywhere in the page: not in text, not in markup, not in any box's value. */
const expectDraftNowhere = () => {
  expect(document.body).not.toHaveTextContent(draft);
  expect(document.body.innerHTML).not.toContain(draft);
  const values = [
    ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
  ].map((box) => box.value);
  expect(values.join('\n')).not.toContain(draft);
  expect(screen.queryByRole('textbox', { name: 'What was said or seen' })).not.toBeInTheDocument();
};

describe('the staff lock in the app', { timeout: 60_000 }, () => {
  // The first visit to each lazy chunk is transformed on demand under test, which on a busy
  // two-core machine has taken over 10 s for the capture screen.
  beforeAll(() => configure({ asyncUtilTimeout: 20_000 }));
  afterAll(() => configure({ asyncUtilTimeout: 1_000 }));

  beforeEach(async () => {
    // Only the clock and timers: fake-indexeddb schedules with setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    useAppUpdateStore.setState(useAppUpdateStore.getInitialState(), true);
    useStaffLockStore.setState(useStaffLockStore.getInitialState(), true);
    useCaptureStore.setState(useCaptureStore.getInitialState(), true);
    useUnsavedInputStore.setState(useUnsavedInputStore.getInitialState(), true);
    network = await createInMemoryNetwork({ startMs: Date.now() });
    wardId = (await network.createWard('Ward 7B')).id;
    await network.store.setStaffPin(wardId, staffPin);
  });

  afterEach(async () => {
    cleanup();
    await Promise.all(openServices.map((services) => services.close()));
    openServices = [];
    await network.close();
    vi.useRealTimers();
  });

  it('shows no staff menu behind the PIN screen, and shows it once unlocked', async () => {
    const user = await enrolStaffTablet();

    await lockHeading();
    expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Board' })).not.toBeInTheDocument();
    await unlock(user);

    expect(await screen.findByRole('navigation', { name: 'Menu' })).toBeInTheDocument();
  });

  it('locks after 5 minutes idle, with the draft out of the page and kept for after the PIN', async () => {
    const user = await enrolStaffTablet();
    await unlock(user);
    await user.type(await draftBox(), draft);

    await advanceClock(5 * minute - 1_000);
    expect(await draftBox()).toHaveValue(draft);

    await advanceClock(1_000);
    await lockHeading();
    expect(screen.getByLabelText('Staff PIN')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled();
    expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lock' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Notes on this tablet' })).not.toBeInTheDocument();
    expectDraftNowhere();

    await unlock(user);
    expect(await draftBox()).toHaveValue(draft);
    expect(screen.getByRole('navigation', { name: 'Menu' })).toBeInTheDocument();
  });

  it('counts typing as activity', async () => {
    const user = await enrolStaffTablet();
    await unlock(user);

    await advanceClock(4 * minute);
    await user.type(await draftBox(), draft);
    await advanceClock(4 * minute);

    expect(await draftBox()).toHaveValue(draft);
  });

  it('locks at once when the tablet sleeps, keeping the draft', async () => {
    const user = await enrolStaffTablet();
    await unlock(user);
    await user.type(await draftBox(), draft);

    // What the browser does as the screen goes off or another app comes to the front.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Reflect.deleteProperty(document, 'visibilityState');

    await lockHeading();
    expectDraftNowhere();
    await unlock(user);
    expect(await draftBox()).toHaveValue(draft);
  });
});
