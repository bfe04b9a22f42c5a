// Text reaches the app's fields through the browser's text path (a textarea at the
// caret, src/platform/browser_text_input.cpp): inserted text, an input method's
// composition and plain key presses, each committed exactly once, in any script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suiteFixture } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

const NAME = 'Zoë Łódź 山田太郎 Дмитрий Ωmega';

const suite = suiteFixture();

async function openNameField(context) {
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(suite.served.origin + '/');
  await app.click('nav.report');
  await app.click('report.name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'rex-text-input');
  return { page, app, cdp: await context.newCDPSession(page) };
}

// The name as the app keeps it: its autosave in localStorage (a report document).
async function savedName(page) {
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('role-explorer/autosave/')));
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('role-explorer/autosave/'));
    return JSON.parse(localStorage.getItem(key)).person?.name ?? '';
  });
}

// Leaves the field (the name is committed when the field is left) and waits for the save.
async function commit(app, page) {
  await app.click('nav.explore');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id !== 'rex-text-input');
  await app.page.waitForTimeout(1000);  // the 800 ms save delay
}

test('a name inserted as text in five scripts is kept exactly: in the app, the export, and after a reload', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app, cdp } = await openNameField(context);
  await cdp.send('Input.insertText', { text: NAME });
  await app.settle();
  const fonts = (await app.state()).fonts;
  assert.equal(fonts.missing_glyphs, 0, 'every character drawn from a real glyph');
  assert.equal(fonts.extra_glyphs, 13, 'Ł ź 山 田 太 郎 Д м и т р й Ω came from the browser\'s fonts');
  await commit(app, page);
  assert.equal(await savedName(page), NAME);
  await app.click('nav.report');
  const [download] = await Promise.all([page.waitForEvent('download'), app.click('report.export')]);
  const file = path.join(suite.tmp, download.suggestedFilename());
  await download.saveAs(file);
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).person.name, NAME);
  await page.reload();
  await app.settle();
  assert.equal(await savedName(page), NAME);
  await app.click('nav.report');
  assert.equal((await app.state()).fonts.missing_glyphs, 0, 'after a reload too');
  await context.close();
});

test('an input method composition shows at the caret and is committed once', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app, cdp } = await openNameField(context);
  await cdp.send('Input.imeSetComposition', { text: 'やま', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: '山田', selectionStart: 2, selectionEnd: 2 });
  const composing = await page.evaluate(() => {
    const field = document.getElementById('rex-text-input');
    const box = field.getBoundingClientRect();
    return { shown: field.classList.contains('composing'), value: field.value, x: box.x, y: box.y };
  });
  assert.equal(composing.shown, true, 'the composition is visible');
  assert.equal(composing.value, '山田');
  const field = await app.centerOf('report.name');
  assert.ok(Math.abs(composing.y - field.y) < 20 && composing.x > field.x - 200, `at the field: ${JSON.stringify(composing)} vs ${JSON.stringify(field)}`);
  await cdp.send('Input.insertText', { text: '山田' });  // commits the composition
  await app.settle();
  assert.equal(await page.evaluate(() => document.getElementById('rex-text-input').classList.contains('composing')), false);
  await app.type('太郎');
  await commit(app, page);
  assert.equal(await savedName(page), '山田太郎');
  await context.close();
});

test('key presses type once, and Backspace and Enter still act in the field', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app } = await openNameField(context);
  await app.type('Zoë Müllerx');
  await app.press('Backspace');
  await app.press('Enter');  // ImGui: Enter leaves a single-line field with its text
  await page.waitForFunction(() => document.activeElement && document.activeElement.id !== 'rex-text-input');
  await app.page.waitForTimeout(1000);
  assert.equal(await savedName(page), 'Zoë Müller');
  await context.close();
});

test('a right click in an active field opens the browser\'s menu for editable text, and its Paste lands in the field', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app } = await openNameField(context);
  const { x, y } = await app.centerOf('report.name');
  await page.mouse.move(x, y);
  await page.mouse.down({ button: 'right' });
  // The context menu is for what is under the pointer: the text path's textarea, not the canvas.
  const target = await page.evaluate(([px, py]) => document.elementFromPoint(px, py).id, [x, y]);
  assert.equal(target, 'rex-text-input');
  const menuFor = await page.evaluate(([px, py]) => new Promise((resolve) => {
    window.addEventListener('contextmenu', (e) => { e.preventDefault(); resolve(e.target.id || e.target.tagName); }, { once: true, capture: true });
    document.elementFromPoint(px, py).dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: px, clientY: py }));
  }), [x, y]);
  assert.equal(menuFor, 'rex-text-input');
  await page.mouse.up({ button: 'right' });
  // What the menu's Paste does: a paste event on the focused textarea.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Łódź via the menu');
    document.getElementById('rex-text-input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await app.settle();
  await commit(app, page);
  assert.equal(await savedName(page), 'Łódź via the menu');
  assert.equal(await page.evaluate(() => document.getElementById('rex-text-input').classList.contains('menu')), false,
    'back at the caret after the paste');
  await context.close();
});

test('marks with no width of their own (Thai vowels, a decomposed accent, a joiner) are drawn while typed, never as boxes', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app, cdp } = await openNameField(context);
  const name = 'สวัสดี Rene\u0301e a\u200Db';
  await cdp.send('Input.insertText', { text: name });
  await app.settle();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rex-text-input', 'still typing in the field');
  assert.equal((await app.state()).fonts.missing_glyphs, 0, 'every character drawn from a real glyph');
  await commit(app, page);
  assert.equal(await savedName(page), name);
  await context.close();
});
