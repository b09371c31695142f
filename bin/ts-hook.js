"use strict";
// Loads the project's TypeScript sources without a build step and without type-checking
// (type-checking runs in `npm test`). Each .ts file is transpiled by sucrase and cached on
// disk under a key made of its own bytes: an edited file always gets a fresh transpile,
// an unchanged one is read back from the cache. Nothing here can serve a stale build.
//
// Next to the transpiled code, the cache keeps V8's code cache of it (<key>.jsc: the code and
// V8's compiled functions, written when the process exits, so it holds the functions the run
// compiled, not only the module's top level): a module loaded from it is not parsed and its
// functions are not compiled again. V8 checks the data against the code and its own version and
// flags, and rejects what does not match; a rejected or missing one is made again at exit.
//
// A run that transpiles a new version of a file also prunes the cache: each file keeps the two
// versions transpiled last, and a file that is gone loses its entries (pruneCache).
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const vm = require("vm");
const Module = require("module");

const root = path.resolve(__dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "agent-router-azure");
const SUCRASE_VERSION = require("sucrase/package.json").version;
const OPTIONS = { transforms: ["typescript", "imports"], disableESTransforms: true };
/** Part of every key: a change to the transform's options is a change to the transpiled code. */
const TRANSFORM = JSON.stringify(OPTIONS);
let transform; // sucrase is loaded only on a cache miss
/** Modules compiled without usable V8 data in this process: their .jsc is written at exit. */
const toCache = [];
/** Source file -> its key, for every module this process loaded; the index learns them at exit. */
const used = new Map();
/** Whether this process transpiled a version the cache did not hold: then the cache is pruned at exit. */
let transpiled = false;
/** Source file -> its versions' keys in the cache, newest first (written only by a run that transpiled). */
const INDEX = path.join(cacheDir, "index.json");
/** Versions kept per source file: the two transpiled last (a branch switched back and forth stays cached). */
const KEEP = 2;
/** When this process started: the first prune leaves alone what other processes wrote since (they may be reading it). */
const STARTED = Date.now();

/** Writes `data` to `file` through a temporary file and a rename (a reader sees all or nothing). */
function writeAtomic(file, data) {
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = file + "." + process.pid + ".tmp";
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch {
    // a read-only tree still works, only slower
  }
}

/** Where a source file's cache entries are (without the extension): keyed by sucrase's version and options, the file's path and its bytes. */
function cacheBase(filename, source = fs.readFileSync(filename)) {
  const key = crypto.createHash("sha1").update(SUCRASE_VERSION).update("\0").update(TRANSFORM).update("\0").update(filename).update("\0").update(source).digest("hex");
  return path.join(cacheDir, key);
}

/** The transpiled code of a .ts file, and V8's data for it when the cache has it. */
function compile(filename) {
  const source = fs.readFileSync(filename); // hashed as bytes: decoded only to transpile
  const base = cacheBase(filename, source);
  used.set(filename, path.basename(base));
  // <key>.jsc: the code's length in bytes (4 bytes, little-endian), the code, V8's data.
  try {
    const entry = fs.readFileSync(base + ".jsc");
    const length = entry.readUInt32LE(0);
    if (entry.length >= 4 + length) return { base, code: entry.toString("utf8", 4, 4 + length), v8: entry.subarray(4 + length) };
  } catch {
    // no V8 data yet
  }
  try {
    return { base, code: fs.readFileSync(base + ".js", "utf8") };
  } catch {
    // not cached yet
  }
  transform = transform || require("sucrase").transform;
  const code = transform(source.toString("utf8"), { ...OPTIONS, filePath: filename }).code;
  writeAtomic(base + ".js", code);
  transpiled = true;
  return { base, code };
}

/** An index as pruneCache writes it: source file -> keys. Anything else is started again. */
const isIndex = (index) =>
  !!index &&
  typeof index === "object" &&
  !Array.isArray(index) &&
  Object.values(index).every((keys) => Array.isArray(keys) && keys.every((k) => typeof k === "string" && /^[0-9a-f]{40}$/.test(k)));

/**
 * Keeps the cache from growing with every edit: after a run that transpiled, each source file keeps
 * the KEEP versions transpiled last, and the entries of a file that no longer exists are removed.
 * The index learns the version of every module the run loaded; when there was no index (a cache
 * from before it), entries it does not list are removed, unless written since this process started.
 * Only a run that transpiled reads and writes the index, so a run served from the cache does no
 * more work. Two runs transpiling at once may each write the index; an entry the other's lost is
 * then left behind, as every entry was before. Removing never breaks a reader: a missing entry is
 * transpiled again.
 */
