// Moving between screens the way staff do: the header's menu, without a page load (which would
// lock the staff screens again).
import type { Page } from '@playwright/test';

export const goTo = (page: Page, screen: 'Capture' | 'Board' | 'Huddle' | 'Kiosk' | 'Admin') =>
  page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: screen, exact: true }).click();
