import { expect, type Page } from '@playwright/test';

/** Turns trainer mode on or off with the button of a module page's classroom tools, as a trainer does. */
export async function turnTrainerMode(page: Page, on: boolean) {
  const details = page.locator('details.classroom');
  if (!(await details.getAttribute('open'))) await details.locator('summary').click();
  const toggle = page.getByRole('button', { name: 'Chế độ người hướng dẫn' });
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', String(on));
}
