// The accessibility mirror in a real browser (ADR 27), read the way a screen
// reader reads it: Chromium's accessibility tree over CDP. Every page offers
// its tabs and buttons; ratings are sliders named after their items; three
// ratings and a goal are made through the mirror alone (DOM focus and real key
// presses, no pointer on the canvas); axe-core finds nothing serious; an idle
// page writes nothing to the DOM; what matters is announced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { suiteFixture, repoRoot } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

const suite = suiteFixture();
const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['Explore', 'Assess', 'Progress', 'Report', 'Team'];
const ROLE = JSON.parse(fs.readFileSync(path.join(repoRoot, 'content/roles/staff-backend-engineer.json'), 'utf8'));
const ITEM_NAMES = new Set(ROLE.sections.flatMap((s) => (s.groups || []).flatMap((g) => g.items || [])).map((i) => i.name));

async function open(options = {}) {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(suite.served.origin + '/');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  return { context, page, app, cdp };
}

// The accessibility tree as a screen reader gets it: role, name, value, checked.
async function axTree(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value,
    name: n.name?.value ?? '',
    value: n.value?.value,
    valuemin: (n.properties || []).find((p) => p.name === 'valuemin')?.value?.value,
    checked: (n.properties || []).find((p) => p.name === 'checked')?.value?.value,
    selected: (n.properties || []).find((p) => p.name === 'selected')?.value?.value,
    backend: n.backendDOMNodeId,
  }));
}

// Keyboard focus on the node's element, as a screen reader's focus would move it.
// What a screen reader says for a slider's value (CDP leaves the tree's valuetext empty).
async function valueText(page, name) {
  return page.evaluate((n) => [...document.querySelectorAll('#rex-a11y [role=slider]')]
    .find((el) => el.getAttribute('aria-label') === n)?.getAttribute('aria-valuetext'), name);
}

async function focusNode(cdp, node) {
  await cdp.send('DOM.getDocument', { depth: 0 });
  await cdp.send('DOM.focus', { backendNodeId: node.backend });
}

test('every page offers its tabs and buttons to a screen reader, not one canvas node', async () => {
  const { context, app, cdp } = await open();
  try {
    for (const name of PAGES) {
      const tree = await axTree(cdp);
      const tabs = tree.filter((n) => n.role === 'tab').map((n) => n.name);
      for (const page of PAGES) assert.ok(tabs.includes(page), `${name}: tab "${page}" missing; tabs: ${tabs}`);
      assert.ok(tree.filter((n) => n.role === 'button').length >= 4, `${name}: buttons: ${tree.filter((n) => n.role === 'button').map((n) => n.name)}`);
      assert.ok(tree.some((n) => n.role === 'tablist' && n.name === 'Pages'), `${name}: no tab list`);
      if (name === 'Progress') {
        // The radar's numbers, as a table: a header row, then one row per axis.
        const table = tree.find((n) => n.role === 'table' && n.name === 'Overview: data');
        assert.ok(table, 'the overview chart has a data table');
        assert.ok(tree.filter((n) => n.role === 'rowheader').length >= 38, 'a row per axis');
        assert.ok(tree.some((n) => n.role === 'rowheader' && ITEM_NAMES.has(n.name)), 'rows named after items');
      }
      const next = PAGES[PAGES.indexOf(name) + 1];
      if (!next) break;
      const tab = (await axTree(cdp)).find((n) => n.role === 'tab' && n.name === next);
      await focusNode(cdp, tab);
      await app.page.keyboard.press('Enter');
      await app.settle();
      assert.equal((await app.state()).page, next.toLowerCase());
      const selected = (await axTree(cdp)).find((n) => n.role === 'tab' && n.name === next);
      assert.equal(selected.selected, true, `${next} is the selected tab once open`);
    }
  } finally {
    await context.close();
  }
});

test('three ratings and a goal made through the accessibility layer alone change the state', async () => {
  const { context, page, app, cdp } = await open();
  try {
    const tabs = await axTree(cdp);
    await focusNode(cdp, tabs.find((n) => n.role === 'tab' && n.name === 'Assess'));
    await page.keyboard.press('Enter');
    await app.settle();
    const before = await app.state();
    assert.equal(before.assess.rated, 0);
    const sliders = (await axTree(cdp)).filter((n) => n.role === 'slider');
    assert.ok(sliders.length >= 3, `sliders: ${sliders.length}`);
    for (const slider of sliders.slice(0, 3)) {
      assert.equal(slider.value, slider.valuemin, 'not rated: the value below the scale');
      assert.equal(await valueText(page, slider.name), 'Not rated');
      assert.ok(ITEM_NAMES.has(slider.name), `slider "${slider.name}" is named after an item`);
    }
    const levels = [3, 2, 4];
    for (let i = 0; i < 3; i++) {
      await focusNode(cdp, sliders[i]);
      for (let step = sliders[i].valuemin; step < levels[i]; step++) {  // one step up per press, from "not rated"
        await page.keyboard.press('ArrowRight');
        await app.settle();
      }
    }
    const after = (await axTree(cdp)).filter((n) => n.role === 'slider');
    const state = await app.state();
    assert.equal(state.assess.rated, 3);
    for (let i = 0; i < 3; i++) {
      const node = after.find((n) => n.name === sliders[i].name);
      assert.equal(node.value, levels[i], `${node.name}: the slider's value is the level`);
      assert.match(await valueText(page, node.name), new RegExp(`^${levels[i]} – `));
    }
    const ratedLevels = Object.values(state.assess.ratings).map((r) => r.level).sort();
    assert.deepEqual(ratedLevels, [2, 3, 4]);

    await focusNode(cdp, (await axTree(cdp)).find((n) => n.role === 'tab' && /^Goals/.test(n.name)));
    await page.keyboard.press('Enter');
    await app.settle();
    const goal = (await axTree(cdp)).find((n) => n.role === 'checkbox');
    assert.ok(goal, 'the goals are checkboxes');
    assert.equal(goal.checked, 'false');
    await focusNode(cdp, goal);
    await page.keyboard.press('Space');
    await app.settle();
    assert.equal((await app.state()).assess.goals_done, 1);
    assert.equal((await axTree(cdp)).find((n) => n.role === 'checkbox' && n.name === goal.name).checked, 'true');
  } finally {
    await context.close();
  }
});

