// @vitest-environment jsdom
// The whole app on a real data layer (fake-indexeddb) and the real sync engine, talking through an
// in-memory transport to the real server app: only the network between them is not real.
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStaffLockStore } from '../features/staff-lock/staff-lock-store';
import { createInMemoryNetwork, type InMemoryNetwork } from '../../tests/support/in-memory-transport';
import { App } from './app';
import { createAppServices, type AppServices } from './app-services';
import { useAppUpdateStore } from './app-update-store';

const staffPin = '2468';
const fftQuestion = 'Overall, how was your experience of our service?';
let databaseCount = 0;
let network: InMemoryNetwork;
let wardId: string;
let openServices: AppServices[] = [];

/**
 * Renders inside an awaited act: React only retries a component that suspended on `use()`
 * when the act scope it suspended in is awaited.
 */
const renderApp = (services: Promise<AppServices>) => act(async () => render(<App services={services} />));

/**
 * Clicks inside an awaited act. A click that shows a lazy screen for the first time suspends, and
 * React retries it only if the act it suspended in is awaited; user-event's own (synchronous) act
 * around each event is not, so clicks that change the screen go through here.
 */
const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

/** Moves to another path as the browser's back and forward buttons do. */
const goTo = (path: string) =>
  act(async () => {
    window.history.pushState(null, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });

const newDatabaseName = () => `app-test-${(databaseCount += 1)}`;

/** The app's services on a database of this test's own; the same name again is the same tablet after a reload. */
const startServices = async (isStoragePersisted = true, databaseName = newDatabaseName()) => {
  const services = await createAppServices({
    databaseName,
    transport: network.createTransport(),
    storage: { persist: async () => isStoragePersisted },
    eventTarget: window,
  });
  openServices.push(services);
  return services;
};

const renderAt = async (path: string, services: AppServices) => {
  window.history.replaceState(null, '', path);
  await renderApp(Promise.resolve(services));
};

/** A tablet enrolled through /setup with a fresh code for `role`, ending where setup sends it. */
const enrolThroughSetup = async (role: 'staff' | 'kiosk', isStoragePersisted = true) => {
  const user = userEvent.setup();
  const services = await startServices(isStoragePersisted);
  await renderAt('/setup', services);
  await user.type(
    await screen.findByRole('textbox', { name: 'Enrolment code' }),
    await network.createEnrolmentCode(wardId, role),
  );
  await press(screen.getByRole('button', { name: 'Enrol this tablet' }));
  return { user, services };
};

const unlock = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.type(await screen.findByLabelText('Staff PIN'), staffPin);
  await press(screen.getByRole('button', { name: 'Unlock' }));
};

