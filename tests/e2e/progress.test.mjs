// The Progress page in a real browser: the radar is drawn (pixels), hovering an
// axis shows every series' value (read through the automation bridge), and both
// chart downloads work (SVG parsed as XML, PNG decoded and checked for colour).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, serveDist } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

let browser, served, tmp;
before(async () => {
  browser = await launchBrowser();
  served = await serveDist();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rex-e2e-progress-'));
});
after(async () => { await browser?.close(); served?.server.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

// Decodes a PNG in a blank page (no CSP there) and counts pixels close to `rgb`.
async function countColour(context, pngBytes, rgb, tolerance = 40) {
  const page = await context.newPage();
  const result = await page.evaluate(async ({ b64, rgb, tolerance }) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const { data } = g.getImageData(0, 0, c.width, c.height);
    let near = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1]) + Math.abs(data[i + 2] - rgb[2]) <= tolerance) near++;
    }
    return { width: c.width, height: c.height, near };
  }, { b64: Buffer.from(pngBytes).toString('base64'), rgb, tolerance });
  await page.close();
  return result;
}

async function openRated(context) {
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(served.origin + '/');
  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.4');
  await app.click('assess.rate.skill-observability.1');
  await app.click('nav.progress');
  await app.click('progress.chart.technical_skill');
  return { page, app };
}

test('the radar is drawn and hovering an axis shows every series and the gap', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app } = await openRated(context);
  const info = await app.inspect();
  const chart = info.widgets['radar.chart'];
  assert.ok(chart && chart.w > 200, 'the chart has a real size');
  const shot = await page.screenshot({ clip: { x: chart.x / info.dpr, y: chart.y / info.dpr, width: chart.w / info.dpr, height: chart.h / info.dpr } });
  // The self series is drawn in the accent colour; a blank chart has none of it.
  const accent = await countColour(context, shot, [59, 91, 219], 90);
  assert.ok(accent.near > 200, `accent-coloured pixels in the chart: ${accent.near}`);

  await app.hover('radar.axis.skill-observability');
  const tooltip = (await app.inspect()).tooltip;
  assert.equal(tooltip[0], 'Observability', 'the item name comes first');
  const self = tooltip.indexOf('You: 1 · Learning');
  assert.ok(self > 0, `self value and its level's name in ${JSON.stringify(tooltip)}`);
  assert.match(tooltip[self + 1], /with help/, 'then what level 1 looks like for Observability, in the role\'s words');
  assert.ok(tooltip.some((l) => /^Target: \d · /.test(l)), 'target value');
  assert.ok(tooltip.some((l) => /^Gap to target: [1-4]$/.test(l)), 'the gap');

  await app.hover('radar.axis.skill-api-design');
  const second = (await app.inspect()).tooltip;
  assert.ok(second.some((l) => l.startsWith('You: 4 · ')), `self value in ${JSON.stringify(second)}`);
  assert.ok(second.includes('At or above target'));
  await context.close();
});

test('the overview chart\'s SVG colours each axis label by its category, as the screen does', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app } = await openRated(context);
  await app.click('progress.chart.overview');
  const [download] = await Promise.all([page.waitForEvent('download'), app.click('progress.export.svg')]);
  assert.equal(download.suggestedFilename(), 'staff-backend-engineer-overview-radar.svg');
  const file = path.join(tmp, 'overview.svg');
  await download.saveAs(file);
  const viewer = await context.newPage();
  const fills = await viewer.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const byFill = {};
    for (const t of doc.querySelectorAll('text[text-anchor]')) (byFill[t.getAttribute('fill')] ||= []).push(t.textContent);
    return byFill;
  }, fs.readFileSync(file, 'utf8'));
  // Technical skills, soft skills and scorecard dimensions: three colours, each on its own labels.
  const colours = Object.keys(fills).filter((fill) => fills[fill].length >= 5);
  assert.equal(colours.length, 3, JSON.stringify(Object.keys(fills)));
  assert.ok(fills[colours.find((c) => fills[c].some((t) => /API design/.test(t)))].every((t) => !/Systems thinking/.test(t)),
    'a technical skill and a soft skill do not share a colour');
  await context.close();
});

test('the chart downloads as valid SVG and as a PNG of what is on screen', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app } = await openRated(context);

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), app.click('progress.export.svg')]);
  assert.equal(svgDownload.suggestedFilename(), 'staff-backend-engineer-technical_skill-radar.svg');
  const svgFile = path.join(tmp, 'chart.svg');
  await svgDownload.saveAs(svgFile);
  const svg = fs.readFileSync(svgFile, 'utf8');
  const viewer = await context.newPage();
  const parsed = await viewer.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return { error: error ? error.textContent : null, root: doc.documentElement.nodeName,
             texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
  }, svg);
  assert.equal(parsed.error, null);
  assert.equal(parsed.root, 'svg');
  assert.ok(parsed.texts.some((t) => /API design/.test(t)), 'axis labels are in the SVG');
  await viewer.close();

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), app.click('progress.export.png')]);
  assert.equal(pngDownload.suggestedFilename(), 'staff-backend-engineer-technical_skill-radar.png');
  const pngFile = path.join(tmp, 'chart.png');
  await pngDownload.saveAs(pngFile);
  const png = fs.readFileSync(pngFile);
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  const chart = (await app.inspect()).widgets['radar.chart'];
  const decoded = await countColour(context, png, [59, 91, 219], 90);
  assert.equal(decoded.width, Math.round(chart.w), 'the PNG is the chart at device resolution');
  assert.ok(decoded.near > 200, `accent-coloured pixels in the PNG: ${decoded.near}`);
  await context.close();
});

test('at 1280x800 no radar label ends in "…": every axis shows its name, or its number with the name in a legend', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { app } = await openRated(context);
  for (const chart of ['overview', 'technical_skill', 'soft_skill', 'scorecard_dimension']) {
    await app.click(`progress.chart.${chart}`);
    const info = await app.inspect();
    const labels = info.state.progress.axis_labels;
    assert.ok(labels.length >= 3, `${chart}: axes drawn`);
    for (const [i, drawn] of labels.entries()) {
      assert.ok(!drawn.label.endsWith('…') && !drawn.legend.endsWith('…'), `${chart}: ${JSON.stringify(drawn)}`);
      if (drawn.legend) {
        assert.equal(drawn.label, String(i + 1), `${chart}: a numbered axis carries its number`);
      }
    }
  }
  await context.close();
});
