// dataPlane: the pinned tare version (and so the data plane release) per environment, its
// validation, and AR057 (production pins it). The runbook text is in runbook.test.ts.
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { checkEnvironment } from "../checks";
import { loadEnv, loadProblems, makeEnv, ROOT } from "./helpers";

const one = (patch: Record<string, unknown>) => {
  const problems = loadProblems(patch);
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe("dataPlane.version", () => {
  test("an exact semantic version is accepted, pre-release and build metadata too", () => {
    for (const version of ["0.1.0-beta.4", "1.2.3", "1.0.0-rc.1+build.5"]) {
      expect(makeEnv({ dataPlane: { version } }).dataPlane.version).toBe(version);
    }
  });

  test("has no default: unset means the vendor's installer decides", () => {
    expect(makeEnv({ dataPlane: undefined }).dataPlane).toEqual({ sha256: {} });
  });

  test("fails on a leading v, and says to drop it", () => {
    const p = one({ dataPlane: { version: "v0.1.0-beta.4" } });
    expect(p).toMatchObject({ rule: "AR000", path: "dataPlane.version" });
    expect(p.message).toContain("without the leading 'v'");
  });

  test.each(["latest", "0.1", "^0.1.0", "0.1.x", "01.2.3", "1.2.3-", ">=1.0.0"])("fails on %s: not an exact version", (version) => {
    const p = one({ dataPlane: { version } });
    expect(p).toMatchObject({ rule: "AR000", path: "dataPlane.version" });
    expect(p.message).toContain("must be an exact semantic version");
  });
});

describe("dataPlane.sha256", () => {
  const SHA = "0123456789abcdef".repeat(4);

  test("per platform, as recorded", () => {
    expect(makeEnv({ dataPlane: { version: "0.1.0-beta.4", sha256: { "linux-amd64": SHA } } }).dataPlane.sha256).toEqual({ "linux-amd64": SHA });
  });

  test("fails on a digest that is not 64 lowercase hex characters", () => {
    for (const digest of [SHA.toUpperCase(), SHA.slice(1), `sha256:${SHA}`]) {
      const p = one({ dataPlane: { version: "0.1.0-beta.4", sha256: { "linux-amd64": digest } } });
      expect(p).toMatchObject({ rule: "AR000", path: "dataPlane.sha256.linux-amd64" });
      expect(p.message).toContain("64 lowercase hex characters");
    }
  });

  test("fails on a platform the vendor's archives are not named after", () => {
    const problems = loadProblems({ dataPlane: { version: "0.1.0-beta.4", sha256: { "windows-amd64": SHA } } });
    expect(problems.map((p) => p.path)).toContain("dataPlane.sha256.windows-amd64");
  });
});

describe("AR057: production pins the data plane version", () => {
  const PROD = { production: true, tls: { mode: "byo" }, cluster: { tier: "medium" } };
  const ar057 = (patch: Record<string, unknown>) => checkEnvironment(loadEnv(patch)).filter((p) => p.rule === "AR057");

  test("fails on production without a version, as an error naming the field and the fix", () => {
    const [p, ...rest] = ar057({ ...PROD, dataPlane: undefined });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ severity: "error", path: "dataPlane.version", file: "environments/test.yaml" });
    expect(p.fix).toContain("set dataPlane.version");
  });

  test("cannot be waived", () => {
    const problems = checkEnvironment(loadEnv({ ...PROD, dataPlane: undefined, waivers: { AR057: "we always take the latest tare, on purpose" } }));
    expect(problems.filter((p) => p.rule === "AR057").map((p) => p.severity)).toContain("error");
  });

  test("passes with a version, and outside production without one", () => {
    expect(ar057({ ...PROD, dataPlane: { version: "0.1.0-beta.4" } })).toEqual([]);
    expect(ar057({ dataPlane: undefined })).toEqual([]);
  });

  test("every example pins a version", () => {
    for (const f of fs.readdirSync(path.join(ROOT, "environments")).filter((n) => n.endsWith(".yaml"))) {
      const doc = parse(fs.readFileSync(path.join(ROOT, "environments", f), "utf8")) as { dataPlane?: { version?: string } };
      expect({ file: f, version: doc.dataPlane?.version }).toEqual({ file: f, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    }
  });
});
