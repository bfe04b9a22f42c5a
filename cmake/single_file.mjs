// Assembles dist/role-explorer.html: the served page with everything inside, so it
// works opened from disk (file://) or attached to a wiki page. Same wasm and glue
// as the served build (no second link): the wasm sits base64-encoded in a data
// block (<script type="application/octet-stream">, never executed), web/loader.js
// decodes it instead of fetching. The stylesheet, loader and glue are inline; the
// CSP allows exactly those by sha256 hash instead of 'unsafe-inline'.
// Usage: node single_file.mjs <web dir> <dir with role-explorer.js/.wasm> <favicon.svg> <out.html>
import fs from 'node:fs';
import crypto from 'node:crypto';

const [webDir, appDir, faviconPath, outPath] = process.argv.slice(2);
const read = (p) => fs.readFileSync(p, 'utf8');
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Inline text must not close its element early.
function inlineSafe(text, what) {
  if (/<\/(script|style)/i.test(text) || text.includes('<!--')) throw new Error(`${what} contains </script, </style or <!--: cannot be inlined`);
  return text;
}

// Every replacement must match exactly once, so an edit to index.html that moves
// a tag fails the build instead of leaving a page that fetches a missing file.
function replaceOnce(html, pattern, replacement, what) {
  const matches = html.match(new RegExp(pattern.source, 'g')) || [];
  if (matches.length !== 1) throw new Error(`web/index.html: expected one ${what}, found ${matches.length}`);
  return html.replace(pattern, typeof replacement === 'function' ? replacement : () => replacement);
}

const css = inlineSafe(read(`${webDir}/shell.css`), 'shell.css');
const loader = inlineSafe(read(`${webDir}/loader.js`), 'loader.js');
const glue = inlineSafe(read(`${appDir}/role-explorer.js`), 'role-explorer.js');
const wasm = fs.readFileSync(`${appDir}/role-explorer.wasm`).toString('base64');
const favicon = 'data:image/svg+xml;base64,' + fs.readFileSync(faviconPath).toString('base64');

const csp = [
  "default-src 'none'",
  `script-src ${sha256(loader)} ${sha256(glue)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(css)}`,
  'img-src data: blob:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

let html = read(`${webDir}/index.html`);
html = replaceOnce(html, /<!--[^]*?-->\s*<meta http-equiv="Content-Security-Policy"\s+content="[^"]*">/,
  '<!-- Single-file build (cmake/single_file.mjs): only the inline loader, glue and style\n' +
  '       below may run (sha256 hashes); nothing is fetched, not even from this folder. -->\n' +
  `  <meta http-equiv="Content-Security-Policy"\n        content="${csp}">`, 'CSP meta with its comment');
html = replaceOnce(html, /<link rel="icon" href="favicon.svg"([^>]*)>/, (_, rest) => `<link rel="icon" href="${favicon}"${rest}>`, 'favicon link');
// Everything is inline here: nothing to preload.
html = replaceOnce(html, /\s*<!-- Fetched from the first parse on;[^]*?<link rel="preload" href="role-explorer.js" as="script">/, '', 'preload links');
html = replaceOnce(html, /<link rel="stylesheet" href="shell.css">/, `<style>${css}</style>`, 'stylesheet link');
html = replaceOnce(html, /<script src="loader.js"><\/script>/,
  `<script type="application/octet-stream" id="rex-wasm">${wasm}</script>\n` +
  `  <script>${loader}</script>\n  <script>${glue}</script>`, 'loader script');

fs.writeFileSync(outPath + '.tmp', html);
fs.renameSync(outPath + '.tmp', outPath);
