import { expect, test, type Page } from '@playwright/test';

const VI = '/khoa-hoc';
const EN = '/en/courses';

/** What a learner types, and the page that must be among the first three results. */
const QUERIES: [lang: 'vi' | 'en', query: string, page: string][] = [
  ['vi', 'dịch vụ công trực tuyến', `${VI}/dich-vu-cong-truc-tuyen/`],
  ['vi', 'dich vu cong', `${VI}/dich-vu-cong-truc-tuyen/`],
  ['vi', 'DỊCH VỤ CÔNG', `${VI}/dich-vu-cong-truc-tuyen/`],
  ['vi', 'cổng dịch vụ công quốc gia', `${VI}/dich-vu-cong-truc-tuyen/cong-dich-vu-cong-quoc-gia/`],
  ['vi', 'mật khẩu', `${VI}/an-toan-tren-khong-gian-mang/mat-khau-va-xac-thuc-hai-buoc/`],
  ['vi', 'mat khau', `${VI}/an-toan-tren-khong-gian-mang/mat-khau-va-xac-thuc-hai-buoc/`],
  ['vi', 'MAT KHAU', `${VI}/an-toan-tren-khong-gian-mang/mat-khau-va-xac-thuc-hai-buoc/`],
  ['vi', 'xac thuc hai buoc', `${VI}/an-toan-tren-khong-gian-mang/mat-khau-va-xac-thuc-hai-buoc/`],
  ['vi', 'định danh mức 2', `${VI}/vneid/dinh-danh-muc-2/`],
  ['vi', 'dinh danh muc 2', `${VI}/vneid/dinh-danh-muc-2/`],
  ['vi', 'dang nhap cong dich vu cong', `${VI}/dich-vu-cong-truc-tuyen/dang-nhap-bang-vneid/`],
  ['vi', 'mã QR', `${VI}/mua-ban-truc-tuyen-thanh-toan-dien-tu/thanh-toan-qr-ngan-hang-vi-dien-tu/`],
  ['vi', 'ma qr', `${VI}/mua-ban-truc-tuyen-thanh-toan-dien-tu/thanh-toan-qr-ngan-hang-vi-dien-tu/`],
  ['vi', 'vi dien tu', `${VI}/mua-ban-truc-tuyen-thanh-toan-dien-tu/thanh-toan-qr-ngan-hang-vi-dien-tu/`],
  ['vi', 'nhan dien lua dao', `${VI}/an-toan-tren-khong-gian-mang/nhan-dien-lua-dao/`],
  ['vi', 'bị lừa đảo báo ở đâu', `${VI}/an-toan-tren-khong-gian-mang/khi-bi-lua-dao-can-lam-gi/`],
  ['vi', 'mã độc', `${VI}/an-toan-tren-khong-gian-mang/ma-doc-va-cap-nhat-dien-thoai/`],
  ['vi', 'ma doc', `${VI}/an-toan-tren-khong-gian-mang/ma-doc-va-cap-nhat-dien-thoai/`],
  ['vi', 'tri tue nhan tao', `${VI}/tro-ly-tri-tue-nhan-tao/`],
  ['vi', 'chính quyền địa phương hai cấp', `${VI}/thanh-nien-tinh-nguyen-chinh-quyen-hai-cap/chinh-quyen-dia-phuong-hai-cap/`],
  ['vi', 'chinh quyen dia phuong hai cap', `${VI}/thanh-nien-tinh-nguyen-chinh-quyen-hai-cap/chinh-quyen-dia-phuong-hai-cap/`],
  ['vi', 'số hóa dữ liệu', `${VI}/thanh-nien-tinh-nguyen-chinh-quyen-hai-cap/ho-tro-so-hoa-du-lieu/`],
  ['vi', 'so hoa du lieu', `${VI}/thanh-nien-tinh-nguyen-chinh-quyen-hai-cap/ho-tro-so-hoa-du-lieu/`],
  ['vi', 'nong san', `${VI}/mua-ban-truc-tuyen-thanh-toan-dien-tu/ban-nong-san-san-pham-dia-phuong/`],
  ['vi', 'KHIẾU NẠI', `${VI}/mua-ban-truc-tuyen-thanh-toan-dien-tu/quyen-loi-nguoi-tieu-dung-khieu-nai/`],
  ['vi', 'khieu nai', `${VI}/mua-ban-truc-tuyen-thanh-toan-dien-tu/quyen-loi-nguoi-tieu-dung-khieu-nai/`],
  ['vi', 'dien thoai thong minh', `${VI}/ky-nang-so-co-ban/dien-thoai-va-internet/`],
  ['vi', 'quy tac ung xu', `${VI}/thanh-nien-tinh-nguyen-chinh-quyen-hai-cap/vai-tro-va-quy-tac-ung-xu/`],
  ['en', 'password', '/khoa-hoc/an-toan-tren-khong-gian-mang/mat-khau-va-xac-thuc-hai-buoc/'],
  ['en', 'PASSWORDS', '/khoa-hoc/an-toan-tren-khong-gian-mang/mat-khau-va-xac-thuc-hai-buoc/'],
  ['en', 'two-step verification', '/khoa-hoc/an-toan-tren-khong-gian-mang/mat-khau-va-xac-thuc-hai-buoc/'],
  ['en', 'online public services', `${EN}/dich-vu-cong-truc-tuyen/`],
  ['en', 'QR code', '/khoa-hoc/mua-ban-truc-tuyen-thanh-toan-dien-tu/thanh-toan-qr-ngan-hang-vi-dien-tu/'],
  ['en', 'artificial intelligence', `${EN}/tro-ly-tri-tue-nhan-tao/`],
  ['en', 'level 2 identification', '/khoa-hoc/vneid/dinh-danh-muc-2/'],
  ['en', 'two-tier local government', `${EN}/thanh-nien-tinh-nguyen-chinh-quyen-hai-cap/chinh-quyen-dia-phuong-hai-cap/`],
  ['en', 'code of conduct', `${EN}/thanh-nien-tinh-nguyen-chinh-quyen-hai-cap/vai-tro-va-quy-tac-ung-xu/`],
  ['en', 'VIDEO CALLS', `${EN}/ky-nang-so-co-ban/giao-tiep-truc-tuyen/`],
];

