// Synth synthesizes each environment's Terraform stacks once: the replacement guard's documents
// are the ones written (stacks/index.ts stackFiles, staged by cli/output-transaction.ts), byte for byte what cdktf's own App.synth
// writes for the same environments (synthesizeStacks, kept as the reference).
import { planOf } from "../plan";
import * as fs from "fs";
import * as path from "path";
import { loadEnvironments } from "../config/loader";
import { main } from "../main";
import { App, Fn, Lazy, TerraformDataSource, TerraformLocal, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack, Token, type TerraformElement } from "cdktf";
import { AzureStack, preparedTerraform, stackDocuments, stackFiles, synthesizeStacks } from "../stacks";
import { exampleFiles, readTree, ROOT, tempDir } from "./helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFleet } = require("../scripts/fleet") as { writeFleet: (dir: string, n: number) => string[] };

const load = (files: readonly string[], base: string) => {
  const r = loadEnvironments(files, base);
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  return r.environments.map((l) => l.env);
};

/** stackFiles written in cdktf.out's layout (synth stages them side by side, then renames each into that place). */
function writeStackFiles(environments: Parameters<typeof stackFiles>[0], outdir: string): void {
  for (const f of stackFiles(environments)) {
    fs.mkdirSync(path.dirname(path.join(outdir, f.path)), { recursive: true });
    fs.writeFileSync(path.join(outdir, f.path), f.content);
  }
}

describe("stackFiles", () => {
  test.each([
    ["the examples", () => load(exampleFiles(), ROOT)],
    ["a fleet of every mode", () => load(writeFleet(path.join(tempDir(), "fleet"), 12), "/")],
  ])("writes %s exactly as cdktf's App.synth does", (_, envs) => {
    const environments = envs();
    const dir = tempDir();
    synthesizeStacks(environments.map(planOf), path.join(dir, "cdktf"));
    writeStackFiles(environments.map(planOf), path.join(dir, "once"));
    const expected = readTree(path.join(dir, "cdktf"));
    expect(expected.size).toBe(1 + 2 * environments.length);
    expect(readTree(path.join(dir, "once"))).toEqual(expected);
  });

  test("the guard's documents are the ones written", () => {
    const [env] = load([exampleFiles()[0]], ROOT);
    const dir = tempDir();
    const docs = stackDocuments(planOf(env));
    writeStackFiles([planOf(env)], dir);
    for (const d of docs) expect(JSON.parse(fs.readFileSync(path.join(dir, "stacks", d.name, "cdk.tf.json"), "utf8"))).toEqual(JSON.parse(JSON.stringify(d.json)));
  });
});

