#!/usr/bin/env node
// Checks that the SVG goldens (tests/fixtures/golden/*.svg, written by
// src/core/chart/radar_svg.cpp and pinned by tests/unit/radar_svg_test.cpp) are
// well-formed XML and standalone SVG documents. No XML library is installed, so
// this is a small strict well-formedness checker for the XML subset a generator
// may produce (declaration, comments, processing instructions, CDATA, elements,
// attributes, character and the five predefined entity references; no DOCTYPE).
// It proves itself on known-bad and known-good snippets first. Run from the repo root.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const goldenDir = "tests/fixtures/golden";
const requiredGoldens = ["radar-5.svg", "radar-9.svg", "radar-21.svg", "radar-40.svg", "radar-escape.svg"];

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]+/y;
// Characters XML 1.0 allows (checked on the decoded string).
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const REFERENCE = /&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;

class XmlError extends Error {}

// Returns { root, attributes } of the document element, or throws XmlError.
function parseXml(text) {
  let pos = 0;
  const fail = (why) => {
    const line = text.slice(0, pos).split("\n").length;
    throw new XmlError(`line ${line}: ${why}`);
  };
  const match = (regex) => {
    regex.lastIndex = pos;
    const m = regex.exec(text);
    if (!m) return null;
    pos += m[0].length;
    return m[0];
  };
  const startsWith = (s) => text.startsWith(s, pos);
  const expect = (s) => {
    if (!startsWith(s)) fail(`expected ${JSON.stringify(s)}`);
    pos += s.length;
  };
  const skipSpace = () => match(SPACE);
  // Character data up to `end` (exclusive): every & must start a reference.
  const checkCharData = (data, where) => {
    if (FORBIDDEN_CHAR.test(data)) fail(`a character XML forbids in ${where}`);
    for (let i = data.indexOf("&"); i !== -1; i = data.indexOf("&", i + 1)) {
      REFERENCE.lastIndex = i;
      if (!REFERENCE.exec(data)) fail(`a bare or unknown "&" reference in ${where}`);
    }
  };
  const comment = () => {
    expect("<!--");
    const end = text.indexOf("-->", pos);
    if (end === -1) fail("unterminated comment");
    const body = text.slice(pos, end);
    if (body.includes("--") || body.endsWith("-")) fail('"--" inside a comment');
    pos = end + 3;
  };
  const processingInstruction = () => {
    expect("<?");
    const target = match(NAME);
    if (!target || target.toLowerCase() === "xml") fail("bad processing instruction target");
    const end = text.indexOf("?>", pos);
    if (end === -1) fail("unterminated processing instruction");
    pos = end + 2;
  };
  const misc = () => {
    for (;;) {
      if (skipSpace()) continue;
      if (startsWith("<!--")) comment();
      else if (startsWith("<?")) processingInstruction();
      else return;
    }
  };
  const attributeValue = () => {
    const quote = text[pos];
    if (quote !== '"' && quote !== "'") fail("attribute value without quotes");
    const end = text.indexOf(quote, pos + 1);
    if (end === -1) fail("unterminated attribute value");
    const value = text.slice(pos + 1, end);
    if (value.includes("<")) fail('"<" inside an attribute value');
    checkCharData(value, "an attribute value");
    pos = end + 1;
    return value;
  };
  // Parses one element and its content; returns its name and attributes.
  const element = () => {
    expect("<");
    const name = match(NAME);
    if (!name) fail("bad element name");
    const attributes = new Map();
    for (;;) {
      const spaced = skipSpace();
      if (startsWith("/>")) {
        pos += 2;
        return { name, attributes };
      }
      if (startsWith(">")) {
        pos += 1;
        break;
      }
      if (!spaced) fail(`expected white space, ">" or "/>" in <${name}>`);
      const attribute = match(NAME);
      if (!attribute) fail(`bad attribute name in <${name}>`);
      if (attributes.has(attribute)) fail(`duplicate attribute ${attribute} in <${name}>`);
      skipSpace();
      expect("=");
      skipSpace();
      attributes.set(attribute, attributeValue());
    }
    for (;;) {
      const next = text.indexOf("<", pos);
      if (next === -1) fail(`<${name}> is never closed`);
      const data = text.slice(pos, next);
      if (data.includes("]]>")) fail('"]]>" in text');
      checkCharData(data, "text");
      pos = next;
      if (startsWith("</")) {
        pos += 2;
        const closing = match(NAME);
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        expect(">");
        return { name, attributes };
      }
      if (startsWith("<!--")) comment();
      else if (startsWith("<![CDATA[")) {
        const end = text.indexOf("]]>", pos);
        if (end === -1) fail("unterminated CDATA section");
        pos = end + 3;
      } else if (startsWith("<?")) processingInstruction();
      else if (startsWith("<!")) fail("declarations (DOCTYPE) are not expected");
      else element();
    }
  };

  if (startsWith("<?xml")) {
    const end = text.indexOf("?>");
    if (end === -1) fail("unterminated XML declaration");
    const declaration = text.slice(0, end + 2);
    if (!/^<\?xml version="1\.[0-9]"( encoding="UTF-8")?( standalone="(yes|no)")? ?\?>$/.test(declaration)) {
      fail("malformed XML declaration");
    }
    pos = end + 2;
  }
  misc();
  if (startsWith("<!")) fail("declarations (DOCTYPE) are not expected");
  if (!startsWith("<")) fail("no root element");
  const root = element();
  misc();
  if (pos !== text.length) fail("content after the root element");
  return root;
}

