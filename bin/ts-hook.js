"use strict";
// Loads the project's TypeScript sources without a build step and without type-checking
// (type-checking runs in `npm test`). Each .ts file is transpiled by sucrase and cached on
// disk under a key made of its own bytes: an edited file always gets a fresh transpile,
// an unchanged one is read back from the cache. Nothing here can serve a stale build.
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const Module = require("module");

const root = path.resolve(__dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "agent-router-azure");
const SUCRASE_VERSION = require("sucrase/package.json").version;
const OPTIONS = { transforms: ["typescript", "imports"], disableESTransforms: true };
let transform; // sucrase is loaded only on a cache miss

function compile(filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto
    .createHash("sha1")
    .update(SUCRASE_VERSION)
    .update("\0")
    .update(filename)
    .update("\0")
    .update(source)
    .digest("hex");
  const cached = path.join(cacheDir, key + ".js");
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    // not cached yet
  }
  transform = transform || require("sucrase").transform;
  const code = transform(source, { ...OPTIONS, filePath: filename }).code;
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = cached + "." + process.pid + ".tmp";
    fs.writeFileSync(tmp, code);
    fs.renameSync(tmp, cached);
  } catch {
    // a read-only tree still works, only slower
  }
  return code;
}

Module._extensions[".ts"] = function loadTypeScript(module, filename) {
  module._compile(compile(filename), filename);
};
