// cleanup.sh: the guide's Cleanup, in dependency order, for one environment. Resources the
// stacks own go through `terraform destroy` (reverse order); the rest through kubectl/helm.
// Safe to re-run; the guide's two-pass finalizer procedure is behind --force-finalizers. The
// script is built in its parts (usage, shell functions, confirmation, Kubernetes steps, stack
// steps, summary), each rendered by one function below, in the script's order.
import type { Plan } from "../plan";
import { GUIDE_NAMES, NS_DATAPLANE, NS_SYSTEM, WAF_API_INGRESS } from "../plan/names";
import { sh, type ShellCode } from "../config/encode";
import type { RunbookContext } from "./context";

/** Troubleshooting, "helm uninstall hangs": pass 1 kinds, then aigatewayroutes once namespaces terminate. */
export const FINALIZER_PASS_1 = ["gatewayclass", "aiservicebackends", "backendsecuritypolicies", "mcproutes", "tarsroutedeployments"] as const;
export const FINALIZER_PASS_2 = ["aigatewayroutes"] as const;

export function renderCleanupScript(c: RunbookContext): string {
  const p = c.plan;
  return sh`${usage(p)}${shellFunctions(p)}${confirmation(p)}${kubernetesSteps(p)}${helmUninstall()}${stackSteps(p)}${summary()}`.toString();
}

/** The header, the options and their parsing. */
function usage(p: Plan): ShellCode {
  return sh`#!/usr/bin/env bash
# Guide "Cleanup" for environment ${p.name}, in dependency order. Safe to re-run. Exits 1,
# naming what is left, unless everything it was to delete is gone.
# Usage: ./cleanup.sh [--yes] [--force-finalizers] [--delete-resource-group] [--dry-run]
#   --yes                    do not ask for confirmation
#   --force-finalizers       if helm uninstall hangs, clear finalizers in two passes
#   --delete-resource-group  afterwards, delete ${p.azure.resourceGroup} if anything is left in it
#   --dry-run                print the commands, run nothing
set -uo pipefail

env_name="${p.name}"
here=$(cd "$(dirname "$0")" && pwd)
root="\${AGENT_ROUTER_ROOT:-$(cd "$here/../.." && pwd)}"
stacks="$root/cdktf.out/stacks"
yes=0
force_finalizers=0
delete_rg=0
dry_run=0
# What this run was to delete and did not: listed at the end, and the exit status is 1.
left=()

usage() { sed -n '2,8p' "$0" | sed 's/^# \\{0,1\\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --yes) yes=1 ;;
    --force-finalizers) force_finalizers=1 ;;
    --delete-resource-group) delete_rg=1 ;;
    --dry-run) dry_run=1 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "cleanup.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
`;
}

/** run, step, clear_finalizers, destroy_stack and release_namespaces. */
function shellFunctions(p: Plan): ShellCode {
  return sh`
run() {
  echo "+ $*"
  [ "$dry_run" = 1 ] || "$@"
}
step() { printf '\\n== %s\\n' "$*"; }

# clear_finalizers KIND: empty the finalizers of every object of KIND, in any namespace.
clear_finalizers() {
  local kind="$1" ns name
  kubectl get "$kind" -A -o jsonpath='{range .items[*]}{.metadata.namespace}{"/"}{.metadata.name}{"\\n"}{end}' 2>/dev/null |
    while IFS=/ read -r ns name; do
      [ -n "$name" ] || continue
      if [ -n "$ns" ]; then
        run kubectl patch "$kind" "$name" -n "$ns" --type=merge -p '{"metadata":{"finalizers":[]}}'
      else
        run kubectl patch "$kind" "$name" --type=merge -p '{"metadata":{"finalizers":[]}}'
      fi
    done
}

# destroy_stack STACK WHAT: terraform destroy of a synthesized stack; WHAT is what it holds.
destroy_stack() {
  local dir="$stacks/$1"
  if [ ! -f "$dir/cdk.tf.json" ]; then
    echo "   $1: not synthesized here ($dir): nothing of it is deleted"
    left+=("stack $1 ($2): not synthesized in $stacks; run npm run synth in $root and re-run, or destroy it where it was applied")
    return 0
  fi
  run terraform -chdir="$dir" init -input=false >/dev/null &&
    release_namespaces "$dir" &&
    ${destroyCommand(p)}
}

# The -cluster stack's namespaces (${NS_SYSTEM}, ${NS_DATAPLANE}) hold the data plane and carry
# prevent_destroy, so a plain terraform destroy stops. After helm uninstall (step 2), release them
# from state; step 3 deletes them with kubectl once the stack is gone: those it released, and those
# its configuration declares (so a re-run, with nothing left in state, still deletes them).
released_namespaces=${p.clusterStackNamespaces.dataplane ? sh`1` : sh`0`}
release_namespaces() {
  local addr
  if [ "$dry_run" = 1 ]; then
    echo "+ terraform -chdir=$1 state rm <each kubernetes_namespace_v1 in its state>"
    return 0
  fi
  for addr in $(terraform -chdir="$1" state list 2>/dev/null | grep '^kubernetes_namespace_v1\.'); do
    run terraform -chdir="$1" state rm "$addr" || return 1
    released_namespaces=1
  done
  return 0
}
`;
}