const searchPage = { vi: '/tim-kiem/', en: '/en/search/' } as const;
const searchBox = (page: Page) => page.locator('#search-box-input');

/** The search page, once its island has hydrated (client:idle) and listens to the keyboard. */
async function openSearch(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
}

async function topResults(page: Page, query: string): Promise<string[]> {
  await searchBox(page).fill(query);
  const results = page.locator(`.search-box__results[data-query="${query}"]`);
  await expect(results, `"${query}" should find something`).toBeVisible();
  return results.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test.describe.configure({ mode: 'parallel' });

for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: each query finds its page in the top three`, async ({ page }) => {
    await openSearch(page, searchPage[lang]);
    const misses: string[] = [];
    for (const [, query, expected] of QUERIES.filter(([l]) => l === lang)) {
      const top = (await topResults(page, query)).slice(0, 3);
      if (!top.includes(expected)) misses.push(`"${query}" should find ${expected} in the top 3, got ${top.join(', ')}`);
    }
    expect(misses, 'learners should find these pages the way they type').toEqual([]);
  });
}

test('"dich vu cong" ranks pages about online public services above pages that only say "công"', async ({ page }) => {
  await openSearch(page, '/tim-kiem/');
  const top = (await topResults(page, 'dich vu cong')).slice(0, 3);
  expect(top.every((url) => /dich-vu-cong/.test(url)), `top three: ${top.join(', ')}`).toBe(true);
});

test('no byte of the search index is fetched before the search box is used', async ({ page }) => {
  // Page requests only: the service worker's one background download of the site for offline use is not the page's.
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-index')) indexRequests.push(request.url());
  });
  await page.goto('/');
  await openSearch(page, '/tim-kiem/');
  await page.waitForLoadState('networkidle');
  expect(indexRequests, 'opening pages, even the search page, must not download the index').toEqual([]);

  await searchBox(page).focus();
  await expect.poll(() => indexRequests.length, { message: 'the first focus of the search box loads the index' }).toBe(1);
});

test('results show title, course and a highlighted snippet; arrow keys move and Enter opens', async ({ page }) => {
  await openSearch(page, '/tim-kiem/');
  await topResults(page, 'mat khau');
  const first = page.locator('.search-box__results > li').first();
  await expect(first.locator('a mark').first(), 'the typed words are marked in the title').toHaveText(/mật|khẩu/i);
  await expect(first.getByText(/Khóa học:/)).toBeVisible();
  await expect(first.locator('p mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/kết quả/);

  await searchBox(page).press('ArrowDown');
  const links = page.locator('.search-box__results li a');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).press('ArrowDown');
  const href = await links.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('what a learner types is shown as text, and an empty result suggests courses', async ({ page }) => {
  await openSearch(page, '/tim-kiem/');
  await searchBox(page).fill('<script>zzqx</script>');
  await expect(page.getByRole('status')).toContainText('Không tìm thấy bài nào cho “<script>zzqx</script>”');
  await expect(page.locator('.search-box script')).toHaveCount(0);
  await expect(page.locator('.search-box__suggestions a')).toHaveCount(7);
});

test('on a phone, the search link in the header leads to the search page, where what is typed finds the results', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByRole('searchbox', { name: 'Search the modules' }), 'a phone shows a link, not the form').toBeHidden();
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\/$/);
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
  await searchBox(page).fill('passwords');
  await expect(page.locator('.search-box__results li a').first()).toHaveText(/password/i);
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('the search form in the header leads to the results', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('searchbox', { name: 'Search the modules' }).fill('passwords');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=passwords$/);
    await expect(page.locator('.search-box__results li a').first()).toHaveText(/password/i);
  });
});

test('the first query fetches the catalog, the chunks of its words and the pages it shows: no course shard, no whole index', async ({ page }) => {
  const fetched: { path: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/search-index/')) fetched.push({ path, bytes: (await request.sizes()).responseBodySize });
  });
  await openSearch(page, '/tim-kiem/');
  await topResults(page, 'mat khau');
  await page.waitForLoadState('networkidle');
  const paths = fetched.map((f) => f.path);
  const catalogs = paths.filter((p) => p === '/search-index/vi/catalog.json');
  const chunks = paths.filter((p) => /^\/search-index\/vi\/\w+\/terms-\d+\.json$/.test(p));
  const pages = paths.filter((p) => /^\/search-index\/vi\/\w+\/page-\d+\.json$/.test(p));
  expect(catalogs, 'the catalog file is fetched once').toHaveLength(1);
  // "mat", "khau", the pair "mat_khau" and the prefix "khau…": at most four chunks.
  expect(chunks.length, `chunks fetched: ${chunks.join(', ')}`).toBeGreaterThan(0);
  expect(chunks.length).toBeLessThanOrEqual(4);
  expect(pages.length, 'one file per result shown, no more').toBeLessThanOrEqual(10);
  expect(paths.length, `nothing else: ${paths.join(', ')}`).toBe(catalogs.length + chunks.length + pages.length);
  const total = fetched.reduce((sum, f) => sum + f.bytes, 0);
  const catalog = (await (await page.request.get('/search-index/vi/catalog.json')).json()) as { courses: { slug: string }[] };
  let wholeIndex = 0;
  for (const { slug } of catalog.courses) wholeIndex += (await (await page.request.get(`/search-index/vi/${slug}.json`)).body()).length;
  expect(total, 'a first query costs a small part of the whole index').toBeLessThan(wholeIndex / 3);
});

test.describe('without a signal', () => {
  // No service worker: nothing is saved on this device but what the test lets through.
  test.use({ serviceWorkers: 'block' });

  test('search looks in the courses saved on the device and names the courses it could not search', async ({ page }) => {
    const saved = 'an-toan-tren-khong-gian-mang';
    await openSearch(page, '/tim-kiem/');
    await searchBox(page).focus();
    await page.waitForLoadState('networkidle');
    // The signal goes before any shard was fetched; only the saved course's shard can still be read (as from a pack).
    await page.route('**/search-index/**', (route) =>
      new URL(route.request().url()).pathname === `/search-index/vi/${saved}.json` ? route.continue() : route.abort('internetdisconnected'),
    );
    const top = await topResults(page, 'mat khau');
    expect(top[0]).toBe(`${VI}/${saved}/mat-khau-va-xac-thuc-hai-buoc/`);
    expect(top.every((url) => url.includes(`/${saved}/`)), 'only the saved course can be searched').toBe(true);
    const notice = page.locator('.search-box__unsearched');
    await expect(notice).toContainText('Không có mạng');
    for (const course of ['Kỹ năng số cơ bản', 'Dịch vụ công trực tuyến', 'VNeID']) await expect(notice).toContainText(course);
    await expect(notice).not.toContainText('An toàn trên không gian mạng');
  });

  test('with nothing saved, search says it could search no course, by name', async ({ page }) => {
    await openSearch(page, '/en/search/');
    await searchBox(page).focus();
    await page.waitForLoadState('networkidle');
    await page.context().setOffline(true);
    await searchBox(page).fill('password');
    await expect(page.getByRole('status')).toContainText('No module found');
    const notice = page.locator('.search-box__unsearched');
    await expect(notice).toContainText('With no signal, these courses could not be searched');
    for (const course of ['Basic digital skills', 'Staying safe online', 'Online public services']) await expect(notice).toContainText(course);
  });
});
