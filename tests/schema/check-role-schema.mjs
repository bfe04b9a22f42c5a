#!/usr/bin/env node
// Checks that content/schema/role.schema.json agrees with the C++ loader on our
// fixtures: valid roles and content/roles/*.json must pass; broken fixtures that
// tests/fixtures/roles/broken/expected.json marks "schema_rejects" must fail
// (a file that is not UTF-8 or not JSON counts as rejected). Run from the repo root.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

const schemaPath = "content/schema/role.schema.json";
const validDirs = ["tests/fixtures/roles/valid", "content/roles"];
const brokenDir = "tests/fixtures/roles/broken";

let passed = 0;
let failed = 0;
function report(ok, file, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${file}: ${detail}`);
}

function jsonFiles(dir) {
  return readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
}

// Returns null if the schema accepts the file, else a short reason.
function rejection(validate, path) {
  let text;
  try {
    // fatal: invalid UTF-8 must fail here as it does in the loader.
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
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

function main() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

  for (const dir of validDirs) {
    for (const name of jsonFiles(dir)) {
      const path = join(dir, name);
      const why = rejection(validate, path);
      report(why === null, path, why === null ? "accepted" : `should be accepted, but ${why}`);
    }
  }

  const expected = JSON.parse(readFileSync(join(brokenDir, "expected.json"), "utf8")).files;
  const brokenFiles = jsonFiles(brokenDir).filter((name) => name !== "expected.json");
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
      // A loader-only rule: the schema must accept the file, or the "loader-only"
      // label in expected.json is wrong.
      report(why === null, path, why === null ? "accepted (loader-only rule)" : `marked loader-only, but ${why}`);
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