function pruneCache() {
  if (!transpiled) return;
  try {
    let index;
    try {
      index = JSON.parse(fs.readFileSync(INDEX, "utf8"));
    } catch {
      // no index yet, or one that is not JSON: start again
    }
    const fresh = !isIndex(index);
    if (fresh) index = {};
    for (const [filename, key] of used) index[filename] = [key, ...(index[filename] || []).filter((k) => k !== key)];
    const remove = (key) => {
      for (const ext of [".js", ".jsc"]) fs.rmSync(path.join(cacheDir, key + ext), { force: true });
    };
    for (const [filename, keys] of Object.entries(index)) {
      const exists = fs.existsSync(filename);
      (exists ? keys.slice(KEEP) : keys).forEach(remove);
      if (exists) index[filename] = keys.slice(0, KEEP);
      else delete index[filename];
    }
    if (fresh) {
      const listed = new Set(Object.values(index).flat());
      // what another process wrote since this one started is left (file times may be a second or two coarse)
      const old = (name) => (fs.statSync(path.join(cacheDir, name), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < STARTED - 2000;
      for (const name of fs.readdirSync(cacheDir)) {
        const key = /^([0-9a-f]{40})\.jsc?$/.exec(name)?.[1];
        if (key && !listed.has(key) && old(name)) fs.rmSync(path.join(cacheDir, name), { force: true });
      }
    }
    writeAtomic(INDEX, JSON.stringify(index));
  } catch {
    // a read-only tree still works, only without pruning
  }
}

/** What Node's CommonJS loader gives a module as `require` (lib/internal/modules/helpers.js, makeRequireFunction). */
function requireFor(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module._extensions[".ts"] = function loadTypeScript(module, filename) {
  const { base, code, v8 } = compile(filename);
  // Module.wrap keeps the code on the wrapper's first line: line numbers in stack traces are the file's.
  const script = new vm.Script(Module.wrap(code), { filename, cachedData: v8 });
  if (!v8 || script.cachedDataRejected) toCache.push({ base, code, script });
  const wrapper = script.runInThisContext({ displayErrors: true });
  wrapper.call(module.exports, module.exports, requireFor(module), module, filename, path.dirname(filename));
};

// Relative requests from the project's TypeScript modules (about 380 in a synth): Node tries the
// request as a file, then with each registered extension in order (.js, .json, .node, then .ts),
// a stat each, then resolves the real path. Here a directory is listed once and the same order is
// followed in memory: the request as a regular file, then the request with each extension, in the
// order Node tries them. Anything else (a symlink, a folder, a missing file, a request with
// options) goes to Node's own resolution. The result is the path Node returns: the real path of
// the folder, and the entry's own name (a regular file, not a symlink).
const resolveFilename = Module._resolveFilename;
/** Folder -> its real path and its entries (name -> is a regular file), or null when unreadable. */
const folders = new Map();
function folder(dir) {
  let known = folders.get(dir);
  if (known === undefined) {
    try {
      const files = new Map();
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) files.set(e.name, e.isFile());
      known = { real: fs.realpathSync(dir), files };
    } catch {
      known = null;
    }
    folders.set(dir, known);
  }
  return known;
}
function resolveRelative(request, parent) {
  if (request.endsWith("/") || request.endsWith(".")) return undefined;
  const wanted = path.resolve(path.dirname(parent.filename), request);
  const dir = folder(path.dirname(wanted));
  if (!dir) return undefined;
  const base = path.basename(wanted);
  for (const name of [base, ...Object.keys(Module._extensions).map((ext) => base + ext)]) {
    const regular = dir.files.get(name);
    if (regular === true) return path.join(dir.real, name);
    if (regular === false) return undefined; // a folder or a symlink: Node decides
  }
  return undefined;
}
Module._resolveFilename = function (request, parent, isMain, options) {
  if (!options && parent && typeof parent.filename === "string" && parent.filename.endsWith(".ts") && (request.startsWith("./") || request.startsWith("../"))) {
    const found = resolveRelative(request, parent);
    if (found) return found;
  }
  return resolveFilename.apply(this, arguments);
};

process.on("exit", () => {
  for (const { base, code, script } of toCache) {
    const bytes = Buffer.from(code, "utf8");
    const header = Buffer.alloc(4);
    header.writeUInt32LE(bytes.length, 0);
    writeAtomic(base + ".jsc", Buffer.concat([header, bytes, script.createCachedData()]));
  }
  pruneCache();
});

module.exports = { cacheBase };
