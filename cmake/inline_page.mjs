// Shared by cmake/page.mjs (dist/index.html) and cmake/single_file.mjs
// (dist/role-explorer.html): putting the page's style and scripts inline and
// allowing exactly those in the Content-Security-Policy by sha256 hash, never by
// 'unsafe-inline'.
import fs from 'node:fs';
import crypto from 'node:crypto';

export const read = (p) => fs.readFileSync(p, 'utf8');
export const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Inline text must not close its element early.
export function inlineSafe(text, what) {
  if (/<\/(script|style)/i.test(text) || text.includes('<!--')) throw new Error(`${what} contains </script, </style or <!--: cannot be inlined`);
  return text;
}

// Every replacement must match exactly once, so an edit to index.html that moves
// a tag fails the build instead of leaving a page that fetches a missing file.
export function replaceOnce(html, pattern, replacement, what) {
  const matches = html.match(new RegExp(pattern.source, 'g')) || [];
  if (matches.length !== 1) throw new Error(`web/index.html: expected one ${what}, found ${matches.length}`);
  return html.replace(pattern, typeof replacement === 'function' ? replacement : () => replacement);
}

// The CSP meta tag and the comment above it, replaced by `comment` and `policy`.
export function replaceCsp(html, comment, policy) {
  return replaceOnce(html, /<!--[^]*?-->\s*<meta http-equiv="Content-Security-Policy"\s+content="[^"]*">/,
    `<!-- ${comment} -->\n  <meta http-equiv="Content-Security-Policy"\n        content="${policy.join('; ')}">`,
    'CSP meta with its comment');
}

export const inlineStyle = (html, css) =>
  replaceOnce(html, /<link rel="stylesheet" href="shell.css">/, `<style>${css}</style>`, 'stylesheet link');

export function writeAtomically(outPath, text) {
  fs.writeFileSync(outPath + '.tmp', text);
  fs.renameSync(outPath + '.tmp', outPath);
}
