// The environment schema and loader: defaults, and one clear problem per bad field.
import * as fs from "fs";
import * as path from "path";
import { loadEnvironments, loadEnvironmentText } from "../config/loader";
import { formatProblem } from "../config/problems";
import { loadProblems, makeEnv, tempDir } from "./helpers";

describe("defaults", () => {
  const env = makeEnv();

  test("network defaults mirror AKS's own layout", () => {
    expect(env.network).toEqual({
      addressSpace: "10.224.0.0/12",
      clusterSubnet: "10.224.0.0/16",
      appGatewaySubnet: "10.225.0.0/24",
      agcSubnet: "10.226.0.0/24",
    });
  });

  test("the guide's main flow is the default: AGIC, HTTP only, ACR, traditional Azure CNI", () => {
    expect(env.ingress.mode).toBe("agic");
    expect(env.tls.mode).toBe("none");
    expect(env.registry.mode).toBe("acr");
    expect(env.cluster.network).toMatchObject({ pluginMode: "none", dataplane: "azure" });
  });

  test("pinned versions are defaults, not ranges", () => {
    expect(env.tls.certManager.chartVersion).toBe("v1.18.2");
    expect(env.observability.collector.image).toBe("otel/opentelemetry-collector-contrib:0.98.0");
    expect(env.ingress.agc.albControllerChartVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("problems", () => {
  const one = (patch: Record<string, unknown>) => {
    const problems = loadProblems(patch);
    expect(problems).toHaveLength(1);
    return problems[0];
  };

  test("fails on an unknown key and suggests the field that was meant", () => {
    const p = one({ registry: { acrName: "tarstestacr", acrname: "x" } });
    expect(p).toMatchObject({ rule: "AR000", path: "registry.acrname", fix: 'did you mean "acrName"?' });
  });

  test("fails on an unknown key with no close match and lists the allowed fields", () => {
    const p = one({ colour: "blue" });
    expect(p.path).toBe("colour");
    expect(p.fix).toContain('"cluster"');
  });

  test("fails on a missing required field, naming it and giving a line to write (not the description again)", () => {
    const p = one({ azure: { location: undefined } });
    expect(p).toMatchObject({ path: "azure.location", message: "is required" });
    expect(p.fix).toContain('add "location: westeurope" under azure:');
  });

  test("fails on a wrong type, showing the value", () => {
    const p = one({ cluster: { nodeCount: "three" } });
    expect(p).toMatchObject({ path: "cluster.nodeCount", value: "three" });
    expect(p.message).toMatch(/must be a number/);
  });

  test("fails on an enum typo and suggests the option", () => {
    const p = one({ ingress: { mode: "agci" } });
    expect(p).toMatchObject({ path: "ingress.mode", value: "agci", fix: 'did you mean "agic" or "agc"?' });
  });

  test("fails on a malformed CIDR", () => {
    const p = one({ network: { appGatewaySubnet: "10.225.0.1/24" } });
    expect(p.path).toBe("network.appGatewaySubnet");
    expect(p.message).toMatch(/zero host bits/);
  });

  test("fails on an unpinned collector image", () => {
    const p = one({ observability: { collector: { image: "otel/opentelemetry-collector-contrib:latest" } } });
    expect(p.path).toBe("observability.collector.image");
  });

  test("fails on a chart version range", () => {
    const p = one({ tls: { certManager: { chartVersion: "^1.18" } } });
    expect(p.message).toMatch(/exact chart version/);
  });

  test("reports every problem of a file at once", () => {
    const problems = loadProblems({ name: "Bad Name", cluster: { tier: "huge" }, extra: 1 });
    expect(problems.map((p) => p.path).sort()).toEqual(["cluster.tier", "extra", "name"]);
  });

  test("fails on YAML syntax errors with the line", () => {
    const r = loadEnvironmentText("environments/x.yaml", "name: dev\nazure: [unclosed\n");
    expect(r.environment).toBeUndefined();
    expect(r.problems[0].message).toMatch(/YAML syntax error/);
    expect(r.problems[0].line).toBeGreaterThan(0);
  });

  test("fails on a duplicate key instead of keeping the last one", () => {
    const r = loadEnvironmentText("environments/x.yaml", "name: dev\nname: prod\n");
    expect(r.problems[0].message).toMatch(/YAML syntax error/);
  });

  test("fails on a file that is not a mapping", () => {
    const r = loadEnvironmentText("environments/x.yaml", "- a\n- b\n");
    expect(r.problems[0].message).toMatch(/must be a YAML mapping/);
  });

  test("fails on a missing file with the path", () => {
    const r = loadEnvironments(["environments/nope.yaml"]);
    expect(r.problems[0]).toMatchObject({ file: "environments/nope.yaml", message: "file not found" });
  });

  test("fails when two files use the same environment name", () => {
    const dir = tempDir();
    const text = fs.readFileSync(path.join(__dirname, "..", "environments", "dev.yaml"), "utf8");
    fs.writeFileSync(path.join(dir, "a.yaml"), text);
    fs.writeFileSync(path.join(dir, "b.yaml"), text);
    const r = loadEnvironments([path.join(dir, "a.yaml"), path.join(dir, "b.yaml")]);
    const names = r.problems.filter((p) => p.path === "name");
    expect(names).toHaveLength(1);
    expect(names[0].message).toMatch(/also the name of/);
  });

  test("a problem prints file, field, value, line and fix", () => {
    const r = loadEnvironmentText("environments/prod.yaml", "name: prod\nazure:\n  location: westeurope\n  resourceGroup: rg\ncluster:\n  name: c\n  tier: huge\n");
    expect(formatProblem(r.problems[0])).toBe(
      'ERROR AR000 environments/prod.yaml: cluster.tier: must be one of "small", "medium", "high", "custom", got "huge" (line 7). fix: use one of "small", "medium", "high", "custom"',
    );
  });
});

describe("closest", () => {
  const { closest } = jest.requireActual("../config/issue-messages") as typeof import("../config/issue-messages");
  test("counts a transposition as one edit", () => expect(closest("acrNmae", ["acrName", "mode"])).toBe("acrName"));
  test("suggests nothing for an unrelated short word", () => expect(closest("huge", ["small", "medium", "high"])).toBeUndefined());
  test("names every equally close candidate", () => expect(closest("agci", ["agic", "agc"])).toBe('agic" or "agc'));
});