// Each test enrols a tablet against a real in-process server and checks a PBKDF2 PIN: a few hundred
// milliseconds alone, several seconds on a two-core machine that is also building.
describe('App', { timeout: 20_000 }, () => {
  // The first visit to each lazy chunk (a screen, the workspace) is transformed on demand under
  // test, which on a busy two-core machine can take longer than Testing Library's 1 s default.
  beforeAll(() => configure({ asyncUtilTimeout: 5_000 }));
  afterAll(() => configure({ asyncUtilTimeout: 1_000 }));

  beforeEach(async () => {
    useAppUpdateStore.setState(useAppUpdateStore.getInitialState(), true);
    useStaffLockStore.setState(useStaffLockStore.getInitialState(), true);
    network = await createInMemoryNetwork({ startMs: Date.now() });
    const ward = await network.createWard('Ward 7B');
    wardId = ward.id;
    await network.store.setStaffPin(wardId, staffPin);
  });

  afterEach(async () => {
    // Unmount first: screens still watching a database must let go before it closes.
    cleanup();
    await Promise.all(openServices.map((services) => services.close()));
    openServices = [];
    await network.close();
  });

  describe('a tablet that is not enrolled', () => {
    it('goes to /setup from any route, with no navigation', async () => {
      await renderAt('/board', await startServices());

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Set up this tablet' }),
      ).toBeInTheDocument();
      expect(window.location.pathname).toBe('/setup');
      expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Sync status' })).not.toBeInTheDocument();
    });

    it('says when the code is wrong, used or expired, and keeps it in the box', async () => {
      const user = userEvent.setup();
      await renderAt('/setup', await startServices());

      const code = await screen.findByRole('textbox', { name: 'Enrolment code' });
      await user.type(code, 'WRONG-CODE1');
      await user.click(screen.getByRole('button', { name: 'Enrol this tablet' }));

      expect(
        await screen.findByText(/This code is not right, has already been used or has expired/),
      ).toBeInTheDocument();
      expect(code).toHaveValue('WRONG-CODE1');
    });
  });

  describe('a staff tablet', () => {
    it('is enrolled through /setup, starts locked at /capture, and unlocks with the PIN', async () => {
      const { user } = await enrolThroughSetup('staff');

      expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Wardside' })).toBeInTheDocument();
      expect(window.location.pathname).toBe('/capture');
      await unlock(user);

      expect(await screen.findByRole('heading', { level: 1, name: 'Capture a note' })).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Menu' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Sync status' })).toBeInTheDocument();
    });

    it('sends a saved note and says so, in the note list and in the sync status', async () => {
      const { user } = await enrolThroughSetup('staff');
      await unlock(user);

      await user.type(
        await screen.findByRole('textbox', { name: 'What was said or seen' }),
        'Bay 3 slept well',
      );
      await user.click(screen.getByRole('button', { name: 'Save' }));

      expect(await screen.findByText('Saved on this tablet')).toBeInTheDocument();
      const notes = within(screen.getByRole('region', { name: 'Notes on this tablet' }));
      const item = (await notes.findByText('Bay 3 slept well')).closest('li');
      // The row's sync state, exactly (Edit, Delete and History follow it in the row).
      await vi.waitFor(
        () => expect(item && within(item).getByText('Sent', { exact: true })).toBeInTheDocument(),
        { timeout: 5_000 },
      );
      const status = screen.getByRole('region', { name: 'Sync status' });
      await vi.waitFor(() => expect(status).toHaveTextContent('Nothing waiting to be sent'), {
        timeout: 5_000,
      });
      expect(status).toHaveTextContent(/Last sent at \d{2}:\d{2} \(just now\)/);
    });

    it('has a header with the service name, a skip link to the main landmark and navigation', async () => {
      const { user } = await enrolThroughSetup('staff');
      await unlock(user);

      expect(within(screen.getByRole('banner')).getByText('Wardside')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
        'href',
        '#maincontent',
      );
      expect(screen.getByRole('main')).toHaveAttribute('id', 'maincontent');
      // The menu shows only once unlocked, which the PIN check (IndexedDB) finishes after the click.
      const navigation = await screen.findByRole('navigation', { name: 'Menu' });
      expect(within(navigation).getByRole('link', { name: 'Capture' })).toHaveAttribute(
        'aria-current',
        'page',
      );
    });

    it('moves between screens without a page load, staying unlocked, and locks with Lock', async () => {
      const { user } = await enrolThroughSetup('staff');
      await unlock(user);

      await press(await screen.findByRole('link', { name: 'Huddle' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Huddle' })).toBeInTheDocument();
      expect(document.title).toBe('Huddle – Wardside');

      await press(screen.getByRole('link', { name: 'Board' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Improvement board' })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Lock' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Wardside' })).toBeInTheDocument();
    });

    it.each([
      ['/kiosk', fftQuestion],
      ['/huddle', 'Huddle'],
      ['/admin', 'Admin'],
    ])('shows the screen at %s', async (path, heading) => {
      const { user } = await enrolThroughSetup('staff');
      await unlock(user);

      await goTo(path);

      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    });

    it('says when a page does not exist', async () => {
      const { user } = await enrolThroughSetup('staff');
      await unlock(user);
      await goTo('/no-such-page');

      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    });

    it('offers a waiting update in the page', async () => {
      await enrolThroughSetup('staff');
      await screen.findByLabelText('Staff PIN');

      act(() => useAppUpdateStore.getState().offerUpdate(() => {}));

      expect(await screen.findByRole('button', { name: 'Update' })).toBeEnabled();
    });
  });

  describe('a kiosk', () => {
    it('warns when storage may be cleared, then goes to /kiosk on Continue', async () => {
      await enrolThroughSetup('kiosk', false);

      expect(
        await screen.findByText(/This tablet may clear saved data when storage runs low/),
      ).toBeInTheDocument();
      await press(screen.getByRole('button', { name: 'Continue' }));

      expect(await screen.findByRole('heading', { level: 1, name: fftQuestion })).toBeInTheDocument();
      expect(window.location.pathname).toBe('/kiosk');
    });

    it('never shows a staff route, nor the navigation to one', async () => {
      const databaseName = newDatabaseName();
      const beforeReload = await startServices(true, databaseName);
      const workspace = await beforeReload.workspace();
      expect((await workspace.enrol(await network.createEnrolmentCode(wardId, 'kiosk'))).isOk).toBe(true);

      await beforeReload.close();
      const pullsBefore = network.serverHits().get('/api/v1/sync/pull') ?? 0;

      await renderAt('/capture', await startServices(true, databaseName));

      expect(await screen.findByRole('heading', { level: 1, name: fftQuestion })).toBeInTheDocument();
      expect(window.location.pathname).toBe('/kiosk');
      expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Sync status' })).not.toBeInTheDocument();
      // The kiosk syncs too, once its screen is up.
      await vi.waitFor(
        () => expect(network.serverHits().get('/api/v1/sync/pull') ?? 0).toBeGreaterThan(pullsBefore),
        { timeout: 5_000 },
      );
    });
  });

  it('shows a problem page, not a blank screen, when the data layer cannot start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.history.replaceState(null, '', '/capture');
    await renderApp(Promise.reject(new Error('IndexedDB is unavailable')));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with Wardside' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });
});
