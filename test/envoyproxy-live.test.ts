// What the live EnvoyProxy tars-egress-proxy looks like after the project's patches are applied
// to the object `tare install` creates, with and without a default access log: the server-side
// apply partial merged by the CRD's list types (test/ssa-merge.ts), then the access-log
// CronJob's script run against the result (kubectl replaced by test/fixtures/fake-kubectl.sh,
// jq real). The guide (Appendix C): metrics sink set (Step c.2), the access-log sink appended
// to settings[0].sinks when an accessLog block exists (Path A), the block created when it does
// not (Path B), egress restarted; every `tare install` re-run resets it all.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ACCESS_LOG_SINK } from "../charts/envoyproxy-access-log";
import { K8sValidator } from "./conformance/k8s-validator";
import { describeWithSchemas } from "./conformance/schemas";
import { makeEnv, objectsOf, tempDir, type K8sObject } from "./helpers";
import { listTypeAt, ssaMerge } from "./ssa-merge";

type Any = any;
const HAVE_JQ = spawnSync("jq", ["--version"]).status === 0;
if (!HAVE_JQ) console.warn("SKIPPED the access-log script runs: jq not found (apt-get install jq); the SSA merge tests still run.");

const TARE_DEFAULT_ACCESS_LOG = {
  settings: [{ format: { type: "Text", text: "[%START_TIME%] \"%REQ(:METHOD)% %REQ(:PATH)%\" %RESPONSE_CODE%\n" }, sinks: [{ type: "File", file: { path: "/dev/stdout" } }] }],
};

/** A model of what `tare install` creates (the exact fields vary by tare build; the guide says the accessLog block does). */
function tareEnvoyProxy(withAccessLog: boolean): Any {
  return {
    apiVersion: "gateway.envoyproxy.io/v1alpha1",
    kind: "EnvoyProxy",
    metadata: { name: "tars-egress-proxy", namespace: "tars-system" },
    spec: {
      provider: { type: "Kubernetes", kubernetes: { envoyDeployment: { replicas: 2 } } },
      telemetry: { metrics: { prometheus: { disable: false } }, ...(withAccessLog ? { accessLog: structuredClone(TARE_DEFAULT_ACCESS_LOG) } : {}) },
    },
  };
}

const COLLECTOR_SINK = { type: "OpenTelemetry", openTelemetry: { backendRefs: [{ group: "", kind: "Service", name: "otel-collector", namespace: "tars-dataplane", port: 4317, weight: 1 }] } };

