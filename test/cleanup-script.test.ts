// cleanup.sh against recording stand-ins for kubectl, helm, terraform and az; shellcheck on both scripts.
import { planOf } from "../plan";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { scriptsFor } from "./fixtures/operator-scripts";
import { makeEnv } from "./helpers";
import { renderOperatorFiles } from "../runbook";

function stubs(dir: string, helmFails: boolean, az = `[ "$1 $2" = "group exists" ] && echo false; exit 0`): { env: NodeJS.ProcessEnv; calls: () => string[] } {
  const bin = path.join(dir, "bin");
  const log = path.join(dir, "calls.log");
  fs.mkdirSync(bin);
  const stub = (name: string, body: string) =>
    fs.writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\necho "${name} $*" >> "${log}"\n${body}\n`, { mode: 0o755 });
  stub(
    "kubectl",
    `case "$*" in
  "get gatewayclass -A"*) echo "/tars-egress" ;;
  "get aiservicebackends -A"*) echo "tars-dataplane/openai" ;;
  "get aigatewayroutes -A"*) echo "tars-dataplane/route-1" ;;
  "get namespace"*) echo "Terminating Terminating" ;;
esac
exit 0`,
  );
  // helmFails: the release is there (helm status succeeds) but its uninstall does not finish.
  stub("helm", helmFails ? `[ "$1" = status ] && exit 0; exit 1` : "exit 0");
  // The -cluster stack's state holds the namespaces it created (prevent_destroy).
  stub("terraform", `case "$*" in *test-cluster" state list") printf 'kubernetes_namespace_v1.NamespaceSystem\\nkubernetes_secret_v1.PullSecret_System\\n' ;; esac; exit 0`);
  stub("az", az);
  // Waits take no time here; each is still recorded.
  stub("sleep", "exit 0");
  return {
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir },
    calls: () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : []),
  };
}

describe("cleanup.sh", () => {
  function cleanup(helmFails: boolean, args: string[]) {
    const s = scriptsFor();
    const stacks = path.join(s.dir, "cdktf.out", "stacks");
    for (const stack of ["test-azure", "test-cluster"]) {
      fs.mkdirSync(path.join(stacks, stack), { recursive: true });
      fs.writeFileSync(path.join(stacks, stack, "cdk.tf.json"), "{}");
    }
    const { env, calls } = stubs(s.dir, helmFails);
    const r = spawnSync("bash", [s.cleanup, ...args], { env, encoding: "utf8" });
    return { ...r, calls: calls(), dir: s.dir };
  }

  test("deletes in the guide's order: YAML, helm release, -cluster stack, -azure stack, kubeconfig", () => {
    const r = cleanup(false, ["--yes"]);
    expect(r.status).toBe(0);
    const calls = r.calls.map((c) => c.replace(r.dir, "<dir>"));
    expect(calls).toEqual([
      "kubectl delete -k <dir>/dist/test --ignore-not-found --wait=true --timeout=5m",
      "helm uninstall tars -n tars-system --wait --timeout 5m",
      "terraform -chdir=<dir>/cdktf.out/stacks/test-cluster init -input=false",
      "terraform -chdir=<dir>/cdktf.out/stacks/test-cluster state list",
      "terraform -chdir=<dir>/cdktf.out/stacks/test-cluster state rm kubernetes_namespace_v1.NamespaceSystem",
      "terraform -chdir=<dir>/cdktf.out/stacks/test-cluster destroy -auto-approve -input=false",
      "kubectl delete namespace tars-system tars-dataplane --ignore-not-found --wait=true --timeout=5m",
      "terraform -chdir=<dir>/cdktf.out/stacks/test-azure init -input=false",
      "terraform -chdir=<dir>/cdktf.out/stacks/test-azure state list",
      "terraform -chdir=<dir>/cdktf.out/stacks/test-azure destroy -auto-approve -input=false",
      "az group exists --name rg-test",
    ]);
    expect(r.stdout).toContain("+ rm -f");
  });

  test("the namespaces the -cluster stack protects are released from its state only after helm uninstall, and deleted once it is destroyed (defect 11)", () => {
    const calls = cleanup(false, ["--yes"]).calls;
    const at = (prefix: string) => calls.findIndex((c) => c.startsWith(prefix));
    expect(at("helm uninstall tars")).toBeGreaterThanOrEqual(0);
    expect(at("helm uninstall tars")).toBeLessThan(at("terraform -chdir="));
    expect(calls.findIndex((c) => c.includes("state rm"))).toBeLessThan(calls.findIndex((c) => c.includes("test-cluster destroy")));
    expect(calls.findIndex((c) => c.includes("test-cluster destroy"))).toBeLessThan(at("kubectl delete namespace tars-system tars-dataplane"));
  });

  test("--force-finalizers: pass 1 on the gateway CRs, namespaces deleted, pass 2 on aigatewayroutes", () => {
    const r = cleanup(true, ["--yes", "--force-finalizers"]);
    expect(r.status).toBe(0);
    const patches = r.calls.filter((c) => c.startsWith("kubectl patch") || c.startsWith("kubectl delete namespace"));
    expect(patches).toEqual([
      'kubectl patch gatewayclass tars-egress --type=merge -p {"metadata":{"finalizers":[]}}',
      'kubectl patch aiservicebackends openai -n tars-dataplane --type=merge -p {"metadata":{"finalizers":[]}}',
      "kubectl delete namespace tars-system tars-dataplane --ignore-not-found --wait=false",
      'kubectl patch aigatewayroutes route-1 -n tars-dataplane --type=merge -p {"metadata":{"finalizers":[]}}',
      // Step 3, after the -cluster stack released and destroyed: already gone, --ignore-not-found.
      "kubectl delete namespace tars-system tars-dataplane --ignore-not-found --wait=true --timeout=5m",
    ]);
  });

  test("without --force-finalizers a hanging uninstall is reported, not forced, and nothing after it runs", () => {
    const r = cleanup(true, ["--yes"]);
    expect(r.stdout).toContain("re-run with --force-finalizers");
    expect(r.calls.some((c) => c.startsWith("kubectl patch"))).toBe(false);
    // The namespaces still hold the data plane: no state rm, no destroy, no namespace delete.
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("stopped before the stacks");
    expect(r.calls.filter((c) => c.startsWith("terraform") || c.startsWith("kubectl delete namespace"))).toEqual([]);
  });

  test("a re-run after the release is gone goes on, and deletes the namespaces even with nothing left in state", () => {
    // The -cluster stack of this environment declares the namespaces (the pull secret goes there).
    const s = scriptsFor({ registry: { mode: "acr-admin", adminPullSecret: "cluster" } });
    const stacks = path.join(s.dir, "cdktf.out", "stacks");
    for (const stack of ["test-azure", "test-cluster"]) {
      fs.mkdirSync(path.join(stacks, stack), { recursive: true });
      fs.writeFileSync(path.join(stacks, stack, "cdk.tf.json"), "{}");
    }
    const { env, calls } = stubs(s.dir, false);
    // No release (uninstall and status both fail), and an empty -cluster state (a first run released it).
    fs.writeFileSync(path.join(s.dir, "bin", "helm"), `#!/usr/bin/env bash
