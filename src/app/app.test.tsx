// @vitest-environment jsdom
// Types for the DOM matchers that tests/support/setup.ts registers.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { createAppServices, type AppServices } from './app-services';
import { useAppUpdateStore } from './app-update-store';

let databaseCount = 0;

/**
 * Renders inside an awaited act: React only retries a component that suspended on `use()`
 * when the act scope it suspended in is awaited.
 */
const renderApp = (services: Promise<AppServices>) => act(async () => render(<App services={services} />));

const renderAt = (path: string) => {
  window.history.replaceState(null, '', path);
  databaseCount += 1;
  return renderApp(Promise.resolve(createAppServices(`app-test-${databaseCount}`)));
};

describe('App', () => {
  beforeEach(() => {
    useAppUpdateStore.setState(useAppUpdateStore.getInitialState(), true);
  });

  it('sends / to the capture screen', async () => {
    await renderAt('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Capture a note' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/capture');
  });

  it('has a banner with the service name, a skip link to the main landmark and navigation', async () => {
    await renderAt('/capture');

    expect(within(screen.getByRole('banner')).getByText('Wardside')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#maincontent',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'maincontent');
    const navigation = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(navigation).getByRole('link', { name: 'Capture' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('moves between screens without a page load', async () => {
    const user = userEvent.setup();
    await renderAt('/capture');

    await user.click(screen.getByRole('link', { name: 'Huddle' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Huddle' })).toBeInTheDocument();
    expect(document.title).toBe('Huddle – Wardside');
  });

  it.each([
    ['/kiosk', 'Kiosk'],
    ['/board', 'Improvement board'],
    ['/huddle', 'Huddle'],
    ['/admin', 'Admin'],
  ])('shows a placeholder at %s', async (path, heading) => {
    await renderAt(path);

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
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

  it('says when a page does not exist', async () => {
    await renderAt('/no-such-page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('offers a waiting update in the page', async () => {
    await renderAt('/capture');

    useAppUpdateStore.getState().offerUpdate(() => {});

    expect(await screen.findByRole('button', { name: 'Update' })).toBeEnabled();
  });
});
