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
