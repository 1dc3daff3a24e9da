import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { test as base } from '@playwright/test';
import { findEngines } from '../../scripts/engines.mjs';
import { PuppeteerDriver } from './puppeteer-driver';
import { SiteServer } from './server';
import { Tab } from './tab';
import { WebDriverDriver } from './webdriver-driver';

export { expect } from '@playwright/test';
export type { Tab } from './tab';

type Engine = ReturnType<typeof findEngines>[number];

/** The site's port for each worker: ENGINES_PORT (default 4404), then +10 for each further worker. */
const BASE_PORT = Number(process.env.ENGINES_PORT ?? 4404);

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** WebKitWebDriver, under a virtual display where there is no screen; one per worker, a session per journey. */
async function startWebKitDriver(engine: Engine): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const command = engine.xvfb ? [engine.xvfb, '-a', engine.driver!, `--port=${port}`] : [engine.driver!, `--port=${port}`];
  const child = spawn(command[0]!, command.slice(1), { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (await fetch(`${url}/status`).then((r) => r.ok, () => false)) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/**
 * `tab`: a fresh browser of the project's engine at the narrowest phone width it allows, on the worker's own server.
 * After the journey, every error the pages recorded (console, page errors, CSP violations, sideways scroll) fails it.
 */
export const test = base.extend<{ tab: Tab }, { engine: Engine; site: SiteServer; webkitDriver: string | undefined }>({
  engine: [
    async ({}, use, workerInfo) => {
      await use(findEngines().find((engine) => engine.name === workerInfo.project.name)!);
    },
    { scope: 'worker' },
  ],
  site: [
    async ({}, use, workerInfo) => {
      const site = new SiteServer(BASE_PORT + 10 * workerInfo.parallelIndex);
      await site.start();
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  webkitDriver: [
    async ({ engine }, use) => {
      if (engine.name !== 'webkit') return use(undefined);
      const driver = await startWebKitDriver(engine);
      await use(driver.url);
      process.kill(-driver.process.pid!);
    },
    { scope: 'worker' },
  ],
  tab: async ({ engine, site, webkitDriver }, use, testInfo) => {
    const driver =
      engine.name === 'webkit'
        ? await WebDriverDriver.open(webkitDriver!, engine.binary!, engine.narrowest)
        : await PuppeteerDriver.open(engine.name === 'firefox' ? 'firefox' : 'chrome', engine.binary!, engine.narrowest);
    const tab = new Tab(driver, engine.name, site.origin);
    try {
      await use(tab);
      if (testInfo.status !== testInfo.expectedStatus) {
        // What the learner would have seen, next to the failure in test-results/.
        const path = testInfo.outputPath('screen.png');
        await tab.screenshot().then((png) => writeFile(path, png), () => undefined);
      }
      await tab.expectClean();
    } finally {
      await tab.close();
    }
  },
});