describeWithSchemas("the live EnvoyProxy after the project's patches", () => {
  const validator = new K8sValidator();
  const schema = validator.crdSchema("gateway.envoyproxy.io/v1alpha1", "EnvoyProxy")!;

  const envWith = (observability: Record<string, unknown>) => objectsOf(makeEnv({ observability: { exporters: { azureMonitor: {} }, ...observability } }));
  const partialOf = (objects: K8sObject[]) => objects.find((o) => o.kind === "EnvoyProxy") as Any;
  const scriptOf = (objects: K8sObject[]) => (objects.find((o) => o.kind === "CronJob") as Any)?.spec.jobTemplate.spec.template.spec.containers[0].args[0] as string | undefined;

  /** Server-side apply of the partial (spec only: metadata is the API server's business). */
  const apply = (live: Any, partial: Any) => (partial ? { ...live, spec: ssaMerge(live.spec, partial.spec, schema.properties.spec) } : live);

  /** Runs the CronJob's script against `live`; returns the object after it and the kubectl calls. */
  function runScript(script: string, live: Any): { live: Any; calls: string[][]; stdout: string } {
    const dir = tempDir();
    const bin = path.join(dir, "bin");
    fs.mkdirSync(bin);
    fs.symlinkSync(path.resolve(__dirname, "fixtures", "fake-kubectl.sh"), path.join(bin, "kubectl"));
    fs.writeFileSync(path.join(dir, "state.json"), JSON.stringify(live));
    fs.writeFileSync(path.join(dir, "log"), "");
    const r = spawnSync("bash", ["-c", script], {
      encoding: "utf8",
      env: { HOME: dir, PATH: `${bin}:${process.env.PATH}`, FAKE_STATE: path.join(dir, "state.json"), FAKE_LOG: path.join(dir, "log") },
    });
    if (r.status !== 0) throw new Error(`script failed (${r.status}): ${r.stderr}`);
    const calls = fs.readFileSync(path.join(dir, "log"), "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
    return { live: JSON.parse(fs.readFileSync(path.join(dir, "state.json"), "utf8")), calls, stdout: r.stdout };
  }

  test("the CRD declares the telemetry lists atomic: accessLog.settings, its sinks, metrics.sinks", () => {
    expect(listTypeAt(schema, ["spec", "telemetry", "accessLog", "settings"])).toBe("atomic");
    expect(listTypeAt(schema, ["spec", "telemetry", "accessLog", "settings", "sinks"])).toBe("atomic");
    expect(listTypeAt(schema, ["spec", "telemetry", "metrics", "sinks"])).toBe("atomic");
  });

  test("the tare models are valid EnvoyProxies (schema and CEL rules)", () => {
    expect(validator.validate(tareEnvoyProxy(true))).toEqual([]);
    expect(validator.validate(tareEnvoyProxy(false))).toEqual([]);
  });

  test("why access logs are not in the server-side apply partial: an atomic list replaces tare's default settings", () => {
    const partial = { spec: { telemetry: { accessLog: { settings: [{ sinks: [COLLECTOR_SINK] }] } } } };
    expect((apply(tareEnvoyProxy(true), partial) as Any).spec.telemetry.accessLog).toEqual({ settings: [{ sinks: [COLLECTOR_SINK] }] });
  });

  test("metrics only: the metrics sink is set, tare's access log and other fields are kept; no CronJob", () => {
    const objects = envWith({});
    expect(scriptOf(objects)).toBeUndefined();
    for (const withAccessLog of [true, false]) {
      const live = apply(tareEnvoyProxy(withAccessLog), partialOf(objects));
      expect(live.spec.provider).toEqual(tareEnvoyProxy(withAccessLog).spec.provider);
      expect(live.spec.telemetry).toEqual({
        metrics: { prometheus: { disable: false }, sinks: [COLLECTOR_SINK] },
        ...(withAccessLog ? { accessLog: TARE_DEFAULT_ACCESS_LOG } : {}),
      });
      expect(validator.validate(live)).toEqual([]);
    }
  });

  (HAVE_JQ ? describe : describe.skip)("access logs on: after the partial and the CronJob", () => {
    const objects = envWith({ accessLogs: true });
    const script = scriptOf(objects)!;

    test("tare with a default access log (Path A): the collector sink appended to settings[0].sinks, the default kept, egress restarted", () => {
      const afterApply = apply(tareEnvoyProxy(true), partialOf(objects));
      const { live, calls } = runScript(script, afterApply);
      expect(live.spec.telemetry).toEqual({
        metrics: { prometheus: { disable: false }, sinks: [COLLECTOR_SINK] },
        accessLog: { settings: [{ ...TARE_DEFAULT_ACCESS_LOG.settings[0], sinks: [...TARE_DEFAULT_ACCESS_LOG.settings[0].sinks, ACCESS_LOG_SINK] }] },
      });
      expect(live.spec.provider).toEqual(tareEnvoyProxy(true).spec.provider);
      expect(validator.validate(live)).toEqual([]);
      expect(calls.map((c) => c.slice(0, 2).concat(c.filter((a) => a.startsWith("--type"))))).toEqual([
        ["get", "envoyproxy"],
        ["patch", "envoyproxy", "--type=json"],
        ["rollout", "restart"],
      ]);
    });

    test("tare without an access log (Path B): the block created with the collector sink only", () => {
      const { live } = runScript(script, apply(tareEnvoyProxy(false), partialOf(objects)));
      expect(live.spec.telemetry.accessLog).toEqual({ settings: [{ sinks: [ACCESS_LOG_SINK] }] });
      expect(live.spec.telemetry.metrics.sinks).toEqual([COLLECTOR_SINK]);
      expect(validator.validate(live)).toEqual([]);
    });

    test("idempotent: a second run (and one where the API server defaulted the sink's port) changes nothing and restarts nothing", () => {
      const once = runScript(script, apply(tareEnvoyProxy(true), partialOf(objects))).live;
      const defaulted = structuredClone(once);
      for (const s of defaulted.spec.telemetry.accessLog.settings[0].sinks) if (s.openTelemetry) s.openTelemetry.port = 4317;
      for (const state of [once, defaulted]) {
        const again = runScript(script, state);
        expect(again.live).toEqual(state);
        expect(again.calls.map((c) => c[0])).toEqual(["get"]);
      }
    });

    test("a `tare install` re-run resets the object; the next run restores the guide's result", () => {
      const first = runScript(script, apply(tareEnvoyProxy(true), partialOf(objects))).live;
      const reset = tareEnvoyProxy(true);
      const restored = runScript(script, apply(reset, partialOf(objects))).live;
      expect(restored).toEqual(first);
    });

    test("access logs without the metrics sink: no partial, the CronJob alone", () => {
      const only = envWith({ accessLogs: true, metricsSink: false });
      expect(partialOf(only)).toBeUndefined();
      const { live } = runScript(scriptOf(only)!, tareEnvoyProxy(true));
      expect(live.spec.telemetry.metrics).toEqual({ prometheus: { disable: false } });
      expect(live.spec.telemetry.accessLog.settings[0].sinks).toEqual([...TARE_DEFAULT_ACCESS_LOG.settings[0].sinks, ACCESS_LOG_SINK]);
    });

    (spawnSync("shellcheck", ["--version"]).status === 0 ? test : test.skip)("the script passes shellcheck", () => {
      const r = spawnSync("shellcheck", ["--shell=bash", "-"], { input: script, encoding: "utf8" });
      expect(r.stdout).toBe("");
    });

    test("restartEgress: false patches without restarting", () => {
      const { calls } = runScript(scriptOf(envWith({ accessLogs: true, restartEgress: false }))!, tareEnvoyProxy(false));
      expect(calls.map((c) => c[0])).toEqual(["get", "patch"]);
    });
  });
});
