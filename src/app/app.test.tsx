// @vitest-environment jsdom
// Types for the DOM matchers that tests/support/setup.ts registers.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from './app';
import { createAppServices } from './app-services';
import { useAppUpdateStore } from './app-update-store';

let databaseCount = 0;

const renderAt = (path: string) => {
  window.history.replaceState(null, '', path);
  databaseCount += 1;
  return render(<App services={createAppServices(`app-test-${databaseCount}`)} />);
};

describe('App', () => {
  beforeEach(() => {
    useAppUpdateStore.setState(useAppUpdateStore.getInitialState(), true);
  });

  it('sends / to the capture screen', async () => {
    renderAt('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Capture a note' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/capture');
  });

  it('has a banner with the service name, a skip link to the main landmark and navigation', async () => {
    renderAt('/capture');

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
    renderAt('/capture');

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
    renderAt(path);

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('says when a page does not exist', async () => {
    renderAt('/no-such-page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('offers a waiting update in the page', async () => {
    renderAt('/capture');

    useAppUpdateStore.getState().offerUpdate(() => {});

    expect(await screen.findByRole('button', { name: 'Update' })).toBeEnabled();
  });
});
