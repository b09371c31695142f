// RUNBOOK.md: the guide's steps in order, with this environment's values, per mode.
import { planOf } from "../plan";
import * as fs from "fs";
import * as path from "path";
import { renderOperatorFiles } from "../runbook";
import { MODES } from "./fixtures/modes";
import { makeEnv, ROOT, synthStacks } from "./helpers";

const runbook = (patch: Record<string, unknown> = {}) => renderOperatorFiles(planOf(makeEnv(patch))).find((f) => f.path === "RUNBOOK.md")!.content;
const PRIVATE = { mode: "private", acrName: undefined, private: { host: "registry.acme.example.com", repository: "registry.acme.example.com/tare", pullSecretName: "acme-registry-pull" } };

test("the sections follow the guide's order", () => {
  const headings = runbook().split("\n").filter((l) => l.startsWith("## "));
  expect(headings).toEqual([
    "## Prerequisites",
    "## Step 1: the data plane credential",
    "## Step 2: the tare CLI",
    "## Steps 3-5.3 and 7.1: apply the stacks",
    "## Step 5: sync the images to ACR",
    "## Step 6: install the data plane",
    "## Step 7: apply the Kubernetes YAML",
    "## Step 8: DNS and the registered URL",
    "## Step 9: provider routes",
    "## Steps 10-11: verify",
    "## Appendix C: telemetry",
    "## Upgrading the data plane",
    "## Upgrading Kubernetes",
    "## Cleanup",
    "## Troubleshooting",
  ]);
});

describe("values are filled in", () => {
  const text = runbook();

  test("Step 1: the dashboard path; Step 2: the pinned tare, not the installer's latest", () => {
    expect(text).toContain("**System → Settings → Data plane** and click **Generate Data plane credential**");
    expect(text).toContain('curl -fsSL -o "${TARE_ARCHIVE}" "https://tare.tetrate.ai/tools/tags/v0.1.0-beta.4/tare-${TARE_PLATFORM}.tar.gz"');
    expect(text).not.toContain("tare.tetrate.ai/tools/install.sh");
  });

  test("the stacks in order, both ways", () => {
    expect(text).toContain("cdktf deploy test-azure test-cluster");
    expect(text.indexOf("terraform -chdir=cdktf.out/stacks/test-azure apply")).toBeLessThan(text.indexOf("terraform -chdir=cdktf.out/stacks/test-cluster apply"));
    expect(text).toContain("az aks get-credentials --resource-group rg-test --name tars-test --file ~/kubeconfig-tars-test");
  });

  test("Step 9 and 10: routes, tare doctor and its pass criteria, the 401 check", () => {
    expect(text).toContain("kubectl get aigatewayroutes -A");
    expect(text).toContain("kubectl get aiservicebackends -A");
    expect(text).toContain('tare doctor "${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --verbose');
    expect(text).toContain("Sending health report ... OK (bundle <id>)");
    expect(text).toContain("printf 'MCP profile id: '; read -r MCP_PROFILE_ID && export MCP_PROFILE_ID\n./dist/test/verify.sh\n");
  });

  test("without TLS the Proxy URL is registered in Step 8.2, after DNS, not by tare install (guide Steps 6, 8.2)", () => {
    expect(text).not.toContain("--serve-url");
    const step8 = text.indexOf("## Step 8:");
    expect(text.indexOf("Step 8.2, once the name resolves: in the dashboard, **System → Settings → Profile → Proxy URL** = `http://proxy.example-corp.com`")).toBeGreaterThan(
      text.indexOf("dig +short proxy.example-corp.com", step8),
    );
  });

  test("the guide's permissions rows for the modes in use", () => {
    expect(text).toContain("| AcrPush | registry `tarstestacr` | pushing the synced images (Step 5.2) |");
    // The gateway is in the environment's resource group: Contributor there covers it.
    expect(text).not.toContain("the AKS managed resource group (MC_*)");
  });

  test("role assignments need User Access Administrator on the resource group only: none lands on the node resource group (defect 5)", () => {
    expect(text).toMatch(/\| User Access Administrator \(or Owner\) \| resource group `rg-test` \|/);
  });
});