function checkSvg(text) {
  const root = parseXml(text);
  if (root.name !== "svg") throw new XmlError(`root is <${root.name}>, not <svg>`);
  if (root.attributes.get("xmlns") !== "http://www.w3.org/2000/svg") throw new XmlError("missing SVG namespace");
  for (const a of ["width", "height", "viewBox"]) {
    if (!root.attributes.has(a)) throw new XmlError(`<svg> has no ${a}`);
  }
}

let passed = 0;
let failed = 0;
function report(ok, what, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail ? ": " + detail : ""}`);
}

// The checker must reject each of these and accept the good ones.
const svgOpen = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1">';
const bad = {
  "unclosed element": `${svgOpen}<g>`,
  "mismatched end tag": `${svgOpen}<g></text></svg>`,
  "bare ampersand": `${svgOpen}<text>Tom & Jerry</text></svg>`,
  "unknown entity": `${svgOpen}<text>&nbsp;</text></svg>`,
  "raw < in attribute": `${svgOpen}<text x="<1">a</text></svg>`,
  "raw < in text": `${svgOpen}<text>a < b</text></svg>`,
  "unquoted attribute": `${svgOpen}<text x=1>a</text></svg>`,
  "duplicate attribute": `${svgOpen}<text x="1" x="2">a</text></svg>`,
  "two roots": `${svgOpen}</svg><svg/>`,
  "text after root": `${svgOpen}</svg>tail`,
  "control character": `${svgOpen}<text>a\u0001b</text></svg>`,
  "script tag left open": `${svgOpen}<text><script>alert(1)</text></svg>`,
  "double hyphen in comment": `${svgOpen}<!-- a -- b --></svg>`,
  "no svg namespace": '<svg width="1" height="1" viewBox="0 0 1 1"></svg>',
  "no viewBox": '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>',
  "not svg": '<html xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"></html>',
};
const good = {
  "escaped text": `${svgOpen}<text>&lt;script&gt; &amp; &quot;&apos; &#8230; &#x2026;</text></svg>`,
  "declaration, comment and self-closing": `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->${svgOpen}<g/><rect x='1' /></svg>\n`,
  "nested title": `${svgOpen}<g><title>t</title><text>a<tspan x="1">b</tspan></text></g></svg>`,
};
for (const [what, text] of Object.entries(bad)) {
  try {
    checkSvg(text);
    report(false, `self-test rejects ${what}`, "was accepted");
  } catch (e) {
    report(e instanceof XmlError, `self-test rejects ${what}`, e.message);
  }
}
for (const [what, text] of Object.entries(good)) {
  try {
    checkSvg(text);
    report(true, `self-test accepts ${what}`);
  } catch (e) {
    report(false, `self-test accepts ${what}`, e.message);
  }
}

const files = readdirSync(goldenDir).filter((name) => name.endsWith(".svg")).sort();
for (const name of requiredGoldens) {
  if (!files.includes(name)) report(false, join(goldenDir, name), "missing");
}
for (const name of files) {
  const path = join(goldenDir, name);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
    checkSvg(text);
    report(true, path, "well-formed SVG");
  } catch (e) {
    report(false, path, e.message);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
