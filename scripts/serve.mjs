#!/usr/bin/env node
// A minimal static file server for dist/ on the loopback interface. Used by
// scripts/run, the browser tests and scripts/bench. Any static host works just as well.
// Precompressed files (FILE.br, FILE.gz next to FILE, written by cmake/precompress.mjs)
// are sent when the request's Accept-Encoding allows them: br first, then gzip, else
// the file itself (docs/adr/0015-precompressed-dist.md).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

// The codings an Accept-Encoding header allows (RFC 9110 12.5.3): listed with q > 0,
// or covered by "*" with q > 0 and not listed with q=0. No header: identity only.
export function acceptsEncoding(header, coding) {
  if (!header) return false;
  let star = null;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (name.trim() === coding) return q > 0;
    if (name.trim() === '*') star = q > 0;
  }
  return star === true;
}

const ENCODINGS = [['br', '.br'], ['gzip', '.gz']];  // in order of preference

function statFile(file) {
  try { const st = fs.statSync(file); return st.isFile() ? st : null; } catch { return null; }
}

export function startServer({ root, port = 8080, host = '127.0.0.1' }) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.normalize(path.join(base, urlPath));
    if (!file.startsWith(base)) { res.writeHead(403).end('forbidden'); return; }
    if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
    const st = statFile(file);
    if (!st) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    const headers = {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    let body = file, size = st.size;
    const variants = ENCODINGS.map(([coding, ext]) => [coding, file + ext, statFile(file + ext)]).filter(([, , s]) => s);
    if (variants.length) {
      headers.Vary = 'Accept-Encoding';
      const chosen = variants.find(([coding]) => acceptsEncoding(req.headers['accept-encoding'], coding));
      if (chosen) { headers['Content-Encoding'] = chosen[0]; body = chosen[1]; size = chosen[2].size; }
    }
    headers['Content-Length'] = size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') { res.end(); return; }
    fs.createReadStream(body).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.env.PORT || process.argv[3] || 8080);
  startServer({ root, port }).then((server) => {
    console.log(`Role Explorer is served at http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
  }).catch((err) => {
    console.error(err.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT=<another port>.` : err.message);
    process.exit(1);
  });
}
