// Writes FILE.gz (gzip -9) and FILE.br (brotli quality 11) next to each compressible
// file, so a static host (and scripts/serve.mjs) can send them as they are instead of
// compressing on every request. See docs/adr/0015-precompressed-dist.md.
// Deterministic: `gzip -9n` (no file name, no time in the header) and Node's brotli,
// so two builds give the same bytes. A pair that already decompresses to the file's
// current content is left alone; a stale one is rewritten (never judged by mtime).
// Usage: node precompress.mjs PATH...   (a folder is walked recursively)
// Also a module: precompress(paths) returns the files it looked at.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.txt']);

export function gzip9(bytes) {
  const r = spawnSync('gzip', ['-9nc'], { input: bytes, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`gzip -9n failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

export function brotli11(bytes) {
  return zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_GENERIC,
    },
  });
}

function upToDate(file, decompress, content) {
  try { return decompress(fs.readFileSync(file)).equals(content); } catch { return false; }
}

function writeAtomically(file, bytes) {
  fs.writeFileSync(file + '.tmp', bytes);
  fs.renameSync(file + '.tmp', file);
}

function compressibleFiles(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) return fs.readdirSync(p).sort().flatMap((name) => compressibleFiles(path.join(p, name)));
  return st.isFile() && COMPRESSIBLE.has(path.extname(p).toLowerCase()) ? [p] : [];
}

export function precompress(paths) {
  const files = paths.flatMap(compressibleFiles);
  for (const file of files) {
    const content = fs.readFileSync(file);
    if (!upToDate(file + '.gz', zlib.gunzipSync, content)) writeAtomically(file + '.gz', gzip9(content));
    if (!upToDate(file + '.br', zlib.brotliDecompressSync, content)) writeAtomically(file + '.br', brotli11(content));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const paths = process.argv.slice(2);
  if (!paths.length) { console.error('usage: node precompress.mjs PATH...'); process.exit(2); }
  precompress(paths);
}
