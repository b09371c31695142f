// scripts/bench-split.js: how the benchmark splits a CPU profile's samples between the project, the
// libraries, module loading, Node's work, garbage collection and the rest (docs/performance.md).
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const { splitProfile } = require(path.join(ROOT, "scripts", "bench-split.js")) as {
  splitProfile: (
    profile: unknown,
    root: string,
  ) => { parts: Record<string, number>; libraries: Record<string, number>; functions: Record<string, number> };
};

type Frame = { url: string; functionName: string; lineNumber?: number; children?: Frame[]; ms?: number };

/** A V8 CPU profile from a call tree: each frame with `ms` gets one sample of that many milliseconds. */
function profileOf(root: Frame) {
  const nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; children: number[] }[] = [];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  const add = (f: Frame): number => {
    const id = nodes.length + 1;
    const node = { id, callFrame: { url: f.url, functionName: f.functionName, lineNumber: f.lineNumber ?? 0, columnNumber: 0 }, children: [] as number[] };
    nodes.push(node);
    if (f.ms) {
      samples.push(id);
      timeDeltas.push(f.ms * 1000);
    }
    node.children = (f.children ?? []).map(add);
    return id;
  };
  add(root);
  return { nodes, samples, timeDeltas, startTime: 0, endTime: 0 };
}

const project = (file: string) => `file://${path.join(ROOT, file)}`;
const lib = (file: string) => `file://${path.join(ROOT, "node_modules", file)}`;
const native = (functionName: string, ms: number): Frame => ({ url: "", functionName, ms });

test("each sample counts where its frame is, and Node's frames for whoever asked for the work", () => {
  const tree: Frame = {
    url: "",
    functionName: "(root)",
    children: [
      { url: "", functionName: "(garbage collector)", ms: 7 },
      { url: "", functionName: "(program)", ms: 1 },
      {
        url: project("bin/agent-router-azure.js"),
        functionName: "",
        children: [
          {
            url: project("stacks/index.ts"),
            functionName: "preparedTerraform",
            lineNumber: 147,
            ms: 5,
            children: [
              { url: lib("cdktf/lib/tokens/private/resolve.js"), functionName: "resolve", ms: 3, children: [{ url: "node:internal/util", functionName: "x", children: [native("now", 2)] }] },
              { url: lib("cdktf/node_modules/json-stable-stringify/index.js"), functionName: "stringify", ms: 4 },
              { url: project(".gen/providers/azurerm/resource-group/index.ts"), functionName: "synthesizeAttributes", ms: 6 },
              { url: project("imports/gateway.networking.k8s.io.ts"), functionName: "toJson_HttpRouteSpec", ms: 1 },
            ],
          },
          { url: project("cli/output-staging.ts"), functionName: "stageDirectory", children: [{ url: "node:fs", functionName: "writeFileSync", children: [native("open", 11)] }] },
          {
            url: project("main.ts"),
            functionName: "run",
            children: [
              { url: "node:internal/modules/cjs/loader", functionName: "Module._load", children: [{ url: "node:internal/vm", functionName: "compile", children: [native("compileFunction", 13)] }] },
              { url: project("bin/ts-hook.js"), functionName: "compile", ms: 17 },
            ],
          },
        ],
      },
    ],
  };
  const { parts, libraries, functions } = splitProfile(profileOf(tree), ROOT);
  expect(parts).toEqual({ library: 3 + 4 + 6 + 1, project: 5, loading: 13 + 17, projectNode: 11, libraryNode: 2, gc: 7, other: 1 });
  // the innermost node_modules folder names the package; the generated bindings are libraries too
  expect(libraries).toEqual({ cdktf: 3, "json-stable-stringify": 4, ".gen": 6, imports: 1 });
  expect(functions).toEqual({ "stacks/index.ts:148 preparedTerraform": 5 });
});

test("a module's top level is (module), an arrow function (anonymous), and code without a file counts for its caller", () => {
  const tree: Frame = {
    url: "",
    functionName: "(root)",
    children: [
      { url: project("main.ts"), functionName: "", lineNumber: 0, ms: 1, children: [{ url: "evalmachine.<anonymous>", functionName: "x", ms: 2 }] },
      { url: project("main.ts"), functionName: "", lineNumber: 9, ms: 3 },
    ],
  };
  const { parts, functions } = splitProfile(profileOf(tree), ROOT);
  expect(functions).toEqual({ "main.ts:1 (module)": 1, "main.ts:10 (anonymous)": 3 });
  expect(parts.projectNode).toBe(2);
});

