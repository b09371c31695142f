#!/usr/bin/env node
"use strict";
// Entry point for `npm run synth|check|plan|schema` and for the cdktf/cdk8s CLIs.
require("./ts-hook");
const { main } = require("../main.ts");
// A reader that stops early (`rules | head`) closes the pipe; the write fails after main() has
// returned, its work done. Stop quietly with main's exit code instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode);
  });
}
process.exitCode = main(process.argv.slice(2), { cwd: process.cwd(), env: process.env });
