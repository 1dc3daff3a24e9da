import { devices, expect, test, type Page } from '@playwright/test';

// Module 1 of the basic course: how to open the quick buttons differs between Android phones and iPhones.
const MODULE = '/khoa-hoc/ky-nang-so-co-ban/dien-thoai-va-internet/';
const ANDROID = 'Vuốt từ mép trên màn hình xuống';
const IPHONE = 'vuốt từ góc trên bên phải xuống';

const block = (page: Page) => page.locator('[data-platform-steps]').first();
// The suite runs as an Android phone; a trainer's computer says neither Android nor iPhone.
const COMPUTER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

test.describe('on a computer', () => {
  test.use({ userAgent: COMPUTER });

  test('both phones’ steps show until the learner picks theirs; the pick is kept on this device and followed everywhere', async ({ page }) => {
    await page.goto(MODULE);
    const steps = block(page);
    const choice = steps.getByRole('group', { name: 'Điện thoại của bạn là loại nào?' });
    await expect(choice).toBeVisible();
    await expect(steps.getByText(ANDROID)).toBeVisible();
    await expect(steps.getByText(IPHONE)).toBeVisible();

    const iphone = choice.getByRole('radio', { name: 'Trên iPhone' });
    const box = await choice.locator('label').first().boundingBox();
    expect(box?.height, 'each choice is a 44 px touch target').toBeGreaterThanOrEqual(44);
    await iphone.check();
    await expect(steps.getByText(IPHONE)).toBeVisible();
    await expect(steps.getByText(ANDROID)).toBeHidden();

    await page.goto('/khoa-hoc/ky-nang-so-co-ban/giai-quyet-van-de-va-tro-ly-ai/');
    for (const other of await page.locator('[data-platform-steps]').all()) {
      await expect(other.getByRole('radio', { name: 'Trên iPhone' }), 'the choice follows the learner to other pages').toBeChecked();
      await expect(other.locator('[data-platform="android"]')).toBeHidden();
    }

    await page.goto(MODULE);
    await block(page).getByRole('radio', { name: 'Trên iPhone' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(block(page).getByText(ANDROID), 'the radio group works from the keyboard').toBeVisible();
    await expect(block(page).getByText(IPHONE)).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(block(page).getByText(IPHONE), 'on paper both lists print').toBeVisible();
    await expect(block(page).getByText(ANDROID)).toBeVisible();
    await expect(block(page).getByRole('group')).toBeHidden();
    const [android, apple] = await Promise.all(
      ['android', 'iphone'].map((p) => block(page).locator(`[data-platform="${p}"]`).boundingBox()),
    );
    expect(Math.abs((android?.y ?? 0) - (apple?.y ?? 1)), 'side by side on paper').toBeLessThan(2);
  });
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: devices['iPhone 13'].userAgent, viewport: devices['iPhone 13'].viewport, isMobile: true, hasTouch: true });

  test('the iPhone steps show first, without a choice being made', async ({ page }) => {
    await page.goto(MODULE);
    await expect(block(page).getByRole('group')).toBeVisible();
    await expect(block(page).getByText(IPHONE)).toBeVisible();
    await expect(block(page).getByText(ANDROID)).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both lists show, each under its phone’s name, and no choice that could not work', async ({ page }) => {
    await page.goto(MODULE);
    await expect(block(page).getByText(ANDROID)).toBeVisible();
    await expect(block(page).getByText(IPHONE)).toBeVisible();
    await expect(block(page).locator('.platform__name')).toHaveText(['Trên điện thoại Android', 'Trên iPhone']);
    await expect(block(page).getByRole('group')).toBeHidden();
  });
});
