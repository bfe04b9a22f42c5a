// Explorer in a real browser: search with the keyboard, jump to a hit, follow links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveDist } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

let browser, served;
before(async () => { browser = await launchBrowser(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

async function openApp() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(served.origin + '/');
  return { context, page, app };
}

test('Ctrl+K focuses search; typing finds idempotency across sections; a hit opens its item', async () => {
  const { context, app } = await openApp();
  await app.press('Control+k');
  await app.type('idempotency');
  let info = await app.inspect();
  assert.equal(info.state.explore.query, 'idempotency');
  assert.ok(info.state.explore.result_count >= 3, `several hits (${info.state.explore.result_count})`);
  const sections = new Set(info.state.explore.hits.map((h) => h.section));
  assert.ok(sections.size >= 2, `hits span sections: ${[...sections]}`);
  assert.ok(info.widgets['search.hit.0'], 'first hit drawn');
  const first = info.state.explore.hits[0];

  await app.click('search.hit.0');
  info = await app.inspect();
  assert.equal(info.state.explore.query, '', 'search closes after a jump');
  assert.equal(info.state.explore.selected_item, first.id);
  assert.equal(info.state.explore.section_id, first.section);
  assert.ok(info.widgets[`item.${first.id}`], 'the item is on screen');
  assert.ok(info.widgets['detail.title'], 'its detail panel is open');
  await context.close();
});

test('"/" focuses search too, and Escape clears it', async () => {
  const { context, app } = await openApp();
  await app.press('/');
  await app.type('SLO');
  assert.ok((await app.state()).explore.result_count > 0);
  await app.press('Escape');
  assert.equal((await app.state()).explore.query, '');
  await context.close();
});

test('from a skill to a linked KPI and back', async () => {
  const { context, app } = await openApp();
  await app.click('section.technical-skills');
  await app.click('item.skill-reliability-fundamentals');
  let info = await app.inspect();
  const kpiLink = Object.keys(info.widgets).find((w) => w.startsWith('detail.link.kpi-'));
  assert.ok(kpiLink, 'the skill shows linked KPIs');
  await app.click(kpiLink);
  info = await app.inspect();
  assert.equal(info.state.explore.section_id, 'kpis');
  assert.equal(info.state.explore.selected_item, kpiLink.replace('detail.link.', ''));
  assert.ok(info.widgets['detail.link.skill-reliability-fundamentals'], 'the KPI links back to the skill');
  await app.click('detail.link.skill-reliability-fundamentals');
  assert.equal((await app.state()).explore.selected_item, 'skill-reliability-fundamentals');
  await context.close();
});
