// The board as a person finds it: by role and accessible name.
import { expect, type Page } from '@playwright/test';

export const boardScreen = (page: Page) => {
  const newIdea = page.getByRole('region', { name: 'New idea' });
  return {
    newIdeaTitle: newIdea.getByRole('textbox', { name: 'Title' }),
    addIdea: newIdea.getByRole('button', { name: 'Add idea' }),
    idea: (title: string | RegExp) => page.getByRole('article', { name: title }),
  };
};

/** Adds an idea and waits until it is listed. */
export async function addIdea(page: Page, title: string): Promise<void> {
  const board = boardScreen(page);
  await board.newIdeaTitle.fill(title);
  await board.addIdea.click();
  await expect(board.idea(title)).toBeVisible();
}

/** Changes an idea's title through its own form and waits for the card to show it. */
export async function changeIdeaTitle(page: Page, from: string, to: string): Promise<void> {
  const card = boardScreen(page).idea(from);
  await card.getByRole('textbox', { name: 'Title' }).fill(to);
  await card.getByRole('button', { name: 'Save changes' }).click();
  await expect(boardScreen(page).idea(to)).toBeVisible();
}