echo "helm $*" >> "${path.join(s.dir, "calls.log")}"
exit 1
`, { mode: 0o755 });
    fs.writeFileSync(path.join(s.dir, "bin", "terraform"), `#!/usr/bin/env bash
echo "terraform $*" >> "${path.join(s.dir, "calls.log")}"
exit 0
`, { mode: 0o755 });
    const r = spawnSync("bash", [s.cleanup, "--yes"], { env, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Nothing to uninstall");
    const log = calls();
    expect(log.some((c) => c.includes("state rm"))).toBe(false);
    expect(log.findIndex((c) => c.includes("test-cluster destroy"))).toBeLessThan(log.findIndex((c) => c.startsWith("kubectl delete namespace tars-system tars-dataplane")));
  });

  test("--dry-run runs nothing", () => {
    const r = cleanup(false, ["--dry-run"]);
    expect(r.status).toBe(0);
    expect(r.calls.filter((c) => !c.startsWith("az group exists"))).toEqual([]);
    expect(r.stdout).toContain("+ helm uninstall tars -n tars-system");
  });

  test("asks before deleting, and stops on a wrong answer", () => {
    const s = scriptsFor();
    const { env, calls } = stubs(s.dir, false);
    const r = spawnSync("bash", [s.cleanup], { env, input: "prod\n", encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("aborted");
    expect(calls()).toEqual([]);
  });

  test("is safe to re-run: a second run after the first succeeds again", () => {
    expect(cleanup(false, ["--yes"]).status).toBe(0);
    expect(cleanup(false, ["--yes"]).status).toBe(0);
  });

  test("an existing cluster's AGIC add-on is left alone; sensitive variables get placeholders for destroy", () => {
    const text = renderOperatorFiles(planOf(
      makeEnv({ cluster: { name: "aks", existing: { resourceGroup: "rg-aks" } }, registry: { mode: "private", acrName: undefined, private: { host: "reg.example-corp.com", repository: "reg.example-corp.com/tare" } } }),
    )).find((f) => f.path === "cleanup.sh")!.content;
    expect(text).toContain("is left alone");
    expect(text).toContain("-var registry_username=unused -var registry_password=unused");
  });
});

describe("cleanup.sh says what is left, and fails when anything is", () => {
  const SUB = "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41";
  const WAF = { azure: { subscriptionId: SUB }, ingress: { waf: { enabled: true } } };

  function cleanupWith(opts: { patch?: Record<string, unknown>; synthesized?: boolean; az?: string; args?: string[] }) {
    const s = scriptsFor(opts.patch);
    if (opts.synthesized ?? true) {
      for (const stack of ["test-azure", "test-cluster"]) {
        fs.mkdirSync(path.join(s.dir, "cdktf.out", "stacks", stack), { recursive: true });
        fs.writeFileSync(path.join(s.dir, "cdktf.out", "stacks", stack, "cdk.tf.json"), "{}");
      }
    }
    const { env, calls } = stubs(s.dir, false, opts.az);
    const r = spawnSync("bash", [s.cleanup, "--yes", ...(opts.args ?? [])], { env, encoding: "utf8" });
    return { ...r, calls: calls() };
  }

  test("without the synthesized stacks it exits 1 and names both stacks, with what they hold and the fix", () => {
    const r = cleanupWith({ synthesized: false });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain("cleanup.sh: done");
    expect(r.stderr).toContain("cleanup.sh: NOT done for test: still there (Azure resources among them keep billing):");
    expect(r.stderr).toMatch(/^ {2}- stack test-cluster \(Secrets, then the namespaces it created\): not synthesized in .*cdktf\.out\/stacks; run npm run synth in .* and re-run, or destroy it where it was applied$/m);
    expect(r.stderr).toMatch(/^ {2}- stack test-azure \(cluster, App Gateway, registry, network, identities, resource group\): not synthesized in /m);
    expect(r.calls.some((c) => c.startsWith("terraform"))).toBe(false);
  });

  test("--dry-run without the synthesized stacks lists what a real run would leave, and succeeds (it deletes nothing by design)", () => {
    const r = cleanupWith({ synthesized: false, args: ["--dry-run"] });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("cleanup.sh: dry run for test: a real run would leave:");
    expect(r.stderr).toMatch(/^ {2}- stack test-azure \(cluster, App Gateway, registry, network, identities, resource group\): not synthesized in /m);
  });

  test("the resource group still there: exit 1 naming it, unless --delete-resource-group deletes it", () => {
    const exists = `[ "$1 $2" = "group exists" ] && echo true; exit 0`;
    const kept = cleanupWith({ az: exists });
    expect(kept.status).toBe(1);
    expect(kept.stderr).toMatch(/^ {2}- resource group rg-test: still exists; inspect it \(az resource list --resource-group rg-test -o table\), then re-run with --delete-resource-group$/m);
    const deleted = cleanupWith({ az: exists, args: ["--delete-resource-group"] });
    expect(deleted.status).toBe(0);
    expect(deleted.calls).toContain("az group delete --name rg-test --yes --no-wait");
    expect(deleted.stdout).toContain("cleanup.sh: done for test");
  });

  // The API policy's path rule, as az network application-gateway show --query ... -o tsv prints it
  // (Azure returns resource IDs in any case: resourcegroups here).
  const LINKED = `printf 'pr-tars-ingress-api-v1\\t/subscriptions/${SUB}/resourcegroups/rg-test/providers/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/tars-test-waf-api\\n'`;
  const strictOnly = `printf 'pr-other\\t/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/tars-test-waf\\n'`;

  test("WAF: waits until AGIC has unlinked the API policy from the gateway's path rules before the -azure destroy", () => {
    // Linked on the first two looks, then AGIC has removed the rule (only another policy's is left).
    const az = `case "$*" in
  "group exists"*) echo false ;;
  "network application-gateway show"*) n=$(cat "$HOME/gw-calls" 2>/dev/null || echo 0); echo $((n + 1)) > "$HOME/gw-calls"; if [ "$n" -lt 2 ]; then ${LINKED}; else ${strictOnly}; fi ;;
