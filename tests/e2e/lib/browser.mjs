// Launches Debian's Chromium through playwright-core (never a downloaded browser)
// with the flags that work on these machines, and serves dist/ on a free port.
import { before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../scripts/serve.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export async function serveDist(root = path.join(repoRoot, 'dist')) {
  const server = await startServer({ root, port: 0 });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// A suite's shared parts: one browser, dist/ served on a free port, and a temp
// folder for downloads, set up before the suite's tests and closed after them.
export function suiteFixture() {
  const suite = {};
  before(async () => {
    suite.browser = await launchBrowser();
    suite.served = await serveDist();
    suite.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rex-e2e-'));
  });
  after(async () => {
    await suite.browser?.close();
    suite.served?.server.close();
    if (suite.tmp) fs.rmSync(suite.tmp, { recursive: true, force: true });
  });
  return suite;
}
