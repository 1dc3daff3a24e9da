import { defineConfig } from '@playwright/test';
import { findEngines } from '../../scripts/engines.mjs';

// The core journeys, written once, in every engine this machine has (scripts/engines.mjs says which).
// Playwright is only the runner here: the browsers are driven by puppeteer-core and WebKitWebDriver (see tab.ts).
export default defineConfig({
  testDir: '.',
  testMatch: '*.journey.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  projects: findEngines()
    .filter((engine) => engine.found)
    .map((engine) => ({ name: engine.name })),
});
