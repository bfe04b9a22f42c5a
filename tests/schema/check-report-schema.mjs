#!/usr/bin/env node
// Checks that content/schema/report.schema.json agrees with the C++ report reader
// (src/core/report/) on our fixtures: golden reports (which are byte-exact exports,
// see tests/unit/report_format_test.cpp), the expected results of the schema 1
// migrations, the reports the reader repairs (and their repaired exports), and
// any exported report named on the command line must pass;
// broken fixtures that tests/fixtures/reports/broken/expected.json marks
// "schema_rejects" must fail, the others must pass (a rule only the reader can
// check). A file that is not UTF-8 or not JSON counts as rejected.
// Run from the repo root: node tests/schema/check-report-schema.mjs [EXPORTED.json...]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

const schemaPath = "content/schema/report.schema.json";
const goldenDir = "tests/fixtures/reports/golden";
const migratedDir = "tests/fixtures/reports/v1";
const brokenDir = "tests/fixtures/reports/broken";
const repairDir = "tests/fixtures/reports/repair";

let passed = 0;
let failed = 0;
function report(ok, file, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${file}: ${detail}`);
}

function jsonFiles(dir, filter = () => true) {
  return readdirSync(dir).filter((name) => name.endsWith(".json") && filter(name)).sort();
}

// Returns null if the schema accepts the file, else a short reason.
function rejection(validate, path) {
  let text;
  try {
    // fatal: invalid UTF-8 (and UTF-16) must fail here as it does in the reader.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(readFileSync(path));
  } catch (error) {
    return `not UTF-8 (${error.message})`;
  }
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return `not JSON (${error.message})`;
  }
  if (validate(document)) return null;
  const first = validate.errors[0];
  return `schema: ${first.instancePath || "/"} ${first.message}`;
}

function mustAccept(validate, path) {
  const why = rejection(validate, path);
  report(why === null, path, why === null ? "accepted" : `should be accepted, but ${why}`);
}

function main() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

  for (const name of jsonFiles(goldenDir)) mustAccept(validate, join(goldenDir, name));
  for (const name of jsonFiles(migratedDir, (n) => n.endsWith(".expected.json"))) {
    mustAccept(validate, join(migratedDir, name));
  }
  for (const name of jsonFiles(repairDir)) mustAccept(validate, join(repairDir, name));
  for (const path of process.argv.slice(2)) mustAccept(validate, path);

  const expected = JSON.parse(readFileSync(join(brokenDir, "expected.json"), "utf8")).files;
  const brokenFiles = jsonFiles(brokenDir, (n) => n !== "expected.json");
  for (const name of brokenFiles) {
    const path = join(brokenDir, name);
    if (!(name in expected)) {
      report(false, path, "has no entry in expected.json");
      continue;
    }
    const why = rejection(validate, path);
    if (expected[name].schema_rejects) {
      report(why !== null, path, why !== null ? `rejected as expected (${why})` : "should be rejected, but the schema accepts it");
    } else {
      report(why === null, path, why === null ? "accepted (reader-only rule)" : `marked reader-only, but ${why}`);
    }
  }
  for (const name of Object.keys(expected)) {
    if (!brokenFiles.includes(name)) report(false, join(brokenDir, name), "listed in expected.json but missing");
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

try {
  main();
} catch (error) {
  console.log(`error: ${error.message}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}
