#!/usr/bin/env node
// Writes NOTICES.txt (for people) and notices.json (for the app's About panel)
// from assets/notices/components.json and what this machine's build actually
// uses: versions from dpkg and from Dear ImGui's own header, copyright lines and
// licence texts from the packages' Debian copyright files (machine-readable
// format) and from Dear ImGui's LICENSE.txt. Fails when a notice cannot be found:
// shipping without one is not an option.
// Usage: node cmake/notices.mjs COMPONENTS.json IMGUI_DIR APP_VERSION SOURCE_DATE OUT_DIR
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [componentsPath, imguiDir, appVersion, sourceDate, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: notices.mjs COMPONENTS.json IMGUI_DIR APP_VERSION SOURCE_DATE OUT_DIR');
  process.exit(2);
}
const fail = (message) => { console.error(`notices: ${message}`); process.exit(1); };

function packageVersion(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  } catch {
    return fail(`Debian package ${pkg} is not installed (run scripts/setup)`);
  }
}

// Paragraphs of a Debian copyright file: {field: value}, continuation lines joined
// with newlines and a lone "." standing for an empty line.
function paragraphs(path) {
  return readFileSync(path, 'utf8').split(/\n\s*\n/).map((block) => {
    const fields = {};
    let key = null;
    for (const line of block.split('\n')) {
      if (/^\s/.test(line) && key) {
        const text = line.trim();
        fields[key] += '\n' + (text === '.' ? '' : text);
      } else if (/^[A-Za-z-]+:/.test(line)) {
        key = line.slice(0, line.indexOf(':'));
        fields[key] = line.slice(key.length + 1).trim();
      }
    }
    return fields;
  });
}

function fromDebian(component) {
  const path = `/usr/share/doc/${component.package}/copyright`;
  if (!existsSync(path)) fail(`${path} is missing`);
  const all = paragraphs(path);
  const stanza = all.find((p) => p.Files && p.Files.split(/\s+/).includes(component.files));
  if (!stanza) fail(`${path} has no "Files: ${component.files}" stanza`);
  const license = stanza.License.split('\n')[0].trim();
  const copyright = stanza.Copyright.split('\n').map((l) => l.trim()).filter((l) => l && l !== 'Copyright:');
  // "Expat or NCSA~Mozilla": each licence named gets its text.
  const texts = license.split(/\s+(?:or|and)\s+/).map((name) => {
    const own = stanza.License.split('\n').slice(1).join('\n').trim();
    const standalone = all.find((p) => !p.Files && p.License && p.License.split('\n')[0].trim() === name);
    let text = standalone ? standalone.License.split('\n').slice(1).join('\n').trim() : own;
    const common = `/usr/share/common-licenses/${name.split(' ')[0]}`;
    if (name.startsWith('Apache-2.0') && existsSync(common)) {
      text = readFileSync(common, 'utf8').trim() + (text ? `\n\n${text}` : '');
    }
    if (!text) fail(`no text for licence "${name}" in ${path}`);
    return { name, text };
  });
  return { version: packageVersion(component.package), license, copyright, texts };
}

function fromImgui(component) {
  const header = readFileSync(join(imguiDir, 'imgui.h'), 'utf8');
  const version = (header.match(/#define IMGUI_VERSION\s+"([^"]+)"/) || [])[1] || fail('no IMGUI_VERSION in imgui.h');
  const licenseText = readFileSync(join(imguiDir, 'LICENSE.txt'), 'utf8').trim();
  const copyright = licenseText.split('\n').filter((l) => /^Copyright/.test(l)).map((l) => l.replace(/^Copyright\s*(\(c\))?\s*/i, ''));
  return { version: `${version} (Debian source package ${component.debian_source})`, license: 'Expat',
           copyright, texts: [{ name: 'Expat', text: licenseText }] };
}

const components = JSON.parse(readFileSync(componentsPath, 'utf8')).components.map((c) => ({
  name: c.name, purpose: c.purpose, includes: c.includes || '', ...(c.imgui ? fromImgui(c) : fromDebian(c)),
}));

// Debian's short names, as people know them (Expat is the MIT licence).
const display = (license) => license.replace(/\bExpat\b/g, 'MIT').replace(/~\w+/g, '')
  .replace('public-domain', 'Public domain').replace('bitstream-vera', 'Bitstream Vera');
const lines = [
  `Role Explorer ${appVersion}: third-party notices`,
  '',
  'Role Explorer itself is released under the MIT licence (see LICENSE).',
  'The files shipped with it include the following components, each under its own licence.',
  '',
];
components.forEach((c, i) => {
  lines.push(`${i + 1}. ${c.name} ${c.version}`, `   Used for: ${c.purpose}.`, `   Licence: ${display(c.license)}`);
  for (const line of c.copyright) lines.push(`   Copyright ${line.replace(/^Copyright\s*/i, '')}`);
  if (c.includes) lines.push(`   Includes ${c.includes}.`);
  lines.push('');
});
lines.push('Licence texts', '=============', '');
const seen = new Set();
for (const c of components) {
  for (const t of c.texts) {
    const key = `${t.name}\n${t.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`--- ${display(t.name)} (${c.name}) ---`, '', t.text, '');
  }
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'NOTICES.txt'), lines.join('\n'));
const json = {
  app: { name: 'Role Explorer', version: appVersion, licence: 'MIT', source_date: sourceDate },
  components: components.map((c) => ({ name: c.name, version: c.version, licence: display(c.license), purpose: c.purpose,
                                        copyright: c.copyright })),
};
writeFileSync(join(outDir, 'notices.json'), JSON.stringify(json, null, 1) + '\n');