describe("registry modes", () => {
  test("acr: az acr login, the sync with the repositories check, tare install --image-sync without a pull secret", () => {
    const text = runbook();
    expect(text).toContain("az acr login --name tarstestacr");
    expect(text).toContain('tare install "${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --image-sync tarstestacr.azurecr.io/tare --sync-only');
    expect(text).toContain("az acr repository list --name tarstestacr -o tsv");
    expect(text).toContain("ten repositories under `tare/`");
    expect(text).not.toContain("--image-pull-secret");
  });

  test("acr-admin with stdin: the admin credentials from sensitive outputs piped to --image-pull-secret-stdin", () => {
    const text = runbook({ registry: { mode: "acr-admin" } });
    expect(text).toContain("ACR_USERNAME=$(terraform -chdir=cdktf.out/stacks/test-azure output -raw acr_admin_username)");
    expect(text).toContain('echo "${ACR_USERNAME}:${ACR_PASSWORD}" | \\');
    expect(text).toContain("--image-pull-secret-stdin");
  });

  test("acr-admin with the cluster secret: tare uses tars-image-pull-secret", () => {
    const text = runbook({ registry: { mode: "acr-admin", adminPullSecret: "cluster" } });
    expect(text).toContain("--image-pull-secret-name tars-image-pull-secret");
    expect(text).toContain("`kubectl get secret tars-image-pull-secret -n tars-system` and `-n tars-dataplane` both exist");
  });

  test("private: docker login from the environment, --sync-only, then --image-registry --image-pull-secret-name --wait", () => {
    const text = runbook({ registry: PRIVATE });
    expect(text).toContain('printf \'%s\' "${REGISTRY_PASSWORD}" | docker login registry.acme.example.com --username "${REGISTRY_USERNAME}" --password-stdin');
    expect(text).toContain('tare install "${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --image-sync registry.acme.example.com/tare --sync-only');
    expect(text).toMatch(/--image-registry registry\.acme\.example\.com\/tare \\\n\s+--image-pull-secret-name acme-registry-pull \\\n\s+--wait/);
    expect(text).toContain(`printf 'registry_username: '; read -rs TF_VAR_registry_username && [ -n "$TF_VAR_registry_username" ] && export TF_VAR_registry_username && echo || { unset TF_VAR_registry_username; echo; echo "TF_VAR_registry_username not set: nothing was read; run this line again" >&2; }`);
  });

  test("private and mirrored: no sync step", () => {
    const text = runbook({ registry: { ...PRIVATE, private: { ...PRIVATE.private, mirrored: true } } });
    expect(text).not.toContain("--sync-only");
    expect(text).toContain("A platform team mirrors the Agent Router images");
  });
});