/**
 * `terraform destroy` of one stack, inside destroy_stack. Each stack gets placeholders for the
 * variables it declares (terraform rejects -var of an undeclared one).
 */
function destroyCommand(p: Plan): ShellCode {
  const destroyVars = sh.join(p.variables.cluster.map((v) => sh`-var ${v.name}=unused`), " ");
  const azureDestroyVars = sh.join(p.variables.azure.map((v) => sh`-var ${v.name}=unused`), " ");
  return p.variables.azure.length || p.variables.cluster.length
    ? sh`if [ "$1" = ${p.stacks.azure} ]; then
      run terraform -chdir="$dir" destroy -auto-approve -input=false ${azureDestroyVars}
    else
      run terraform -chdir="$dir" destroy -auto-approve -input=false ${destroyVars}
    fi`
    : sh`run terraform -chdir="$dir" destroy -auto-approve -input=false ${destroyVars}`;
}

/** The question before anything is deleted (unless --yes or --dry-run). */
function confirmation(p: Plan): ShellCode {
  return sh`
if [ "$yes" != 1 ] && [ "$dry_run" != 1 ]; then
  echo "This deletes the Agent Router data plane of environment $env_name:"
  echo "  the YAML in $here, helm release ${GUIDE_NAMES.helmRelease} in ${NS_SYSTEM}, and everything stacks ${p.stacks.cluster} and ${p.stacks.azure} created${p.cluster.owned ? sh` (including cluster ${p.cluster.name})` : sh` (cluster ${p.cluster.name} itself is left alone)`}."
  read -r -p "Type the environment name to continue: " answer
  [ "$answer" = "$env_name" ] || { echo "cleanup.sh: aborted"; exit 1; }
fi
`;
}

/** Steps 0 (GitOps) and 1 (the YAML), and the AGIC add-on of an existing cluster. */
function kubernetesSteps(p: Plan): ShellCode {
  const gitops = p.gitops.argocd.enabled || p.gitops.flux.enabled;
  const disableAgic = sh`az aks disable-addons --resource-group ${p.cluster.resourceGroup} --name ${p.cluster.name} --addons ingress-appgw`;
  return sh`${
  gitops &&
  sh`
step "0. GitOps objects, so nothing re-creates what follows"
${bootstrapStop(p)}run kubectl delete -k "$here/gitops" --ignore-not-found || true
`
}
step "1. Kubernetes YAML (${p.ingress.mode === "agic" ? sh`Ingress ${GUIDE_NAMES.ingress}` : sh`Gateway and routes`} first)"
run kubectl delete -k "$here" --ignore-not-found --wait=true --timeout=5m || true
${
  !p.cluster.owned &&
  p.ingress.mode === "agic" &&
  sh`echo "   The AGIC add-on of existing cluster ${p.cluster.name} is left alone. To remove it:"
echo ${`   ${disableAgic}`}
`
}
`;
}

/**
 * The engine the stacks installed re-applies gitops/ from the repository: stop it first. The Flux
 * configuration goes (Terraform's refresh then finds it gone); Argo CD's bootstrap Application
 * stops syncing (the -cluster stack's destroy removes it).
 */
function bootstrapStop(p: Plan): ShellCode {
  const bootstrap = p.gitops.bootstrapName;
  return sh.join(
    [
      p.gitops.flux.install && sh`run az k8s-configuration flux delete --resource-group ${p.cluster.resourceGroup} --cluster-name ${p.cluster.name} --cluster-type managedClusters --name ${bootstrap} --yes || true
`,
      p.gitops.argocd.install && sh`run kubectl patch applications.argoproj.io ${bootstrap} -n ${p.gitops.argocd.namespace} --type merge -p '{"spec":{"syncPolicy":null}}' || true
`,
    ].filter((x): x is ShellCode => !!x),
    "",
  );
}

