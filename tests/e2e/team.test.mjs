// The Team page in a real browser: twenty report files dropped at once as a
// person drops them (File objects in a DataTransfer on a drop event), checked
// against `role-explorer report team --format json` over the same files on disk;
// names hidden in both real downloads; the team kept across a reload; the
// multi-file picker; and "Delete my data" taking the team too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suiteFixture, repoRoot } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';
import { teamReport, dropFiles } from './lib/team_reports.mjs';

const suite = suiteFixture();
const CLI = path.join(repoRoot, 'build/native/src/cli/role-explorer');
const NAMES = ['Ada Lovelace', 'Björn Ødegård', 'Chiara Rossi', 'Dmitri Ivanov', 'Eun-ji Park', 'Farah Haddad',
  'Gustavo Lima', 'Hana Suzuki', 'Ike Obi', 'Jana Nováková', 'Kofi Mensah', 'Lena Schmidt', 'Mateo García',
  'Nadia Rahman', 'Olu Adeyemi', 'Priya Nair', 'Quinn O\'Neil'];
const report = (person, index) => teamReport(person, index);

// Seventeen good reports, two broken ones and one for a role that is not loaded.
function teamFiles(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const files = NAMES.map((name, i) => [`report-${String(i + 1).padStart(2, '0')}.json`, report(name, i)]);
  files.splice(5, 0, ['cut-short.json', report('Cut Short', 99).slice(0, 400)]);
  files.splice(11, 0, ['level-too-high.json', report('Too High', 98).replace(/"level": 2/, '"level": 9')]);
  files.push(['frontend.json', report('Other Role', 97).replace('"id": "staff-backend-engineer"', '"id": "frontend-engineer"')]);
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
  return files;
}

async function openTeam(context) {
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(suite.served.origin + '/');
  await app.click('nav.team');
  return { page, app };
}

const drop = dropFiles;

async function waitForTeam(app, files) {
  await app.page.waitForFunction((n) => window.roleExplorer.inspect().state.team.files === n, files, { timeout: 15000 });
  await app.settle();
  return (await app.state()).team;
}

async function download(app, widget) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.click(widget)]);
  const saved = path.join(suite.tmp, file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), text: fs.readFileSync(saved, 'utf8') };
}