test("synth prepares each environment's stacks once, for the guard and the files alike", () => {
  const prepared = jest.spyOn(AzureStack.prototype, "prepareStack");
  try {
    const dir = tempDir();
    const code = main(["synth", "--quiet", "--outdir", path.join(dir, "out")], { cwd: ROOT, env: { PATH: process.env.PATH, XDG_STATE_HOME: path.join(dir, "state") }, out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    expect(prepared).toHaveBeenCalledTimes(exampleFiles().length);
    expect(readTree(path.join(dir, "out", "cdktf.out")).size).toBe(1 + 2 * exampleFiles().length);
  } finally {
    prepared.mockRestore();
  }
});

test("synth resolves every Terraform element of the stacks once (cdktf's preparing pass folded in)", () => {
  // cdktf's own App.synth resolves each element of a stack twice: prepareStack (to find
  // cross-stack references), then toTerraform. stacks/index.ts preparedTerraform does both at once.
  const calls = new Map<TerraformElement, number>();
  const spies = [TerraformResource, TerraformDataSource, TerraformProvider, TerraformOutput].map((kind) => {
    const original = kind.prototype.toTerraform;
    return jest.spyOn(kind.prototype, "toTerraform").mockImplementation(function (this: TerraformElement) {
      calls.set(this, (calls.get(this) ?? 0) + 1);
      return original.call(this);
    });
  });
  try {
    const [env] = load([exampleFiles()[0]], ROOT);
    stackDocuments(planOf(env));
    const stacks = new Set([...calls.keys()].map((r) => TerraformStack.of(r).node.id));
    expect([...stacks].sort()).toEqual([`${env.name}-azure`, `${env.name}-cluster`]);
    expect([...calls.values()].filter((n) => n !== 1)).toEqual([]);
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
});

describe("preparedTerraform", () => {
  // preparedTerraform walks the literal values itself and hands cdktf's resolve only what could
  // hold a token, in each element and in the merged document (the stack's overrides): whatever it
  // holds must come out as cdktf writes it.
  /** A stack in an app of its own, with the options the project's App takes (no validation, no stack traces). */
  const emptyStack = () => new TerraformStack(new App({ outdir: tempDir(), skipValidation: true, stackTraces: false }), "s");

  function stackWith(override: unknown): TerraformStack {
    const stack = emptyStack();
    new TerraformLocal(stack, "name", "literal");
    new TerraformOutput(stack, "out", { value: Fn.upper(Lazy.stringValue({ produce: () => "lazy" })) });
    stack.addOverride("locals.extra", override);
    return stack;
  }
  test.each([
    ["a literal override", { a: "b", list: [1, "x", true, null] }],
    ["a token in an override", Lazy.stringValue({ produce: () => "resolved late" })],
    ["a number token in an override", Token.asNumber(Lazy.numberValue({ produce: () => 42 }))],
    ["a token inside a string of an override", `prefix-${Lazy.stringValue({ produce: () => "late" })}`],
  ])("writes what cdktf's toTerraform writes: %s", (_, override) => {
    const expected = stackWith(override);
    expected.prepareStack();
    expect(preparedTerraform(stackWith(override))).toEqual(expected.toTerraform());
  });

  // preparedTerraform walks plain data itself and hands cdktf's resolve only what it could change:
  // every kind of token, at any depth, in an element's configuration, must come out as cdktf writes it.
  const lazy = (v: unknown) => Lazy.anyValue({ produce: () => v });
  test.each([
    ["plain data with undefined values", () => ({ a: { b: [1, "x", null, true, undefined], c: undefined }, d: [] })],
    ["a string token deep in arrays", () => ({ a: [[{ b: `x-${Lazy.stringValue({ produce: () => "late" })}-y` }]] })],
    ["a list token", () => ({ a: Token.asList(lazy(["p", "q"])), b: [{ c: Token.asList(lazy(["r"])) }] })],
    ["a number list token", () => ({ a: Token.asNumberList(lazy([1, 2])) })],
    ["a map token", () => ({ a: Token.asStringMap(lazy({ k: "v" })), b: Token.asAnyMap(lazy({ n: 1 })) })],
    ["a number token", () => ({ a: [Token.asNumber(lazy(3))], b: { c: Token.asNumber(lazy(4)) } })],
    ["a token in a key", () => ({ [Lazy.stringValue({ produce: () => "key" })]: "value" })],
    ["a resolvable object", () => ({ a: lazy({ nested: [lazy("deep")] }) })],
    ["a Terraform function over a list token", () => ({ a: { b: Fn.join(",", Token.asList(lazy(["x", "y"]))) } })],
    ["a list token among literals (cdktf refuses it)", () => ({ b: ["literal", ...Token.asList(lazy(["r"]))] })],
    ["strings that look like encoded numbers", () => ({ a: "-1.8881545897087626e+289", b: ["1e+250", "e+2xx", "1e5", "v1.2e3"] })],
    // resolve reads every number in a string with parseFloat: a number token however it is spelled
    ["a number token spelled another way in a string", () => {
      const n = String(Token.asNumber(lazy(42)));
      return { a: n.replace("e+", "e"), b: `x ${n.replace("e+", "e+0")} y`, c: n };
    }],
  ])("resolves a local's value as cdktf does: %s", (_, value) => {
    const build = () => {
      const stack = emptyStack();
      const other = new TerraformLocal(stack, "other", "x");
      new TerraformLocal(stack, "value", { value: value(), ref: other.expression });
      return stack;
    };
    const outcome = (f: () => unknown) => {
      try {
        return { value: f() };
      } catch (e) {
        return { error: (e as Error).message.replace(/TOKEN\.\d+/g, "TOKEN.n") }; // each build numbers its tokens anew
      }
    };
    const expected = outcome(() => {
      const stack = build();
      stack.prepareStack();
      return stack.toTerraform();
    });
    expect(outcome(() => preparedTerraform(build()))).toEqual(expected);
  });

  test("data nested deeper than cdktf resolves, or cyclic, gets cdktf's circular-reference error", () => {
    const stack = emptyStack();
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    new TerraformLocal(stack, "value", cyclic);
    expect(() => preparedTerraform(stack)).toThrow(/circular reference/i);
  });

  test("tags named _children and _metadata are data: written as they are (cdktf's resolve takes them for a construct)", () => {
    const build = () => {
      const stack = emptyStack();
      new TerraformLocal(stack, "tags", { _children: "a", _metadata: "b", team: "x" });
      return stack;
    };
    expect(() => build().prepareStack()).toThrow(/Trying to 'resolve\(\)' a Construct/);
    expect(preparedTerraform(build()).locals).toEqual({ tags: { _children: "a", _metadata: "b", team: "x" } });
  });
});
