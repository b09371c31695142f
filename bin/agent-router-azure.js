#!/usr/bin/env node
"use strict";
// Entry point for `npm run synth|check|schema` and for the cdktf/cdk8s CLIs.
require("./ts-hook");
const { main } = require("../main.ts");
process.exitCode = main(process.argv.slice(2), { cwd: process.cwd(), env: process.env });
