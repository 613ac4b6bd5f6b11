// The capture screen as a person finds it: by role and accessible name.
import { expect, type Page } from '@playwright/test';

export const captureScreen = (page: Page) => {
  const notesHeading = page.getByRole('heading', { name: 'Notes on this tablet' });
  const notesSection = page.locator('section', { has: notesHeading });
  return {
    words: page.getByRole('textbox', { name: 'What was said or seen' }),
    save: page.getByRole('button', { name: 'Save' }),
    savedStatus: page.getByRole('status').filter({ hasText: 'Saved on this tablet' }),
    notesHeading,
    notes: notesSection.getByRole('listitem'),
  };
};

/** Types a note, saves it, and waits for the screen to confirm it is stored on the device. */
export async function saveNote(page: Page, text: string): Promise<void> {
  const screen = captureScreen(page);
  await screen.words.fill(text);
  await screen.save.click();
  await expect(screen.savedStatus).toBeVisible();
  await expect(screen.notes.filter({ hasText: text })).toHaveCount(1);
}
