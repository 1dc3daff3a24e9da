import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { find, type Driver, type PageFunction, type Target } from './tab';

/**
 * Chromium over the DevTools protocol and Firefox over WebDriver BiDi, both through puppeteer-core. (Playwright 1.65
 * cannot drive Debian's Firefox ESR: its BiDi client sends commands ESR does not know yet.)
 */
export class PuppeteerDriver implements Driver<ElementHandle<Element>> {
  private browser!: Browser;
  private page!: Page;
  private readonly profile = mkdtempSync(join(tmpdir(), 'hocso-engines-'));

  private constructor(
    private readonly kind: 'chrome' | 'firefox',
    private readonly binary: string,
    private readonly width: number,
  ) {}

  static async open(kind: 'chrome' | 'firefox', binary: string, width: number): Promise<PuppeteerDriver> {
    const driver = new PuppeteerDriver(kind, binary, width);
    await driver.launch();
    return driver;
  }

  private async launch() {
    this.browser = await puppeteer.launch({
      browser: this.kind,
      executablePath: this.binary,
      headless: true,
      userDataDir: this.profile,
      // Running as root (CI) needs Chromium's sandbox off, as Playwright does by default.
      args: this.kind === 'chrome' ? ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update'] : [],
      defaultViewport: null,
      // Phones draw scrollbars over the page; desktop Linux Firefox takes 12 px from the width for them.
      extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
    });
    this.page = (await this.browser.pages())[0] ?? (await this.browser.newPage());
    await this.page.setViewport({ width: this.width, height: 740 });
  }

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  async url() {
    return this.page.url();
  }

  run<T>(fn: PageFunction, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<T>;
  }

  async element(target: Target): Promise<ElementHandle<Element> | null> {
    return ((await this.page.evaluateHandle(find, target).catch(() => null))?.asElement() as ElementHandle<Element> | null) ?? null;
  }

  click(element: ElementHandle<Element>) {
    return element.click();
  }

  type(element: ElementHandle<Element>, text: string) {
    return element.type(text);
  }

  async restart() {
    await this.browser.close();
    await this.launch();
  }

  async screenshot() {
    return Buffer.from(await this.page.screenshot());
  }

  async close() {
    await this.browser.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
