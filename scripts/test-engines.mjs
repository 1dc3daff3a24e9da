// Runs the core journeys (tests/engines) in every browser engine this machine has, after saying which it found.
// `--built` reuses dist/ (npm test has just built it for the Chromium suite); otherwise the site is built first.
import { spawnSync } from 'node:child_process';
import { findEngines } from './engines.mjs';

const found = findEngines().filter((engine) => engine.found);
if (found.length === 0) {
  console.log('No browser engine found: the journeys need chromium, firefox-esr or webkit2gtk-driver (apt-get install).');
  process.exit(1);
}
const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (status !== 0) process.exit(status ?? 1);
};
if (!process.argv.includes('--built')) run('npm', ['run', 'build']);
const extra = process.argv.slice(2).filter((arg) => arg !== '--built');
run('npx', ['playwright', 'test', '-c', 'tests/engines/playwright.config.ts', ...extra]);
