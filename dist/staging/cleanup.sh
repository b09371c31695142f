#!/usr/bin/env bash
# Guide "Cleanup" for environment staging, in dependency order. Safe to re-run. Exits 1,
# naming what is left, unless everything it was to delete is gone.
# Usage: ./cleanup.sh [--yes] [--force-finalizers] [--delete-resource-group] [--dry-run]
#   --yes                    do not ask for confirmation
#   --force-finalizers       if helm uninstall hangs, clear finalizers in two passes
#   --delete-resource-group  afterwards, delete rg-agent-router-staging if anything is left in it
#   --dry-run                print the commands, run nothing
set -uo pipefail

env_name="staging"
here=$(cd "$(dirname "$0")" && pwd)
root="${AGENT_ROUTER_ROOT:-$(cd "$here/../.." && pwd)}"
stacks="$root/cdktf.out/stacks"
yes=0
force_finalizers=0
delete_rg=0
dry_run=0
# What this run was to delete and did not: listed at the end, and the exit status is 1.
left=()

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; }

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

run() {
  echo "+ $*"
  [ "$dry_run" = 1 ] || "$@"
}
step() { printf '\n== %s\n' "$*"; }

# clear_finalizers KIND: empty the finalizers of every object of KIND, in any namespace.
clear_finalizers() {
  local kind="$1" ns name
  kubectl get "$kind" -A -o jsonpath='{range .items[*]}{.metadata.namespace}{"/"}{.metadata.name}{"\n"}{end}' 2>/dev/null |
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
    if [ "$1" = staging-azure ]; then
      run terraform -chdir="$dir" destroy -auto-approve -input=false 
    else
      run terraform -chdir="$dir" destroy -auto-approve -input=false -var registry_username=unused -var registry_password=unused -var otel_grafana_creds_grafana_cloud_auth=unused
    fi
}

# The -cluster stack's namespaces (tars-system, tars-dataplane) hold the data plane and carry
# prevent_destroy, so a plain terraform destroy stops. After helm uninstall (step 2), release them
# from state; step 3 deletes them with kubectl once the stack is gone: those it released, and those
# its configuration declares (so a re-run, with nothing left in state, still deletes them).
released_namespaces=1
release_namespaces() {
  local addr
  if [ "$dry_run" = 1 ]; then
    echo "+ terraform -chdir=$1 state rm <each kubernetes_namespace_v1 in its state>"
    return 0
  fi
  for addr in $(terraform -chdir="$1" state list 2>/dev/null | grep '^kubernetes_namespace_v1.'); do
    run terraform -chdir="$1" state rm "$addr" || return 1
    released_namespaces=1
  done
  return 0
}

if [ "$yes" != 1 ] && [ "$dry_run" != 1 ]; then
  echo "This deletes the Agent Router data plane of environment $env_name:"
  echo "  the YAML in $here, helm release tars in tars-system, and everything stacks staging-cluster and staging-azure created (including cluster tars-staging)."
  read -r -p "Type the environment name to continue: " answer
  [ "$answer" = "$env_name" ] || { echo "cleanup.sh: aborted"; exit 1; }
fi

step "0. GitOps objects, so nothing re-creates what follows"
run az k8s-configuration flux delete --resource-group rg-agent-router-staging --cluster-name tars-staging --cluster-type managedClusters --name ar-staging --yes || true
run kubectl delete -k "$here/gitops" --ignore-not-found || true

step "1. Kubernetes YAML (Gateway and routes first)"
run kubectl delete -k "$here" --ignore-not-found --wait=true --timeout=5m || true

step "2. Data plane: helm release tars"
if ! run helm uninstall tars -n tars-system --wait --timeout 5m 2>/dev/null; then
  if [ "$force_finalizers" = 1 ]; then
    echo "   helm uninstall did not finish: clearing finalizers (Troubleshooting, 'helm uninstall hangs')"
    for kind in gatewayclass aiservicebackends backendsecuritypolicies mcproutes tarsroutedeployments; do clear_finalizers "$kind"; done
    run kubectl delete namespace tars-system tars-dataplane --ignore-not-found --wait=false
    # Pass 2, once the namespaces are terminating.
    for _ in 1 2 3 4 5 6; do
      kubectl get namespace tars-system tars-dataplane -o jsonpath='{.items[*].status.phase}' 2>/dev/null | grep -q Terminating && break
      [ "$dry_run" = 1 ] && break
      sleep 5
    done
    clear_finalizers aigatewayroutes
    run kubectl wait --for=delete namespace/tars-system namespace/tars-dataplane --timeout=5m || true
  elif helm status tars -n tars-system >/dev/null 2>&1; then
    echo "   helm uninstall did not finish and release tars is still there. If it hangs on finalizers"
    echo "   (GatewayClass//tars-egress still exists), re-run with --force-finalizers."
    echo "cleanup.sh: stopped before the stacks: the data plane's namespaces go only after helm uninstall" >&2
    exit 1
  else
    echo "   Nothing to uninstall: release tars is not there."
  fi
fi

step "3. Stack staging-cluster (ALB controller, the SecretProviderClass (the vault and its certificate stay), Secrets, then the namespaces it created), after helm uninstall"
destroy_stack staging-cluster 'ALB controller, the SecretProviderClass (the vault and its certificate stay), Secrets, then the namespaces it created' || { echo "cleanup.sh: destroying staging-cluster failed; fix and re-run" >&2; exit 1; }
if [ "$released_namespaces" = 1 ]; then
  run kubectl delete namespace tars-system tars-dataplane --ignore-not-found --wait=true --timeout=5m || true
fi

step "4. Stack staging-azure (cluster, ingress pieces, registry, network, identities, resource group)"
destroy_stack staging-azure 'cluster, ingress pieces, registry, network, identities, resource group' || { echo "cleanup.sh: destroying staging-azure failed; fix and re-run" >&2; exit 1; }

step "5. Resource group rg-agent-router-staging: anything left behind"
if command -v az >/dev/null 2>&1 && [ "$(az group exists --name rg-agent-router-staging 2>/dev/null)" = true ]; then
  if [ "$delete_rg" = 1 ]; then
    run az group delete --name rg-agent-router-staging --yes --no-wait
    echo "   Deletion of rg-agent-router-staging started (--no-wait): az group exists --name rg-agent-router-staging says when it is gone."
  else
    echo "   rg-agent-router-staging still exists (resources created outside the stacks?)."
    echo '   Inspect it, then: az group delete --name rg-agent-router-staging --yes --no-wait (or re-run with --delete-resource-group)'
    left+=('resource group rg-agent-router-staging: still exists; inspect it (az resource list --resource-group rg-agent-router-staging -o table), then re-run with --delete-resource-group')
  fi
fi

step "6. Kubeconfig"
run rm -f "$HOME/kubeconfig-tars-staging"

echo
if [ ${#left[@]} -gt 0 ] && [ "$dry_run" = 1 ]; then
  # A dry run deletes nothing by design: it lists what a real run would leave, and succeeds.
  echo "cleanup.sh: dry run for $env_name: a real run would leave:" >&2
  printf '  - %s\n' "${left[@]}" >&2
  exit 0
elif [ ${#left[@]} -gt 0 ]; then
  echo "cleanup.sh: NOT done for $env_name: still there (Azure resources among them keep billing):" >&2
  printf '  - %s\n' "${left[@]}" >&2
  exit 1
fi
echo "cleanup.sh: done for $env_name"
