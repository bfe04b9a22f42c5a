// Launches Debian's Chromium through playwright-core (never a downloaded browser)
// with the flags that work on these machines, and serves dist/ on a free port.
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
