import { expect } from '@playwright/test';

/**
 * Something on the page, found the way a person would: by CSS, by the label of a form field, and by its words.
 * `text` is the whole visible text (or accessible name); `has` is part of it.
 */
export interface Target {
  css?: string;
  label?: string;
  text?: string;
  has?: string;
}

/** A function run inside the page; its arguments and result cross the driver as JSON (or an element). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PageFunction = (...args: any[]) => unknown;

/** The part written once per driver: a few primitives, everything else is shared in `Tab`. */
export interface Driver<Handle = unknown> {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn` in the page; element handles among `args` arrive as elements. */
  run<T>(fn: PageFunction, ...args: unknown[]): Promise<T>;
  /** The driver's handle on the element `find(target)` returns in the page, or null while there is none. */
  element(target: Target): Promise<Handle | null>;
  /** Clicks with the driver's real pointer. */
  click(element: Handle): Promise<void>;
  /** Types with the driver's real keyboard. */
  type(element: Handle, text: string): Promise<void>;
  /** Quits the browser and opens it again on the same profile, as a learner does between uses. */
  restart(): Promise<void>;
  /** A PNG of what the learner would see, kept with a failed journey's results. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Runs in the page: the element the target describes, found by the watcher every served page carries. */
export const find = (target: Target): Element | null =>
  (window as unknown as { __hocsoFind: (target: Target) => Element | null }).__hocsoFind(target);

const describe = (target: Target) => JSON.stringify(target);
const ERRORS = 'hocso-engines-errors';

/** A browser tab as a journey drives it: waits for what a person would wait for, in any engine. */
export class Tab {
  constructor(
    private readonly driver: Driver<unknown>,
    readonly engine: string,
    readonly origin: string,
  ) {}

  goto(path: string) {
    return this.driver.goto(new URL(path, this.origin).href);
  }

  reload() {
    return this.driver.reload();
  }

  /** Quits and reopens the browser; the page being left is measured first, as quitting may not say it is left. */
  async restart() {
    await this.run(() => (window as unknown as { __hocsoMeasure?: () => void }).__hocsoMeasure?.());
    await this.driver.restart();
  }

  close() {
    return this.driver.close();
  }

  screenshot() {
    return this.driver.screenshot();
  }

  async path(): Promise<string> {
    return new URL(await this.driver.url()).pathname;
  }

  run<T>(fn: PageFunction, ...args: unknown[]): Promise<T> {
    return this.driver.run<T>(fn, ...args);
  }

  /** Waits until `check` (run in the page) returns something truthy, and returns it. */
  async until<T>(message: string, check: PageFunction, args: unknown[] = [], timeout = 15_000): Promise<T> {
    let value: T | undefined;
    await expect
      .poll(async () => (value = await this.driver.run<T>(check, ...args).catch(() => undefined)), { message, timeout })
      .toBeTruthy();
    return value!;
  }

  /** The element's visible text once it is there. */
  text(target: Target, timeout?: number): Promise<string> {
    return this.until(
      `${describe(target)} should be on ${this.engine}'s page`,
      (t: Target) => {
        const el = (window as unknown as { __hocsoFind: (target: Target) => HTMLElement | null }).__hocsoFind(t);
        return el && (el.innerText ?? el.textContent).replace(/\s+/g, ' ').trim();
      },
      [target],
      timeout,
    );
  }

  async see(target: Target, timeout?: number): Promise<void> {
    await this.until(
      `${describe(target)} should be visible`,
      (t: Target) => Boolean((window as unknown as { __hocsoFind: (target: Target) => Element | null }).__hocsoFind(t)),
      [target],
      timeout,
    );
  }

  /** Waits for the element, then acts on it; a page that redraws it meanwhile is tried again. */
  private async act(target: Target, what: string, action: (element: unknown) => Promise<void>, timeout = 15_000): Promise<void> {
    const attempt = async () => {
      const element = await this.driver.element(target);
      if (element === null) return false;
      await action(element);
      return true;
    };
    await expect.poll(attempt, { message: `${describe(target)} should be there to ${what}`, timeout }).toBe(true);
  }

  click(target: Target, timeout?: number): Promise<void> {
    return this.act(target, 'click', (element) => this.driver.click(element), timeout);
  }

  /** Types into the field, replacing what it held. */
  fill(target: Target, text: string): Promise<void> {
    return this.act(target, 'type in', async (element) => {
      await this.driver.run((field: HTMLInputElement) => field.select(), element);
      await this.driver.type(element, text);
    });
  }

  /** Clicks, then returns the file the page handed the browser to save. */
  async download(target: Target): Promise<{ name: string; bytes: Buffer }> {
    const before = await this.run<number>(() => (window as unknown as { __hocsoDownloads: unknown[] }).__hocsoDownloads.length);
    await this.click(target);
    const saved = await this.until<{ name: string; base64: string }>(
      `clicking ${describe(target)} should save a file`,
      (index: number) => {
        const file = (window as unknown as { __hocsoDownloads: { base64?: string }[] }).__hocsoDownloads[index];
        return file?.base64 && file;
      },
      [before],
    );
    return { name: saved.name, bytes: Buffer.from(saved.base64, 'base64') };
  }

  /** Every error, page error, CSP violation and sideways scroll the pages recorded since the last call. */
  async errors(): Promise<string[]> {
    return this.run<string[]>((key: string) => {
      (window as unknown as { __hocsoMeasure?: () => void }).__hocsoMeasure?.();
      const list = JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
      localStorage.removeItem(key);
      return list;
    }, ERRORS);
  }

  /** Fails the journey with every error the pages recorded. */
  async expectClean(): Promise<void> {
    expect(await this.errors(), `the pages should be free of errors and fit a ${this.engine} phone screen`).toEqual([]);
  }
}