test('twenty dropped reports: the page shows what `report team` computes; two broken and one foreign listed', async () => {
  const dir = path.join(suite.tmp, 'team');
  const files = teamFiles(dir);
  const cli = JSON.parse(execFileSync(CLI, ['report', 'team', '--format', 'json', ...files.map(([n]) => path.join(dir, n))],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  assert.equal(cli.people.length, 17);
  assert.equal(cli.errors.length, 3);

  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app } = await openTeam(context);
  await drop(page, files);
  const team = await waitForTeam(app, 20);

  // The same people, verdicts, attainment and levels as the CLI, in the same order.
  assert.deepEqual(team.people.map((p) => [p.name, p.target, p.verdict, p.attainment, p.levels, p.manager_levels]),
    cli.people.map((p) => [p.name, p.target, p.verdict, p.attainment, p.levels, p.manager_levels]));
  // Errors by file, each with its own message (the CLI names files by path).
  const message = (list, file) => list.find((e) => e.file.endsWith(file)).message;
  for (const file of ['cut-short.json', 'level-too-high.json', 'frontend.json']) {
    assert.equal(message(team.errors, file), message(cli.errors, file), file);
  }
  assert.match(message(team.errors, 'frontend.json'), /frontend-engineer.*not loaded/);
  const info = await app.inspect();
  assert.equal(info.widgets['team.errors'].text, '3');
  assert.ok(info.widgets['team.error.0'].text.startsWith('cut-short.json'));

  // Headline and readiness rows as drawn.
  const count = (v) => cli.people.filter((p) => p.verdict === v).length;
  assert.equal(info.widgets['team.people'] !== undefined, true);
  assert.equal(team.roles[0].people, 17);
  const byName = new Map(cli.people.map((p) => [p.name, p]));
  const row0 = info.widgets['team.person.0'] ? info.widgets['team.person.0'].text : null;
  if (!row0) await app.scrollUntilDrawn('team.person.0', 300);
  const first = (await app.inspect()).widgets['team.person.0'].text.split(' · ');
  const expected = byName.get(first[0]);
  assert.ok(expected, `row 0 names a person of the team: ${first[0]}`);
  assert.equal(first[2], `${Math.round(expected.attainment * 100)}%`);
  assert.equal(count('ready') + count('almost') + count('not-yet'), 17);

  // Calibration: the first row is the biggest self/manager difference the CLI's levels give.
  let biggest = 0;
  for (const p of cli.people) {
    for (const [id, manager] of Object.entries(p.manager_levels)) {
      if (p.levels[id] !== undefined) biggest = Math.max(biggest, Math.abs(manager - p.levels[id]));
    }
  }
  // Over the page's own scrollbar: a wheel over the heat map or a table would scroll that instead.
  await app.scrollUntilDrawn('team.calibration.0', 400, { x: 1250, y: 500 });
  const [, , levels] = (await app.inspect()).widgets['team.calibration.0'].text.split(' · ');
  const [self, manager] = levels.split(' → ').map(Number);
  assert.equal(Math.abs(manager - self), biggest);

  // The heat map's first cell, hovered: the level the CLI read for that person and item.
  await page.mouse.wheel(0, -5000);
  await app.settle();
  await app.hover('team.heatmap.first_cell');
  const tip = (await app.inspect()).tooltip;
  const person = byName.get(tip[0].split(' · ')[0]);
  const item = team.roles[0].columns[0];
  assert.equal(tip[0].split(' · ')[0], team.roles[0].rows[0]);
  const level = person.levels[item];
  assert.equal(tip[1].startsWith(level === undefined ? 'Own level: not rated' : `Own level: ${level} · `), true, tip[1]);
  await context.close();
});

test('hide names: pseudonyms on the page, in the CSV and in the printable page; notes never exported', async () => {
  const dir = path.join(suite.tmp, 'hidden');
  const files = teamFiles(dir);
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app } = await openTeam(context);
  await drop(page, files);
  await waitForTeam(app, 20);
  await app.click('notice.dismiss.0');
  const named = await download(app, 'team.export_csv');
  assert.ok(named.text.includes('Ada Lovelace'));
  assert.ok(named.text.startsWith('person,role,target,item_id'));

  await app.click('team.hide_names');
  const team = (await app.state()).team;
  assert.equal(team.hide_names, true);
  assert.ok(team.people.every((p) => /^Person [A-Z]+$/.test(p.name)));
  const csv = await download(app, 'team.export_csv');
  const html = await download(app, 'team.export_html');
  assert.equal(csv.name, 'team-summary-names-hidden.csv');
  assert.equal(html.name, 'team-summary-names-hidden.html');
  for (const { text } of [csv, html]) {
    for (const name of NAMES) assert.ok(!text.includes(name.split(' ')[0]), `no ${name} in the export`);
    assert.ok(!text.includes('shipped'), 'no note text');
    assert.ok(text.includes('Person A'));
  }
  assert.ok(html.text.includes("default-src 'none'") && html.text.includes('<svg'));
  assert.ok(!html.text.includes('<script'));
  await context.close();
});

test('the team survives a reload, comes in through the multi-file picker, and leaves with Delete my data', async () => {
  const dir = path.join(suite.tmp, 'picked');
  const files = teamFiles(dir).slice(0, 6);
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app } = await openTeam(context);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), app.click('team.add')]);
  assert.equal(chooser.isMultiple(), true);
  await chooser.setFiles(files.map(([n]) => path.join(dir, n)));
  const before = await waitForTeam(app, 6);
  assert.equal(before.people.length, 5);
  await page.waitForFunction(() => localStorage.getItem('role-explorer/team') !== null, null, { timeout: 5000 });

  await page.reload();
  await page.waitForFunction(() => window.roleExplorerShell && window.roleExplorerShell.firstFrameAt);
  await app.settle();
  await app.click('nav.team');
  const after = (await app.state()).team;
  assert.deepEqual(after.people, before.people);

  await app.click('nav.report');
  await app.click('report.delete');
  await app.click('report.delete.confirm');
  assert.equal((await app.state()).team.files, 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('role-explorer/team')), null);
  await context.close();
});