esac
exit 0`;
    const r = cleanupWith({ patch: WAF, az });
    expect(r.status).toBe(0);
    const at = (prefix: string) => r.calls.findIndex((c) => c.startsWith(prefix));
    const looks = r.calls.filter((c) => c.startsWith("az network application-gateway show --resource-group rg-test --name tars-test-appgw"));
    expect(looks).toHaveLength(3);
    expect(r.calls.filter((c) => c === "sleep 10")).toHaveLength(2);
    expect(r.stdout).toContain("Path rule(s) pr-tars-ingress-api-v1 of tars-test-appgw still link tars-test-waf-api: waiting for AGIC to remove them");
    expect(at("kubectl delete -k")).toBeLessThan(at("az network application-gateway show"));
    expect(r.calls.lastIndexOf(looks[2])).toBeLessThan(r.calls.findIndex((c) => c.includes("test-azure destroy")));
  });

  test("WAF: a path rule that still links the API policy after 10 minutes stops the script before the -azure destroy", () => {
    const r = cleanupWith({ patch: WAF, az: `case "$*" in "network application-gateway show"*) ${LINKED} ;; esac; exit 0` });
    expect(r.status).toBe(1);
    expect(r.calls.filter((c) => c === "sleep 10")).toHaveLength(60);
    expect(r.stderr).toContain("path rule(s) pr-tars-ingress-api-v1 of App Gateway tars-test-appgw still link WAF policy tars-test-waf-api");
    expect(r.stderr).toContain("Is Ingress tars-ingress-api gone");
    expect(r.calls.some((c) => c.includes("test-azure destroy"))).toBe(false);
  });

  test("WAF: with the cluster gone (nothing can unlink it) it does not wait: the -azure destroy deletes the gateway first", () => {
    const r = cleanupWith({ patch: WAF, az: `case "$*" in "aks show"*) exit 3 ;; "network application-gateway show"*) ${LINKED} ;; esac; exit 0` });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Cluster tars-test is gone, and AGIC with it");
    expect(r.calls.some((c) => c.startsWith("az network application-gateway show"))).toBe(false);
    expect(r.calls.some((c) => c.includes("test-azure destroy"))).toBe(true);
  });
});

describe("shellcheck", () => {
  const available = spawnSync("shellcheck", ["--version"]).status === 0;
  if (!available) console.warn("SKIPPED shellcheck: not installed (apt-get install shellcheck); .ci/run installs it");
  const maybe = available ? test : test.skip;

  maybe.each([
    ["the default environment", {}],
    ["AGC, cert-manager, private registry, GitOps", { ingress: { mode: "agc" }, azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, tls: { mode: "cert-manager", certManager: { email: "ops@acme-ai.dev" } }, registry: { mode: "private", acrName: undefined, private: { host: "reg.example-corp.com", repository: "reg.example-corp.com/tare" } }, gitops: { repoUrl: "https://git.example-corp.com/x.git", argocd: { enabled: true } } }],
    ["an existing cluster with acr-admin", { cluster: { name: "aks", existing: { resourceGroup: "rg-aks" } }, registry: { mode: "acr-admin" } }],
    ["the WAF in Prevention", { azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, ingress: { waf: { enabled: true, mode: "Prevention" } } }],
  ])("verify.sh and cleanup.sh pass for %s", (_name, patch) => {
    const s = scriptsFor(patch as Record<string, unknown>);
    const r = spawnSync("shellcheck", ["--severity=style", s.verify, s.cleanup], { encoding: "utf8" });
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });
});