/** Step 2: helm uninstall, and the two-pass finalizer procedure behind --force-finalizers. */
function helmUninstall(): ShellCode {
  return sh`step "2. Data plane: helm release ${GUIDE_NAMES.helmRelease}"
if ! run helm uninstall ${GUIDE_NAMES.helmRelease} -n ${NS_SYSTEM} --wait --timeout 5m 2>/dev/null; then
  if [ "$force_finalizers" = 1 ]; then
    echo "   helm uninstall did not finish: clearing finalizers (Troubleshooting, 'helm uninstall hangs')"
    for kind in ${FINALIZER_PASS_1}; do clear_finalizers "$kind"; done
    run kubectl delete namespace ${NS_SYSTEM} ${NS_DATAPLANE} --ignore-not-found --wait=false
    # Pass 2, once the namespaces are terminating.
    for _ in 1 2 3 4 5 6; do
      kubectl get namespace ${NS_SYSTEM} ${NS_DATAPLANE} -o jsonpath='{.items[*].status.phase}' 2>/dev/null | grep -q Terminating && break
      [ "$dry_run" = 1 ] && break
      sleep 5
    done
    ${sh.join(FINALIZER_PASS_2.map((k) => sh`clear_finalizers ${k}`), "\n    ")}
    run kubectl wait --for=delete namespace/${NS_SYSTEM} namespace/${NS_DATAPLANE} --timeout=5m || true
  elif helm status ${GUIDE_NAMES.helmRelease} -n ${NS_SYSTEM} >/dev/null 2>&1; then
    echo "   helm uninstall did not finish and release ${GUIDE_NAMES.helmRelease} is still there. If it hangs on finalizers"
    echo "   (GatewayClass//tars-egress still exists), re-run with --force-finalizers."
    echo "cleanup.sh: stopped before the stacks: the data plane's namespaces go only after helm uninstall" >&2
    exit 1
  else
    echo "   Nothing to uninstall: release ${GUIDE_NAMES.helmRelease} is not there."
  fi
fi
`;
}

/** Steps 3-6: the stacks in reverse order, what is left of the resource group, the kubeconfig. */
function stackSteps(p: Plan): ShellCode {
  const deleteGroup = sh`az group delete --name ${p.azure.resourceGroup} --yes --no-wait`;
  return sh`
step "3. Stack ${p.stacks.cluster} (${sh.constant(clusterStackContents(p))}), after helm uninstall"
destroy_stack ${p.stacks.cluster} ${clusterStackContents(p)} || { echo "cleanup.sh: destroying ${p.stacks.cluster} failed; fix and re-run" >&2; exit 1; }
if [ "$released_namespaces" = 1 ]; then
  run kubectl delete namespace ${NS_SYSTEM} ${NS_DATAPLANE} --ignore-not-found --wait=true --timeout=5m || true
fi
${wafWait(p)}
step "4. Stack ${p.stacks.azure} (${sh.constant(azureStackContents(p))})"
destroy_stack ${p.stacks.azure} ${azureStackContents(p)} || { echo "cleanup.sh: destroying ${p.stacks.azure} failed; fix and re-run" >&2; exit 1; }
${
  p.azure.createsResourceGroup &&
  sh`
step "5. Resource group ${p.azure.resourceGroup}: anything left behind"
if command -v az >/dev/null 2>&1 && [ "$(az group exists --name ${p.azure.resourceGroup} 2>/dev/null)" = true ]; then
  if [ "$delete_rg" = 1 ]; then
    run ${deleteGroup}
    echo "   Deletion of ${p.azure.resourceGroup} started (--no-wait): az group exists --name ${p.azure.resourceGroup} says when it is gone."
  else
    echo "   ${p.azure.resourceGroup} still exists (resources created outside the stacks?)."
    echo ${`   Inspect it, then: ${deleteGroup} (or re-run with --delete-resource-group)`}
    left+=(${`resource group ${p.azure.resourceGroup}: still exists; inspect it (az resource list --resource-group ${p.azure.resourceGroup} -o table), then re-run with --delete-resource-group`})
  fi
fi
`
}
step "6. Kubeconfig"
run rm -f "$HOME/kubeconfig-${p.cluster.name}"
`;
}

