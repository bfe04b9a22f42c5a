// Assembles dist/role-explorer.html: the served page with everything inside, so it
// works opened from disk (file://) or attached to a wiki page. Same wasm and glue
// as the served build (no second link): the wasm sits base64-encoded in a data
// block (<script type="application/octet-stream">, never executed), web/loader.js
// decodes it instead of fetching. The stylesheet, loader and glue are inline; the
// CSP allows exactly those by sha256 hash instead of 'unsafe-inline'.
// Usage: node single_file.mjs <web dir> <dir with role-explorer.js/.wasm> <favicon.svg> <out.html>
import fs from 'node:fs';
import { inlineSafe, inlineStyle, read, replaceCsp, replaceOnce, sha256, writeAtomically } from './inline_page.mjs';

const [webDir, appDir, faviconPath, outPath] = process.argv.slice(2);

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
];

let html = read(`${webDir}/index.html`);
html = replaceCsp(html, 'Single-file build (cmake/single_file.mjs): only the inline loader, glue and style\n' +
  '       below may run (sha256 hashes); nothing is fetched, not even from this folder.', csp);
html = replaceOnce(html, /<link rel="icon" href="favicon.svg"([^>]*)>/, (_, rest) => `<link rel="icon" href="${favicon}"${rest}>`, 'favicon link');
// Everything is inline here: nothing to preload.
html = replaceOnce(html, /\s*<!-- Fetched from the first parse on;[^]*?<link rel="preload" href="role-explorer.js" as="script">/, '', 'preload links');
html = inlineStyle(html, css);
html = replaceOnce(html, /<script src="loader.js"><\/script>/,
  `<script type="application/octet-stream" id="rex-wasm">${wasm}</script>\n` +
  `  <script>${loader}</script>\n  <script>${glue}</script>`, 'loader script');

writeAtomically(outPath, html);