test('axe-core finds no serious or critical violation in the layer, on any page', async () => {
  // axe is injected, which the page's CSP rightly refuses: this context bypasses it.
  const { context, page, app } = await open({ bypassCSP: true });
  try {
    await page.evaluate(AXE_SOURCE);
    for (const name of PAGES) {
      await app.click(`nav.${name.toLowerCase()}`);
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
      });
      const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, [], `${name}: ${JSON.stringify(bad)}`);
    }
  } finally {
    await context.close();
  }
});

test('an idle page writes nothing to the DOM, a change writes only what changed, and saved snapshots are announced', async () => {
  const { context, page, app, cdp } = await open();
  try {
    await app.click('nav.report');
    const idle = await page.evaluate(() => ({ ...window.roleExplorerMirror }));
    await page.waitForTimeout(1000);
    const later = await page.evaluate(() => ({ ...window.roleExplorerMirror }));
    assert.equal(later.writes, idle.writes, 'no DOM writes while idle');
    assert.equal(later.patches, idle.patches);
    const total = (await axTree(cdp)).filter((n) => n.role !== 'StaticText' && n.role !== 'InlineTextBox').length;
    const take = (await axTree(cdp)).find((n) => n.role === 'button' && /snapshot/i.test(n.name));
    assert.ok(take, 'a button takes a snapshot');
    await focusNode(cdp, take);
    await page.keyboard.press('Enter');
    await app.settle();
    const changed = await page.evaluate(() => ({ ...window.roleExplorerMirror }));
    assert.ok(changed.writes > later.writes);
    assert.ok(changed.writes - later.writes < total, `${changed.writes - later.writes} writes for ${total} nodes`);
    assert.ok(changed.announced.some((t) => t.startsWith('Snapshot saved')), JSON.stringify(changed.announced));
    assert.match(await page.textContent('#rex-live'), /Snapshot saved/);
  } finally {
    await context.close();
  }
});

test('Tab from the page enters the layer in reading order, with a visible focus ring, and Enter opens a tab', async () => {
  const { context, page, app } = await open();
  try {
    await page.focus('#canvas');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ id: document.activeElement.dataset.id, outline: getComputedStyle(document.activeElement).outlineStyle,
      opacity: getComputedStyle(document.activeElement).opacity }));
    assert.equal(first.id, 'nav.explore', 'the first control is the first page tab');
    assert.notEqual(first.outline, 'none', 'the focused control shows a ring');
    assert.equal(first.opacity, '1');
    let id = first.id;
    for (let i = 0; i < 8 && id !== 'nav.report'; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => document.activeElement.dataset.id);
    }
    assert.equal(id, 'nav.report', 'Tab walks the page tabs in order');
    await page.keyboard.press('Enter');
    await app.settle();
    assert.equal((await app.state()).page, 'report');
  } finally {
    await context.close();
  }
});

test('Tab reaches every rating in a list longer than the screen: the list scrolls with the focus', async () => {
  const { context, page, app } = await open();
  try {
    await app.click('nav.assess');
    const rows = (await app.state()).assess.rows;
    const names = new Map(ROLE.sections.flatMap((s) => (s.groups || []).flatMap((g) => g.items || [])).map((i) => [i.id, i.name]));
    const wanted = rows.map((id) => names.get(id));
    const last = wanted[wanted.length - 1];
    const sliderNames = () => page.evaluate(() => [...document.querySelectorAll('#rex-a11y [role=slider]')].map((el) => el.getAttribute('aria-label')));
    assert.ok(!(await sliderNames()).includes(last), 'the last row is below the fold at first');
    await page.focus('#rex-a11y [role=slider]');
    await app.settle();
    const reached = new Set();
    let focused = '';
    for (let i = 0; i < rows.length * 6 && focused !== last; i++) {
      focused = await page.evaluate(() => document.activeElement.getAttribute('role') === 'slider' ? document.activeElement.getAttribute('aria-label') : '');
      if (focused) reached.add(focused);
      await page.keyboard.press('Tab');
      await app.settle();
    }
    assert.deepEqual(wanted.filter((n) => !reached.has(n)), [], 'every row was reached by Tab');
    assert.ok(!(await sliderNames()).includes(wanted[0]), 'the list scrolled down as the focus went');
    const item = (await app.inspect()).accessible.find((n) => n.name === last);
    assert.ok(item, 'the last row is mirrored');
  } finally {
    await context.close();
  }
});
