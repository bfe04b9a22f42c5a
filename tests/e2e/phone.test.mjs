// Phones and tablets held upright, with a touch screen (ADR 28): the one-column
// layout, tap targets a finger can hit, drags that scroll, a long press for what
// hover shows, and a whole assessment made by taps alone, a note typed through
// the on-screen keyboard's path (the browser's text input) and a report exported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { suiteFixture } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

const suite = suiteFixture();
const PAGES = ['explore', 'assess', 'progress', 'report', 'team'];
const TOP_BAR = ['topbar.title', 'topbar.menu', ...PAGES.map((p) => `nav.${p}`)];
const DEVICES = [
  { name: 'phone 390×844 at DPR 3', width: 390, height: 844, dpr: 3 },
  { name: 'tablet 768×1024 at DPR 2', width: 768, height: 1024, dpr: 2 },
];

async function openTouch(device) {
  const context = await suite.browser.newContext({
    viewport: { width: device.width, height: device.height }, deviceScaleFactor: device.dpr,
    hasTouch: true, isMobile: true, acceptDownloads: true,
  });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(suite.served.origin + '/');
  return { context, page, app, cdp: await context.newCDPSession(page) };
}

async function tap(app, widget) {
  const { x, y } = await app.centerOf(widget);
  await app.page.touchscreen.tap(x, y);
  await app.settle();
}

// A finger dragged up by `dy` CSS pixels from (x, y), in small steps as a hand moves.
async function drag(app, cdp, x, y, dy) {
  const steps = 8;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - (dy * i) / steps }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await app.settle();
}

// Drags the page up until `widget` is drawn whole, clear of the screen's bottom edge.
async function dragUntilDrawn(app, cdp, device, widget) {
  const inView = (r) => r && r.y >= 0 && r.y + r.h <= (device.height - 8) * device.dpr;
  for (let i = 0; i < 12 && !inView((await app.inspect()).widgets[widget]); i++) {
    await drag(app, cdp, device.width / 2, device.height * 0.7, device.height * 0.3);
  }
  assert.ok(inView((await app.inspect()).widgets[widget]), `${widget} in view after dragging`);
}

const box = (r) => ({ left: r.x, top: r.y, right: r.x + r.w, bottom: r.y + r.h });
const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const device of DEVICES) {
  test(`${device.name}: every page by taps, one column, nothing over the right edge, tap targets of 44 px`, async () => {
    const { context, app } = await openTouch(device);
    try {
      const right = device.width * device.dpr + 1;
      for (const name of PAGES) {
        await tap(app, `nav.${name}`);
        const info = await app.inspect();
        assert.equal(info.state.page, name);
        assert.equal(info.state.layout.narrow, true);
        assert.equal(info.state.layout.touch, true);
        for (let a = 0; a < TOP_BAR.length; a++) {
          const first = info.widgets[TOP_BAR[a]];
          assert.ok(first, `${name}: ${TOP_BAR[a]} drawn`);
          for (const other of TOP_BAR.slice(a + 1)) {
            assert.ok(!overlap(box(first), box(info.widgets[other])), `${name}: ${TOP_BAR[a]} overlaps ${other}`);
          }
        }
        for (const [widget, r] of Object.entries(info.widgets)) {
          assert.ok(r.x >= -1 && r.x + r.w <= right, `${name}: ${widget} [${r.x}, ${r.x + r.w}] beyond 0..${right}`);
        }
        for (const p of PAGES) {
          assert.ok(info.widgets[`nav.${p}`].h >= 44 * device.dpr - 1, `nav.${p} is ${info.widgets[`nav.${p}`].h / device.dpr} px tall`);
        }
      }
    } finally {
      await context.close();
    }
  });
}

test('phone: five items rated, a note typed and the report exported, by taps alone', async () => {
  const device = DEVICES[0];
  const { context, page, app, cdp } = await openTouch(device);
  try {
    await tap(app, 'nav.assess');
    for (let i = 0; i < 5; i++) {
      const level = 1 + (i % 4);
      await dragUntilDrawn(app, cdp, device, `assess.focus.level.${level}`);
      const r = (await app.inspect()).widgets[`assess.focus.level.${level}`];
      assert.ok(r.h >= 44 * device.dpr, 'a level is a finger-sized target');
      await tap(app, `assess.focus.level.${level}`);
      assert.equal((await app.state()).assess.rated, i + 1, `item ${i + 1} rated by a tap`);
      if (i === 0) {
        await dragUntilDrawn(app, cdp, device, 'assess.note');
        await tap(app, 'assess.note');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'rex-text-input', 'the field takes text from the on-screen keyboard');
        await cdp.send('Input.insertText', { text: 'Led the outbox migration — zero downtime' });
        await app.settle();
        await drag(app, cdp, device.width / 2, device.height * 0.3, -device.height * 0.5);  // back up; the field lets go
      }
      await drag(app, cdp, device.width / 2, device.height * 0.3, -device.height * 2);
      const was = (await app.state()).assess.focused_item;
      await tap(app, 'assess.next');
      assert.notEqual((await app.state()).assess.focused_item, was, 'Next shows the next item');
    }
    const state = await app.state();
    assert.equal(state.assess.rated, 5);
    const first = Object.values(state.assess.ratings).find((r) => r.note);
    assert.ok(first && first.note.startsWith('Led the outbox migration'), JSON.stringify(state.assess.ratings));

    await tap(app, 'nav.report');
    const download = page.waitForEvent('download');
    await tap(app, 'report.export');
    const file = await (await download).path();
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(Object.keys(report.assessment?.ratings ?? report.ratings ?? {}).length, 5, 'the export holds the five ratings');
  } finally {
    await context.close();
  }
});

test('phone: a drag scrolls without clicking, a long press shows what hover shows', async () => {
  const device = DEVICES[0];
  const { context, app, cdp } = await openTouch(device);
  try {
    await tap(app, 'nav.explore');
    const before = await app.inspect();
    const title = before.widgets['section.title'];
    await drag(app, cdp, device.width / 2, device.height * 0.7, 200);
    const after = await app.inspect();
    assert.equal(after.state.page, 'explore');
    assert.equal(after.state.explore.selected_item, before.state.explore.selected_item, 'a drag is not a tap');
    const moved = after.widgets['section.title'];
    assert.ok(!moved || Math.abs((title.y - moved.y) / device.dpr - 200) < 30, `scrolled with the finger: ${title.y} -> ${moved?.y}`);
    // A long press on a radar axis shows its tooltip, as hovering it does with a mouse.
    await tap(app, 'nav.progress');
    const axis = Object.keys((await app.inspect()).widgets).find((w) => w.startsWith('radar.axis.'));
    assert.ok(axis, 'the radar is drawn');
    assert.deepEqual((await app.inspect()).tooltip, []);
    const { x, y } = await app.centerOf(axis);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await app.page.waitForTimeout(800);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await app.settle();
    const held = await app.inspect();
    assert.equal(held.state.page, 'progress', 'a long press is not a tap');
    assert.ok(held.tooltip.length >= 2, `the axis's tooltip: ${JSON.stringify(held.tooltip)}`);
  } finally {
    await context.close();
  }
});
