#!/usr/bin/env node
"use strict";
// Regenerates what the docs derive from code: docs/configuration.md (from the schema),
// schema/environment.schema.json, and the rule table in README.md. Tests fail when any of
// them is out of date.
require("../bin/ts-hook");
const fs = require("fs");
const path = require("path");
const { configurationReference } = require("../config/reference.ts");
const { environmentJsonSchema } = require("../config/json-schema.ts");
const { rulesTable } = require("../checks/index.ts");

const root = path.resolve(__dirname, "..");
const write = (file, text) => {
  fs.writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
};

write("docs/configuration.md", configurationReference());
write("schema/environment.schema.json", JSON.stringify(environmentJsonSchema(), null, 2) + "\n");

const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const start = "<!-- rules:start -->";
const end = "<!-- rules:end -->";
if (!readme.includes(start) || !readme.includes(end)) throw new Error(`README.md has no ${start} ... ${end} markers`);
write("README.md", readme.slice(0, readme.indexOf(start) + start.length) + "\n" + rulesTable() + "\n" + readme.slice(readme.indexOf(end)));
