// Which version is this, and what is in it: the About panel, NOTICES.txt next to
// the page, and the version stamped into every exported report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { suiteFixture, repoRoot } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

const suite = suiteFixture();

// What the native tool of the same checkout says: "role-explorer 1.1.0".
const cliVersion = () =>
  execFileSync(path.join(repoRoot, 'build/native/src/cli/role-explorer'), ['--version'], { encoding: 'utf8' })
    .trim().replace(/^role-explorer /, '');

test('an exported report says which app and version wrote it, the same as role-explorer --version', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(suite.served.origin + '/');
  await app.click('nav.report');
  const [download] = await Promise.all([page.waitForEvent('download'), app.click('report.export')]);
  const file = path.join(suite.tmp, 'report.json');
  await download.saveAs(file);
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(report.app, { name: 'Role Explorer', version: cliVersion() });
  await context.close();
});

test('the About panel opens from the top bar and lists what NOTICES.txt, served next to the page, lists', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(suite.served.origin + '/');
  await app.click('about.open');
  const about = (await app.state()).about;
  assert.equal(about.open, true);
  assert.equal(about.version, cliVersion());
  const notices = await (await page.request.get(suite.served.origin + '/NOTICES.txt')).text();
  const headings = notices.split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/^\d+\. /, ''));
  assert.deepEqual(about.components.map((c) => `${c.name} ${c.version}`), headings);
  const widgets = (await app.inspect()).widgets;
  headings.forEach((_, i) => assert.ok(widgets[`about.component.${i}`], `row ${i} is drawn`));
  await page.screenshot({ path: path.join(suite.tmp, 'about.png') });
  await context.close();
});
