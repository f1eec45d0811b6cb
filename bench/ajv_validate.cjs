// The ajv peer of `gsscb validate` (bench/run.py installs ajv 8, ajv-formats and js-yaml
// into a temporary folder and runs this with NODE_PATH pointing at it).
//
//   node bench/ajv_validate.cjs SCHEMA_DIR DATA_DIR
//
// Every schema gets an $id under one base, so the relative "defs.schema.json#/..." refs
// resolve; draft-07 (ajv's default), formats asserted (ajv-formats: "date", as gsscb's
// jsonschema FORMAT_CHECKER does). YAML is read with js-yaml's CORE_SCHEMA, so dates stay
// strings as in gsscb. Exit 0 when every file is valid, 1 otherwise; prints a count.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");
const yaml = require("js-yaml");

const [schemaDir, dataDir] = process.argv.slice(2);
const BASE = "https://gsscb.invalid/schemas/";
const SINGLE = {
  "board.yaml": "board", "people.yaml": "people", "requirements.yaml": "requirements",
  "funding.yaml": "funding", "returns.yaml": "returns", "initiatives.yaml": "initiatives",
  "groups.yaml": "groups", "issues.yaml": "issues",
};
const FOLDERS = { partnerships: "partnership", meetings: "meeting", priorities: "priority" };

const ajv = new Ajv({ strict: false, allErrors: false });
addFormats(ajv);
for (const name of fs.readdirSync(schemaDir).filter((n) => n.endsWith(".schema.json")).sort()) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8"));
  delete schema.$schema; // draft-07 is ajv's default; the meta-schema URI is not needed
  ajv.addSchema({ ...schema, $id: BASE + name });
}
const validators = {};
const validatorFor = (type) =>
  (validators[type] ??= ajv.getSchema(BASE + type + ".schema.json"));

const files = [];
for (const [name, type] of Object.entries(SINGLE)) {
  const file = path.join(dataDir, name);
  if (fs.existsSync(file)) files.push([file, type]);
}
for (const [folder, type] of Object.entries(FOLDERS)) {
  const dir = path.join(dataDir, folder);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    files.push([path.join(dir, name), type]);
  }
}
let invalid = 0;
for (const [file, type] of files) {
  let ok;
  try {
    const doc = yaml.load(fs.readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA });
    ok = validatorFor(type)(doc);
  } catch (err) {
    ok = false;
  }
  if (!ok) invalid += 1;
}
console.log(`${files.length} files, ${invalid} invalid`);
process.exit(invalid ? 1 : 0);