/** What is left, and the exit status. */
function summary(): ShellCode {
  return sh`
echo
if [ \${#left[@]} -gt 0 ] && [ "$dry_run" = 1 ]; then
  # A dry run deletes nothing by design: it lists what a real run would leave, and succeeds.
  echo "cleanup.sh: dry run for $env_name: a real run would leave:" >&2
  printf '  - %s\\n' "\${left[@]}" >&2
  exit 0
elif [ \${#left[@]} -gt 0 ]; then
  echo "cleanup.sh: NOT done for $env_name: still there (Azure resources among them keep billing):" >&2
  printf '  - %s\\n' "\${left[@]}" >&2
  exit 1
fi
echo "cleanup.sh: done for $env_name"
`;
}

/** What the -azure stack holds, for the step's title and the list of what is left. */
function azureStackContents(p: Plan): string {
  if (!p.cluster.owned) return "registry, role assignments, ingress pieces";
  return `cluster, ${p.waf?.on === "agic-gateway" ? "WAF_v2 App Gateway and its WAF policies" : p.ingress.mode === "agic" ? "App Gateway" : "ingress pieces"}, registry, network, identities, resource group`;
}

/**
 * The API WAF policy is linked to the gateway by AGIC only (the waf-policy-for-path annotation of
 * Ingress tars-ingress-api), and Azure does not delete a policy a path rule still references. Step 1
 * deleted that Ingress: wait until AGIC has removed its path rule before anything deletes the
 * policy (the -azure destroy, or the resource group). With the cluster gone nothing unlinks it,
 * and the -azure destroy deletes the gateway before the policy (it depends on it).
 */
function wafWait(p: Plan): ShellCode {
  if (p.waf?.on !== "agic-gateway" || p.ingress.mode !== "agic") return sh``;
  const gw = p.ingress.gateway.name;
  const policy = p.waf.policies.api.name;
  return sh`
step "3b. WAF policy ${policy}: wait until App Gateway ${gw} no longer links it (AGIC removes the path rule)"
# waf_api_links: the path rules of the gateway that link the API policy (resource IDs compare case-insensitively).
waf_api_links() {
  az network application-gateway show --resource-group ${p.azure.resourceGroup} --name ${gw} \\
    --query 'urlPathMaps[].pathRules[].[name, firewallPolicy.id]' -o tsv 2>/dev/null |
    awk -F '\\t' -v want=${`/applicationgatewaywebapplicationfirewallpolicies/${policy}`} '{ n = length(want); if (tolower(substr($2, length($2) - n + 1)) == want) { printf "%s%s", sep, $1; sep = " " } }'
}
if [ "$dry_run" = 1 ]; then
  echo "+ wait until no path rule of App Gateway ${gw} links WAF policy ${policy}"
elif ! command -v az >/dev/null 2>&1; then
  echo "   az not found: cannot check the path rules of ${gw}; the ${p.stacks.azure} destroy deletes the gateway before the policy"
elif ! az aks show --resource-group ${p.cluster.resourceGroup} --name ${p.cluster.name} -o none 2>/dev/null; then
  echo "   Cluster ${p.cluster.name} is gone, and AGIC with it: the ${p.stacks.azure} destroy deletes the gateway before the policy"
else
  links=$(waf_api_links)
  for _ in $(seq 1 60); do
    [ -n "$links" ] || break
    echo "   Path rule(s) $links of ${gw} still link ${policy}: waiting for AGIC to remove them"
    sleep 10
    links=$(waf_api_links)
  done
  if [ -n "$links" ]; then
    echo "cleanup.sh: after 10 minutes, path rule(s) $links of App Gateway ${gw} still link WAF policy ${policy}, and Azure deletes no policy a gateway references: stopped before ${p.stacks.azure}. Is Ingress ${WAF_API_INGRESS} gone (kubectl get ingress -n ${NS_DATAPLANE}) and AGIC running (kubectl logs -n kube-system -l app=ingress-appgw)? Then re-run." >&2
    exit 1
  fi
fi
`;
}

function clusterStackContents(p: Plan): string {
  const parts = [];
  if (p.tls.mode === "cert-manager") parts.push("cert-manager");
  if (p.ingress.mode === "agc") parts.push("ALB controller");
  if (p.tls.mode === "key-vault") parts.push("the SecretProviderClass (the vault and its certificate stay)");
  parts.push("Secrets", "then the namespaces it created");
  if (p.dns.mode === "azure-dns") parts.push("DNS record");
  return parts.join(", ");
}