test("a module outside the project (a linked node_modules) is a library", () => {
  const tree: Frame = { url: "", functionName: "(root)", children: [{ url: "file:///elsewhere/node_modules/yaml/dist/index.js", functionName: "parse", ms: 2 }] };
  const { parts, libraries } = splitProfile(profileOf(tree), ROOT);
  expect(parts.library).toBe(2);
  expect(libraries).toEqual({ yaml: 2 });
});

describe("the budget's arithmetic (docs/performance.md)", () => {
  const { budgetArithmetic } = require(path.join(ROOT, "scripts", "bench-split.js")) as {
    budgetArithmetic: (o: Record<string, unknown>) => { summary: string[]; section: string };
  };
  const run = (parts: Record<string, number>, libraries: Record<string, number> = {}, functions: Record<string, number> = {}) => ({
    parts: { library: 0, project: 0, loading: 0, projectNode: 0, libraryNode: 0, gc: 0, other: 0, ...parts },
    libraries,
    functions,
  });
  const floor = [run({ loading: 180, library: 20 }, { cdktf: 20 })];
  const common = { runs: 1, floor, written: { files: 71, folders: 29 }, wallRatio: 1.6, cpuRatio: 1.7, synthCpu: 0.7 };

  test("what the libraries, the GC and the files take beyond the floor, and what that leaves the project", () => {
    // beyond the floor: library 60 (cdktf 40, zod 20), gc 10, files 10 = 80 = 0.40x; 1.5x leaves 100 - 80 = 20 ms
    const synth = [run({ loading: 190, library: 80, project: 35, gc: 10, projectNode: 10 }, { cdktf: 60, zod: 20 }, { "main.ts:1 run": 4 })];
    const { summary, section } = budgetArithmetic({ ...common, synth });
    expect(summary.at(-1)).toBe("beyond the floor, all but the project's code and modules: 80 ms = 0.40 × the floor (1.5× allows 0.50); the project's code and modules: 45 ms");
    expect(section).toMatch(/^## Why the 1\.5× budget cannot be met with cdktf and cdk8s$/m);
    expect(section).toContain("come to 80 ms,\n0.40× the floor. Of the 0.50× that 1.5× allows, that leaves 20 ms for the project's own code (35 ms) and the loading of its modules (10 ms).");
    expect(section).toContain("the budget is further off than in wall time: 1.70× against 1.60× in this bench.");
    expect(section).toContain("which the design rules out. The budget is reported as missed.");
    expect(section).toContain("cdktf with its JSON writer and the generated provider\nbindings 40 ms");
    expect(section).toContain("its largest function, `main.ts:1 run`, takes 4.0 ms");
    expect(section).toContain("Even with the pack (about 20 ms), the project's code and modules would not fit");
  });

  test("when the rest alone is over the allowance, it says so", () => {
    const synth = [run({ loading: 190, library: 100, project: 10, gc: 20, projectNode: 10 })];
    const { section } = budgetArithmetic({ ...common, synth });
    expect(section).toContain("That alone is over the 0.50× that 1.5× allows, before the project's own code (10 ms)");
  });

  test("when the pack would close the gap, it does not claim otherwise", () => {
    // left 40 ms; the project's 50 ms minus the pack's 20 would fit
    const { section } = budgetArithmetic({ ...common, synth: [run({ loading: 180, library: 60, project: 50, gc: 10, projectNode: 10 })] });
    expect(section).toMatch(/^## Why the 1\.5× budget is missed$/m);
    expect(section).toContain("With the pack (about 20 ms), the project's code and modules might just fit");
    expect(section).not.toContain("design rules out");
  });

  test("when the budget is met, it says so and claims nothing else", () => {
    const synth = [run({ loading: 180, library: 50, project: 20, gc: 10, projectNode: 5, other: -0.4 })];
    const { section, summary } = budgetArithmetic({ ...common, synth, wallRatio: 1.45, cpuRatio: 1.4 });
    expect(section).toMatch(/^## The 1\.5× budget, and where the synth's time goes$/m);
    expect(section).toContain("The project's code and modules fit in what is left without it");
    expect(section).toContain("The budget is met in this bench (wall time).");
    expect(section).toContain("the synth is 1.40× the floor, against 1.45× in wall time");
    expect(section).not.toMatch(/cannot|missed|further off|-0 ms/);
    expect(summary.join("\n")).not.toContain("-0");
  });
});