describe("other modes", () => {
  test("an existing cluster with AGIC: the one enable-addons command, with the gateway name and subnet", () => {
    const text = runbook({ cluster: { name: "aks-shared", existing: { resourceGroup: "rg-aks" } } });
    expect(text).toContain("az aks enable-addons --resource-group rg-aks --name aks-shared \\\n  --addons ingress-appgw --appgw-name aks-shared-appgw --appgw-subnet-cidr 10.225.0.0/24");
  });

  test("nip.io: the URL and DP_HOST come from the -cluster stack's output", () => {
    const text = runbook({ dns: { mode: "nip-io", hostname: undefined } });
    expect(text).toContain("terraform -chdir=cdktf.out/stacks/test-cluster output -raw data_plane_url");
    expect(text).toContain('DP_URL=$(terraform -chdir=cdktf.out/stacks/test-cluster output -raw data_plane_url) && export DP_HOST="${DP_URL#*://}"');
    expect(text).not.toMatch(/^[^`|]*<gateway-ip>/m); // never in a shell line, where < is a redirection
  });

  test("cert-manager: issuer and certificate checks, and the challenge troubleshooting rows", () => {
    const text = runbook({ tls: { mode: "cert-manager", certManager: { email: "ops@acme-ai.dev" } } });
    expect(text).toContain("`kubectl get clusterissuer letsencrypt-staging` is `READY=True`");
    expect(text).toContain("urn:ietf:params:acme:error:rateLimited");
    expect(text).toContain("Register it in Step b.2.6, after Step b.2.5 below.");
  });

  describe("TLS: Step b.2.5 verifies the handshake and the chain, then Step b.2.6 registers https://", () => {
    const section = (text: string) => text.slice(text.indexOf("## Steps b.2.5-b.2.6"), text.indexOf("## Step 9"));

    test.each([
      ["cert-manager", { tls: { mode: "cert-manager", certManager: { email: "ops@acme-ai.dev", issuer: "letsencrypt-prod", stagingVerified: true } } }],
      ["byo", { tls: { mode: "byo" } }],
    ])("%s: the guide's openssl chain check, then the registration, after DNS", (_mode, patch) => {
      const text = runbook(patch);
      const s = section(text);
      expect(s).toContain(
        "echo | openssl s_client -servername proxy.example-corp.com -connect proxy.example-corp.com:443 2>/dev/null | openssl x509 -noout -subject -issuer -dates",
      );
      expect(s).toContain("curl -sS -o /dev/null -w 'HTTP %{http_code}\\n' https://proxy.example-corp.com/v1/models");
      expect(s.indexOf("openssl x509")).toBeLessThan(s.indexOf("Step b.2.6: in the dashboard, **System → Settings → Profile → Proxy URL** = `https://proxy.example-corp.com`"));
      expect(text.indexOf("## Steps b.2.5-b.2.6")).toBeGreaterThan(text.indexOf("dig +short proxy.example-corp.com"));
      expect(text).not.toContain("--serve-url");
      expect(text).toContain("The Proxy URL is registered in Step b.2.6, once HTTPS is verified");
      expect(s).not.toContain("--cacert");
    });

    test("the staging issuer: its roots are downloaded and passed to curl and verify.sh", () => {
      const text = runbook({ tls: { mode: "cert-manager", certManager: { email: "ops@acme-ai.dev" } } });
      expect(section(text)).toContain("https://letsencrypt.org/certs/staging/letsencrypt-stg-root-x1.pem https://letsencrypt.org/certs/staging/letsencrypt-stg-root-x2.pem > ~/letsencrypt-staging-roots.pem");
      expect(section(text)).toContain("curl -sS --cacert ~/letsencrypt-staging-roots.pem -o /dev/null");
      expect(text).toContain("./dist/test/verify.sh --cacert ~/letsencrypt-staging-roots.pem\n");
    });

    test("no TLS: no such section", () => {
      expect(runbook()).not.toContain("## Steps b.2.5-b.2.6");
    });
  });

  test("AGC: the Gateway checks and a CNAME to its FQDN", () => {
    const text = runbook({ ingress: { mode: "agc" }, azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" } });
    expect(text).toContain("kubectl get gateway tars-gateway -n tars-alb -o jsonpath='{.status.addresses[0].value}'");
    expect(text).toContain("CNAME <that FQDN>.");
    expect(text).not.toContain("ingress-appgw");
  });

  test("the telemetry section reminds that tare install resets the patches", () => {
    expect(runbook()).toContain("**Every `tare install` re-run resets the EnvoyProxy patches.**");
  });
});

test("no secret value, only environment variables", () => {
  const text = runbook({ registry: PRIVATE, observability: { exporters: { datadog: {} } } });
  expect(text).toContain(`printf 'otel_datadog_creds_dd_api_key: '; read -rs TF_VAR_otel_datadog_creds_dd_api_key && [ -n "$TF_VAR_otel_datadog_creds_dd_api_key" ] && export TF_VAR_otel_datadog_creds_dd_api_key && echo || { unset TF_VAR_otel_datadog_creds_dd_api_key; echo; echo "TF_VAR_otel_datadog_creds_dd_api_key not set: nothing was read; run this line again" >&2; }`);
  expect(text).not.toMatch(/TF_VAR_\w+=['"]?[A-Za-z0-9]/);
});

test("the runbook says how each state backend authenticates", () => {
  expect(runbook()).toContain("State: local files `terraform.<stack>.tfstate`");
  expect(runbook({ state: { backend: "azurerm", azurerm: { resourceGroupName: "rg-tf", storageAccountName: "tfacme" } } })).toContain(
    "State: Azure Storage account `tfacme`, container `tfstate`, keys `test/<stack>.tfstate`",
  );
  expect(runbook({ state: { backend: "cloud", cloud: { organization: "acme" } } })).toContain("run `terraform login app.terraform.io` first");
});

test.each(Object.entries(MODES))("%s: the runbook asks for exactly the variables the stacks declare, described alike", (_mode, patch) => {
  const env = makeEnv(patch);
  const { azureJson, clusterJson } = synthStacks(env);
  const declared = [...Object.entries(clusterJson.variable ?? {}), ...Object.entries(azureJson.variable ?? {})].map(([name, v]) => `${name}: ${v.description}`);
  const text = runbook(patch);
  // The description is Markdown there (md escapes what could be syntax): compared as it reads.
  const described = [...text.matchAll(/^- `TF_VAR_(\w+)`: (.*)$/gm)].map((m) => `${m[1]}: ${m[2].replace(/\\(.)/g, "$1")}`);
  const asked = [...text.matchAll(/^printf '(\w+): '; read -rs TF_VAR_(\w+) && \[ -n "\$TF_VAR_\2" \] && export TF_VAR_\2 && echo \|\| \{ unset TF_VAR_\2; .* \}$/gm)].map((m) => m[1]);
  expect(described.sort()).toEqual(declared.sort());
  expect(asked.sort()).toEqual(declared.map((d) => d.split(":")[0]).sort());
});

test("the runbook names the state keys, workspaces and get-credentials command the stacks use", () => {
  const azurerm = { state: { backend: "azurerm", azurerm: { resourceGroupName: "rg-tf", storageAccountName: "tfacme", keyPrefix: "teams/ai" } } };
  const key = (synthStacks(makeEnv(azurerm)).clusterJson.terraform!.backend as { azurerm: { key: string } }).azurerm.key;
  expect(key).toBe("teams/ai/test-cluster.tfstate");
  expect(runbook(azurerm)).toContain("keys `teams/ai/<stack>.tfstate`");

  const cloud = { state: { backend: "cloud", cloud: { organization: "acme", workspacePrefix: "ar-" } } };
  const stacks = synthStacks(makeEnv(cloud));
  const workspace = (json: typeof stacks.azureJson) => (json.terraform!.cloud as { workspaces: { name: string } }).workspaces.name;
  expect(runbook(cloud)).toContain(`workspaces \`${workspace(stacks.azureJson)}\` and \`${workspace(stacks.clusterJson)}\``);

  const existing = { cluster: { name: "aks-shared", existing: { resourceGroup: "rg-aks" } } };
  const command = synthStacks(makeEnv(existing)).azureJson.output!.get_credentials_command.value as string;
  expect(command).toBe("az aks get-credentials --resource-group rg-aks --name aks-shared --file ~/kubeconfig-aks-shared");
  expect(runbook(existing)).toContain(command);
});

test("Step 11's smoke tests are in the runbook too, with the scheme and host filled in", () => {
  const text = runbook({ tls: { mode: "byo" } });
  expect(text).toContain("export DP_HOST=proxy.example-corp.com");
  expect(text).toContain('curl -s "https://${DP_HOST}/v1/messages" -X POST');
  expect(text).toContain('"method":"tools/list"');
});

test("access logs: Appendix C names the CronJob that appends the sink and how to run it now; without them, no such line", () => {
  const on = runbook({ observability: { accessLogs: true, exporters: { azureMonitor: {} } } });
  // A fixed name, removed first: the same command in bash and zsh, and re-runnable.
  expect(on).toContain("kubectl delete job -n tars-dataplane envoyproxy-access-log-now --ignore-not-found\nkubectl create job -n tars-dataplane --from=cronjob/envoyproxy-access-log envoyproxy-access-log-now");
  expect(runbook()).not.toContain("envoyproxy-access-log");
});

describe("the gateway and the permissions the stacks need", () => {
  const AGC = { azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, cluster: { network: { pluginMode: "overlay" } }, ingress: { mode: "agc" } };

  test("AGC on a cluster the project creates: User Access Administrator at subscription scope, with the reason (defect 5)", () => {
    expect(runbook(AGC)).toMatch(/\| User Access Administrator \(or Owner\) \| the subscription \(the ALB controller identity's roles are on the node resource group MC_\*, which does not exist before the apply; check AR034\) \|/);
  });

  test("the default gateway: both stacks in one pass, the gateway and its IP named (defect 2)", () => {
    const text = runbook();
    expect(text).toContain("cdktf deploy test-azure test-cluster");
    expect(text).toContain("App Gateway `tars-test-appgw` (Standard_v2) with its static public IP `tars-test-appgw-pip`, and the AGIC add-on attached to it");
    expect(text).not.toContain("application-gateway wait");
  });

  test("the add-on's gateway (ingress.agic.gateway: addon): an explicit wait between the stacks, both ways (defect 2)", () => {
    const text = runbook({ ingress: { agic: { gateway: "addon" } } });
    expect(text).not.toContain("cdktf deploy test-azure test-cluster");
    const wait = "az network application-gateway wait --created --timeout 1800 -n tars-test-appgw";
    const cdktf = [text.indexOf("cdktf deploy test-azure\n"), text.indexOf(wait), text.indexOf("cdktf deploy test-cluster")];
    expect(cdktf[0]).toBeGreaterThan(0);
    expect(cdktf).toEqual([...cdktf].sort((a, b) => a - b));
    const tf = [text.indexOf("terraform -chdir=cdktf.out/stacks/test-azure apply"), text.lastIndexOf(wait), text.indexOf("terraform -chdir=cdktf.out/stacks/test-cluster apply")];
    expect(tf).toEqual([...tf].sort((a, b) => a - b));
    expect(text).toContain('-g "$(terraform -chdir=cdktf.out/stacks/test-azure output -raw node_resource_group)"');
    expect(text).toContain("| Network Contributor | the AKS managed resource group (MC_*) | letting AGIC manage App Gateway state |");
  });
});

test("a runbook that says cdktf deploy says how to get the pinned cdktf CLI (it is not a dependency)", () => {
  const text = runbook();
  expect(text).toContain("cdktf deploy");
  expect(text).toContain("npm install --prefix ~/.cache/agent-router-azure/cdktf-cli-0.21.0 cdktf-cli@0.21.0");
  expect(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).dependencies.cdktf).toBe("0.21.0");
});

describe("the WAF on AGC", () => {
  const AGC_WAF = { azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, ingress: { mode: "agc", waf: { enabled: true } } };

  test("the -azure stack's pieces name the policies; verification and troubleshooting cover their link", () => {
    const text = runbook(AGC_WAF);
    expect(text).toContain("the two WAF policies it links to the Gateway and the route");
    expect(text).toContain("`kubectl get webapplicationfirewallpolicies -A` shows both policies with `DEPLOYMENT=True`");
    expect(text).toContain("A `WebApplicationFirewallPolicy` with `DEPLOYMENT=False`");
  });

  test("none of it without the WAF", () => {
    const text = runbook({ ...AGC_WAF, ingress: { mode: "agc", waf: { enabled: false } } });
    expect(text).not.toContain("webapplicationfirewallpolicies");
  });
});

test("the runbook's Terraform minimum is the README's and the stacks' required_version", () => {
  const stackMin = /^>= (\d+\.\d+)\.0$/.exec(String((synthStacks(makeEnv()).clusterJson as unknown as { terraform: { required_version: string } }).terraform.required_version))?.[1];
  const runbookMin = /`terraform` (\d+\.\d+)\+ to apply the stacks/.exec(runbook())?.[1];
  const readmeMin = /Terraform (\d+\.\d+) or later/.exec(fs.readFileSync(path.join(ROOT, "README.md"), "utf8"))?.[1];
  expect(stackMin).toMatch(/^\d+\.\d+$/);
  expect({ runbook: runbookMin, readme: readmeMin }).toEqual({ runbook: stackMin, readme: stackMin });
});

describe("the data plane release (dataPlane)", () => {
  const step = (text: string, heading: string) => {
    const from = text.indexOf(`\n## ${heading}`);
    expect(from).toBeGreaterThan(0);
    const to = text.indexOf("\n## ", from + 4);
    return text.slice(from, to < 0 ? text.length : to);
  };
  const SHA = "a".repeat(64);

  test("Step 2 installs exactly the pinned version, checks it, and prints the digest when none is recorded", () => {
    const s2 = step(runbook({ dataPlane: { version: "0.2.1" } }), "Step 2: the tare CLI");
    expect(s2).toContain('TARE_ARCHIVE="${TMPDIR:-/tmp}/tare-0.2.1.tar.gz"');
    expect(s2).toContain("https://tare.tetrate.ai/tools/tags/v0.2.1/tare-${TARE_PLATFORM}.tar.gz");
    expect(s2).toContain('shasum -a 256 "${TARE_ARCHIVE}"\nmkdir -p "$HOME/.tare/bin" && tar -xzf "${TARE_ARCHIVE}" -C "$HOME/.tare/bin"');
    expect(s2).toContain("tare --version | grep -Fx 'tare version v0.2.1'");
    expect(s2).toContain("records none, so nothing checks this download");
    expect(s2).not.toContain("tare.tetrate.ai/tools/install.sh");
  });

  test("Step 2 extracts the archive only when its recorded digest matches", () => {
    const s2 = step(runbook({ dataPlane: { version: "0.2.1", sha256: { "linux-amd64": SHA, "darwin-arm64": "b".repeat(64) } } }), "Step 2: the tare CLI");
    expect(s2).toContain(`case "\${TARE_PLATFORM}" in linux-amd64) TARE_SHA256=${SHA} ;; darwin-arm64) TARE_SHA256=${"b".repeat(64)} ;; *) TARE_SHA256=not-recorded ;; esac`);
    expect(s2).toContain('echo "${TARE_SHA256}  ${TARE_ARCHIVE}" | shasum -a 256 -c - && mkdir -p "$HOME/.tare/bin" && tar -xzf "${TARE_ARCHIVE}" -C "$HOME/.tare/bin"');
    expect(s2).not.toContain("records none");
  });

  test("without a pinned version, Step 2 keeps the guide's installer and says what that means", () => {
    const s2 = step(runbook({ dataPlane: { version: undefined } }), "Step 2: the tare CLI");
    expect(s2).toContain("curl -sSL https://tare.tetrate.ai/tools/install.sh | bash");
    expect(s2).toContain("`dataPlane.version` is not set in environments/test.yaml");
  });

  test("Step 6 stays tare install, and names the version it installs", () => {
    const s6 = step(runbook(), "Step 6: install the data plane");
    expect(s6).toContain('tare install "${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}"');
    expect(s6).toContain("embedded in `tare` v0.1.0-beta.4");
  });

  test("the upgrade: pin, install that tare, sync first, HA preflight, tare upgrade, verify, roll back", () => {
    const up = step(runbook({ dataPlane: { version: "0.2.1" } }), "Upgrading the data plane");
    const order = [
      "1. **Pin the new version.** Set `dataPlane.version` in environments/test.yaml",
      "tare --version | grep -Fx 'tare version v0.2.1'",
      'tare install "${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --image-sync tarstestacr.azurecr.io/tare --sync-only',
      "kubectl get envoyproxy tars-egress-proxy -n tars-system -o jsonpath='{.spec.provider.kubernetes.envoyHpa.minReplicas}{\"\\n\"}'",
      'tare upgrade "${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}"',
      'tare doctor "${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --verbose',
      "helm rollback tars -n tars-system --wait",
    ];
    const at = order.map((s) => up.indexOf(s));
    expect(at.filter((i) => i < 0).map((_, k) => order[k])).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(up).toContain("--allow-downtime");
    expect(up).toContain("The CRDs it applied in its CRD phase stay at the new version");
    expect(up).toContain("Not possible: `tare upgrade` with an older binary as a downgrade");
  });

  test("the upgrade waits for a mirrored private registry instead of syncing", () => {
    const up = step(runbook({ registry: { ...PRIVATE, private: { ...PRIVATE.private, mirrored: true } } }), "Upgrading the data plane");
    expect(up).toContain("A platform team mirrors them into `registry.acme.example.com/tare`: wait until they confirm");
    expect(up).not.toContain("--sync-only");
  });

  test("the upgrade syncs into a private registry that is not mirrored", () => {
    const up = step(runbook({ registry: PRIVATE }), "Upgrading the data plane");
    expect(up).toContain('tare install "${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --image-sync registry.acme.example.com/tare --sync-only');
  });
});

// The operator files read the plan alone: the plan `agent-router-azure plan` prints (JSON, no
// environment behind it) renders the same four files as the plan synth resolves.
test.each(Object.entries(MODES))("%s: the operator files render from the plan alone", (_mode, patch) => {
  const plan = planOf(makeEnv(patch));
  const printed = JSON.parse(JSON.stringify(plan)) as typeof plan;
  expect(renderOperatorFiles(printed)).toEqual(renderOperatorFiles(plan));
});
