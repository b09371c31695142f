// The launcher's transpile cache (bin/ts-hook.js): transpiled code and V8's compiled code, keyed
// by the source's bytes. Each case runs fresh node processes on a probe module in a temporary folder.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./helpers";

const HOOK = path.join(ROOT, "bin", "ts-hook.js");

/** Loads `file` through the hook in a new process; returns what its `value` export is. */
function load(file: string): string {
  return execFileSync(process.execPath, ["-e", `require(${JSON.stringify(HOOK)}); console.log(require(${JSON.stringify(file)}).value());`], { encoding: "utf8" }).trim();
}

/** The cache entry of `file` (its current bytes), as the hook names it, without the extension. */
function entry(file: string): string {
  return execFileSync(process.execPath, ["-e", `console.log(require(${JSON.stringify(HOOK)}).cacheBase(${JSON.stringify(file)}))`], { encoding: "utf8" }).trim();
}

describe("the transpile cache", () => {
  let dir: string;
  let probe: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ts-hook-"));
    probe = path.join(dir, "probe.ts");
    // A function called at run time: V8's data then holds more than the module's top level.
    fs.writeFileSync(probe, `const answer: number = 41;\nexport function value(): number {\n  return answer + 1;\n}\n`);
  });
  afterEach(() => {
    const base = entry(probe);
    for (const ext of [".js", ".jsc"]) fs.rmSync(base + ext, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("keeps V8's compiled code at exit and uses it on the next run", () => {
    expect(load(probe)).toBe("42");
    const jsc = entry(probe) + ".jsc";
    const written = fs.statSync(jsc);
    expect(load(probe)).toBe("42");
    // Accepted by V8: a rejected entry would be written again at exit.
    expect(fs.statSync(jsc).mtimeMs).toBe(written.mtimeMs);
    expect(fs.statSync(jsc).ino).toBe(written.ino);
  });

  test("an edited source gets a fresh transpile, not the cached code", () => {
    expect(load(probe)).toBe("42");
    fs.writeFileSync(probe, fs.readFileSync(probe, "utf8").replace("41", "6"));
    expect(load(probe)).toBe("7");
  });

  test("damaged V8 data is rejected and made again; a truncated entry falls back to the transpiled code", () => {
    expect(load(probe)).toBe("42");
    const jsc = entry(probe) + ".jsc";
    const bytes = fs.readFileSync(jsc);
    const codeEnd = 4 + bytes.readUInt32LE(0);
    fs.writeFileSync(jsc, Buffer.concat([bytes.subarray(0, codeEnd), Buffer.alloc(bytes.length - codeEnd, 0xa5)]));
    expect(load(probe)).toBe("42");
    expect(fs.readFileSync(jsc).equals(bytes)).toBe(false); // not the damaged bytes any more
    expect(fs.readFileSync(jsc).subarray(codeEnd).every((b) => b === 0xa5)).toBe(false);

    fs.writeFileSync(jsc, bytes.subarray(0, 10));
    expect(load(probe)).toBe("42");
  });
});

test("relative requests from TypeScript modules resolve to the file Node's own resolution picks", () => {
  // bin/ts-hook.js lists a folder once instead of trying each extension with a stat; the order and
  // the real path must stay Node's: the request itself, then .js, .json, .node, .ts; folders and
  // symlinks are left to Node.
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ts-hook-resolve-")));
  try {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    for (const f of ["a.ts", "b.ts", "c/index.ts", "e.ts", "real/target.ts", "noext.ts"]) write(f, "export const x = 1;\n");
    write("b.js", "exports.x = 2;\n");
    write("e.json", "{}\n");
    write("noext", "exports.x = 3;\n");
    fs.symlinkSync(path.join(dir, "real", "target.ts"), path.join(dir, "link.ts"));
    fs.symlinkSync(path.join(dir, "real"), path.join(dir, "linked"));
    const requests = ["./a", "./b", "./c", "./e", "./link", "./a.ts", "./linked/target", "./noext", "./real/../a", "../" + path.basename(dir) + "/a"];
    write("main.ts", `import * as path from "path";\nexport const value = () => JSON.stringify(${JSON.stringify(requests)}.map((r) => path.relative(__dirname, require.resolve(r))));\n`);
    const resolved = JSON.parse(load(path.join(dir, "main.ts")));
    expect(resolved).toEqual(["a.ts", "b.js", path.join("c", "index.ts"), "e.json", path.join("real", "target.ts"), "a.ts", path.join("real", "target.ts"), "noext", "a.ts", "a.ts"]);
    // and the same requests without the hook's shortcut: Node's own answers
    const plain = execFileSync(process.execPath, ["-e", `const M = require("module"); M._extensions[".ts"] = M._extensions[".js"]; const p = require("path"); console.log(JSON.stringify(${JSON.stringify(requests)}.map((r) => p.relative(${JSON.stringify(dir)}, M._findPath(p.resolve(${JSON.stringify(dir)}, r), [], false)))))`], { encoding: "utf8" });
    expect(resolved).toEqual(JSON.parse(plain));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe("the transpile cache stays small", () => {
  // A copy of the hook in a folder of its own, so that its cache (node_modules/.cache beside it) is
  // this test's alone; sucrase comes from the project's node_modules.
  let project: string;
  let hook: string;
  let cache: string;
  beforeEach(() => {
    project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ts-hook-prune-")));
    fs.mkdirSync(path.join(project, "bin"));
    fs.mkdirSync(path.join(project, "node_modules"));
    fs.copyFileSync(HOOK, path.join(project, "bin", "ts-hook.js"));
    fs.symlinkSync(path.join(ROOT, "node_modules", "sucrase"), path.join(project, "node_modules", "sucrase"));
    hook = path.join(project, "bin", "ts-hook.js");
    cache = path.join(project, "node_modules", ".cache", "agent-router-azure");
  });
  afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

  const write = (name: string, n: number) => fs.writeFileSync(path.join(project, name), `export function value(): number {\n  return ${n};\n}\n`);
  const run = (name: string) =>
    execFileSync(process.execPath, ["-e", `require(${JSON.stringify(hook)}); console.log(require(${JSON.stringify(path.join(project, name))}).value());`], { encoding: "utf8" }).trim();
  const keyOf = (name: string) =>
    path.basename(execFileSync(process.execPath, ["-e", `console.log(require(${JSON.stringify(hook)}).cacheBase(${JSON.stringify(path.join(project, name))}))`], { encoding: "utf8" }).trim());
  const entries = () => fs.readdirSync(cache).filter((f) => f !== "index.json").sort();
  const index = () => JSON.parse(fs.readFileSync(path.join(cache, "index.json"), "utf8")) as Record<string, string[]>;

  test("each source keeps its two newest versions", () => {
    const keys: string[] = [];
    for (const n of [1, 2, 3]) {
      write("probe.ts", n);
      expect(run("probe.ts")).toBe(String(n));
      keys.push(keyOf("probe.ts"));
    }
    expect(entries()).toEqual([`${keys[1]}.js`, `${keys[1]}.jsc`, `${keys[2]}.js`, `${keys[2]}.jsc`].sort());
    expect(index()).toEqual({ [path.join(project, "probe.ts")]: [keys[2], keys[1]] });
    // going back to the version before is served from the cache: nothing transpiled, nothing pruned
    write("probe.ts", 2);
    expect(run("probe.ts")).toBe("2");
    expect(index()).toEqual({ [path.join(project, "probe.ts")]: [keys[2], keys[1]] });
  });

  test("a source that is gone loses its entries at the next run that transpiles", () => {
    write("old.ts", 1);
    expect(run("old.ts")).toBe("1");
    const old = keyOf("old.ts");
    fs.rmSync(path.join(project, "old.ts"));
    write("new.ts", 2);
    expect(run("new.ts")).toBe("2");
    expect(entries().some((f) => f.startsWith(old))).toBe(false);
    expect(Object.keys(index())).toEqual([path.join(project, "new.ts")]);
  });

  test("a cache from before the index keeps what the run that builds the index loaded, and what is new", () => {
    write("a.ts", 1);
    expect(run("a.ts")).toBe("1");
    fs.rmSync(path.join(cache, "index.json"));
    fs.writeFileSync(path.join(cache, `${"0".repeat(40)}.js`), "exports.value = () => 0;\n");
    fs.writeFileSync(path.join(cache, "unrelated.txt"), "kept\n");
    // an old cache: every entry written an hour ago
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const f of fs.readdirSync(cache)) fs.utimesSync(path.join(cache, f), hourAgo, hourAgo);
    // an entry another process wrote a moment ago, which it may be about to read
    const recent = "1".repeat(40);
    fs.writeFileSync(path.join(cache, `${recent}.js`), "exports.value = () => 1;\n");
    write("b.ts", 2);
    expect(run("b.ts")).toBe("2");
    expect(entries()).toEqual([`${keyOf("b.ts")}.js`, `${keyOf("b.ts")}.jsc`, `${recent}.js`, "unrelated.txt"].sort());
  });

  test.each([
    ["not JSON", "{"],
    ["not an object of keys", "[]"],
    ["one with a key that is not a cache key (a path)", '{"/gone.ts": ["../../victim"]}'],
  ])("an index that is %s is started again, and nothing outside the cache is removed", (_, text) => {
    write("probe.ts", 1);
    expect(run("probe.ts")).toBe("1");
    fs.writeFileSync(path.join(cache, "index.json"), text);
    const victim = path.join(cache, "..", "..", "victim.js");
    fs.writeFileSync(victim, "// not the cache's\n");
    write("probe.ts", 2);
    expect(run("probe.ts")).toBe("2");
    expect(Object.keys(index())).toEqual([path.join(project, "probe.ts")]);
    expect(fs.existsSync(victim)).toBe(true);
  });

  test("a run served from the cache does not write the index", () => {
    write("probe.ts", 1);
    expect(run("probe.ts")).toBe("1");
    const written = fs.statSync(path.join(cache, "index.json"));
    expect(run("probe.ts")).toBe("1");
    const again = fs.statSync(path.join(cache, "index.json"));
    expect([again.ino, again.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
  });
});
