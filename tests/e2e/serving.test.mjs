// dist/ as a static host serves it: each compressible file has an up-to-date FILE.br
// and FILE.gz next to it (cmake/precompress.mjs), scripts/serve.mjs sends the one the
// request allows, and the app still starts from compressed responses
// (docs/adr/0015-precompressed-dist.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { launchBrowser, serveDist, repoRoot } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

const DIST = path.join(repoRoot, 'dist');
const COMPRESSIBLE = ['index.html', 'favicon.svg', 'role-explorer.js', 'role-explorer.wasm', 'NOTICES.txt', 'role-explorer.html'];

let browser, served;
before(async () => { browser = await launchBrowser(); served = await serveDist(DIST); });
after(async () => { await browser?.close(); served?.server.close(); });

// A raw request: Node's http sends no Accept-Encoding unless asked to.
function get(urlPath, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(served.origin + urlPath, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('dist/ has FILE.br and FILE.gz next to each compressible file, each decompressing to the file', () => {
  for (const name of COMPRESSIBLE) {
    const file = path.join(DIST, name);
    const content = fs.readFileSync(file);
    for (const [ext, decompress] of [['.br', zlib.brotliDecompressSync], ['.gz', zlib.gunzipSync]]) {
      assert.ok(fs.existsSync(file + ext), `dist/${name}${ext} exists (rebuild dist/ if not)`);
      assert.ok(decompress(fs.readFileSync(file + ext)).equals(content), `dist/${name}${ext} is up to date`);
    }
    const gz = fs.readFileSync(file + '.gz');
    assert.equal(gz.readUInt32LE(4), 0, `dist/${name}.gz has no time in its header`);
    assert.equal(gz[3] & 0x08, 0, `dist/${name}.gz has no file name in its header`);
  }
});

test('the served page allows its inline loader and style by hash only', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)[1];
  assert.ok(!csp.includes('unsafe-inline'), csp);
  const hash = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const scripts = [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(scripts.length, 1, 'one inline script: the loader');
  assert.equal(styles.length, 1, 'one inline style');
  assert.match(csp, new RegExp(`script-src 'self' ${hash(scripts[0]).replace(/[+/]/g, '\\$&')} 'wasm-unsafe-eval'`));
  assert.ok(csp.includes(`style-src ${hash(styles[0])}`), csp);
  assert.ok(!fs.existsSync(path.join(DIST, 'loader.js')), 'no stale loader.js next to the page');
});

test('the app starts from brotli-compressed wasm and script, and reaches its first frame', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const responses = {};
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', async (r) => { responses[new URL(r.url()).pathname] = await r.allHeaders(); });
  const app = new AppPage(page);
  await app.open(served.origin + '/');
  for (const file of ['/role-explorer.wasm', '/role-explorer.js', '/']) {
    assert.equal(responses[file]?.['content-encoding'], 'br', `${file} served as br`);
    assert.equal(responses[file]?.vary, 'Accept-Encoding', `${file} varies by Accept-Encoding`);
  }
  assert.equal(responses['/role-explorer.wasm']['content-type'], 'application/wasm');
  // The loader and style are inline (cmake/page.mjs): the first load asks for nothing
  // else, and after the first frame only for the site's list of roles (docs/adr/0021),
  // which is sent as it is (an admin edits it in place).
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/roles/index.json')));
  await page.waitForTimeout(100);
  assert.deepEqual(Object.keys(responses).sort(),
    ['/', '/favicon.svg', '/role-explorer.js', '/role-explorer.wasm', '/roles/index.json']);
  const rolesListAt = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/roles/index.json')).startTime);
  const firstFrameAt = await page.evaluate(() => window.roleExplorerShell.firstFrameAt);
  assert.ok(rolesListAt >= firstFrameAt, `roles/index.json is asked for after the first frame (${rolesListAt} >= ${firstFrameAt})`);
  assert.equal(responses['/roles/index.json']['content-encoding'], undefined);
  assert.equal((await app.state()).role, 'staff-backend-engineer');
  const marks = await page.evaluate(() => window.roleExplorerShell.marks);
  for (const m of ['wasm-fetch-start', 'wasm-downloaded', 'wasm-compiled', 'wasm-instantiated', 'first-frame']) assert.equal(typeof marks[m], 'number', `mark ${m}`);
  const bar = await page.evaluate(() => document.getElementById('bar-fill').style.width);
  assert.equal(bar, '100%');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without Accept-Encoding the file itself is sent, byte for byte', async () => {
  for (const name of ['role-explorer.wasm', 'role-explorer.js', 'index.html']) {
    const r = await get('/' + name);
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], undefined, `${name}: no Content-Encoding`);
    assert.equal(r.headers.vary, 'Accept-Encoding');
    assert.ok(r.body.equals(fs.readFileSync(path.join(DIST, name))), `${name}: identical bytes`);
    assert.equal(Number(r.headers['content-length']), r.body.length);
  }
});

test('gzip when only gzip is allowed, br preferred, q=0 refuses; HEAD sends headers only', async () => {
  const wasm = fs.readFileSync(path.join(DIST, 'role-explorer.wasm'));
  const gz = await get('/role-explorer.wasm', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gz.headers['content-type'], 'application/wasm');
  assert.ok(zlib.gunzipSync(gz.body).equals(wasm));
  const br = await get('/role-explorer.wasm', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.ok(zlib.brotliDecompressSync(br.body).equals(wasm));
  const refused = await get('/role-explorer.wasm', { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' } });
  assert.equal(refused.headers['content-encoding'], undefined);
  assert.ok(refused.body.equals(wasm));
  const head = await get('/role-explorer.wasm', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-encoding'], 'br');
  assert.equal(Number(head.headers['content-length']), br.body.length);
  assert.equal(head.body.length, 0);
});
