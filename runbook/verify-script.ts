// verify.sh: guide Steps 10-11 as a script. One PASS/FAIL line per check, exit 1 on any failure.
// The script is built in its parts (usage and options, their checks, the shell functions, the
// checks of Steps 10-11), each rendered by one function below, in the script's order.
import type { Plan } from "../plan";
import { sh, type ShellCode } from "../config/encode";
import type { RunbookContext } from "./context";

/** Bytes of a response body verify.sh keeps (and reads): every check's pattern is near the start. */
export const VERIFY_MAX_BODY = 1024 * 1024;

export function renderVerifyScript(c: RunbookContext): string {
  const p = c.plan;
  return sh`${usage(p)}${optionChecks()}${shellFunctions()}${checks(p)}`.toString();
}

/** The header, the defaults and the options. */
function usage(p: Plan): ShellCode {
  // No default host in nip.io mode: it is the -cluster stack's output (DP_HOST or --host).
  const host = p.endpoint.host ?? sh.constant("''");
  return sh`#!/usr/bin/env bash
# Guide Steps 10-11 for environment ${p.name}: the checks a healthy data plane passes.
# Usage: TARS_API_KEY=... ./verify.sh [--host HOST] [--scheme http|https] [--profile-id ID]
#          [--model NAME] [--anthropic-model NAME] [--timeout SECONDS] [--cacert FILE | --insecure]
# DP_HOST, DP_SCHEME and MCP_PROFILE_ID may come from the environment too. Prints one PASS or
# FAIL line per check and exits 1 if any check fails (2 on bad usage). It reads at most 1 MiB
# of each response, and prints only printable ASCII of it.
# --cacert FILE: trust the CA certificates in FILE (PEM), e.g. the Let's Encrypt staging roots
#   (the default issuer), listed on https://letsencrypt.org/docs/staging-environment/.
# --insecure: skip certificate checks. The API key then goes to a server nobody verified.
set -uo pipefail

default_host=${host}
host="\${DP_HOST:-$default_host}"
scheme="\${DP_SCHEME:-${p.endpoint.scheme}}"
profile="\${MCP_PROFILE_ID:-}"
model="gpt-5-mini"
anthropic_model="claude-haiku-4-5"
timeout=60
cacert=""
insecure=no

usage() { sed -n '2,10p' "$0" | sed 's/^# \\{0,1\\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="\${2:?--host needs a value}"; shift 2 ;;
    --scheme) scheme="\${2:?--scheme needs a value}"; shift 2 ;;
    --profile-id) profile="\${2:?--profile-id needs a value}"; shift 2 ;;
    --model) model="\${2:?--model needs a value}"; shift 2 ;;
    --anthropic-model) anthropic_model="\${2:?--anthropic-model needs a value}"; shift 2 ;;
    --timeout) timeout="\${2:?--timeout needs a value}"; shift 2 ;;
    --cacert) cacert="\${2:?--cacert needs a file}"; shift 2 ;;
    --insecure) insecure=yes; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "verify.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
`;
}

/** The options' checks, and curl's TLS options. */
function optionChecks(): ShellCode {
  return sh`
if [ -z "$host" ]; then echo "verify.sh: set DP_HOST or pass --host (the data plane hostname)" >&2; exit 2; fi
if [ -z "\${TARS_API_KEY:-}" ]; then echo "verify.sh: export TARS_API_KEY (an API key from the router app)" >&2; exit 2; fi
case "$scheme" in http | https) ;; *) echo "verify.sh: --scheme must be http or https" >&2; exit 2 ;; esac
command -v curl >/dev/null 2>&1 || { echo "verify.sh: curl is required" >&2; exit 2; }
if [ -n "$cacert" ] && [ "$insecure" = yes ]; then echo "verify.sh: pass --cacert or --insecure, not both" >&2; exit 2; fi
if [ -n "$cacert" ] && [ ! -r "$cacert" ]; then echo "verify.sh: --cacert $cacert: no such readable file" >&2; exit 2; fi
tls=()
if [ -n "$cacert" ]; then tls=(--cacert "$cacert"); fi
if [ "$insecure" = yes ]; then
  tls=(--insecure)
  echo "WARNING: --insecure: certificates are NOT checked. A PASS says nothing about TLS, and the API key goes to a server nobody verified. Prefer --cacert FILE." >&2
fi

base="\${scheme}://\${host}"
# What is kept of a response body: enough for every check; a streamed body never ends otherwise.
max_body=${VERIFY_MAX_BODY}
body=$(mktemp)
headers=$(mktemp)
curlrc=$(mktemp)
curlerr=$(mktemp)
trap 'rm -f "$body" "$headers" "$curlrc" "$curlerr"' EXIT
passed=0
failed=0
skipped=0
`;
}

/** request, printable, no_answer, excerpt, result and expect. */
function shellFunctions(): ShellCode {
  return sh`
# request TOKEN METHOD PATH [curl options...]: prints the HTTP status (000 when unreachable)
# and leaves the first $max_body bytes of the response body in $body, curl's exit code in
# $curlrc and its error in $curlerr. --max-filesize refuses a larger announced body; head -c
# ends a streamed one (chunked: no announced size), and curl stops when head has closed the pipe.
# The token reaches curl through its config on stdin, so it never shows in the process list.
request() {
  local token="$1" method="$2" path="$3" code rc
  shift 3
  : >"$body"
  : >"$headers"
  printf 'header = "Authorization: Bearer %s"\\n' "$token" |
    curl -sS -K - -D "$headers" -o - --max-filesize "$max_body" --max-time "$timeout" \${tls[@]+"\${tls[@]}"} -X "$method" "$@" "\${base}\${path}" 2>"$curlerr" |
    head -c "$max_body" >"$body"
  rc=\${PIPESTATUS[1]}
  echo "$rc" >"$curlrc"
  # The last status line (after any 1xx): HTTP/1.1 200 OK, HTTP/2 200.
  code=$(sed -n 's#^HTTP/[0-9.]* \\([0-9][0-9][0-9]\\).*#\\1#p' "$headers" | tail -n 1)
  echo "\${code:-000}"
}

# printable: only printable ASCII of stdin, at most N bytes of it. What a server sends can hold
# terminal escape sequences (repaint a FAIL as PASS, OSC 52 writes the clipboard): never print it raw.
printable() { LC_ALL=C tr -cd '[:print:]' | head -c "$1"; }

# Why curl got no HTTP answer, from its exit code (curl(1), EXIT CODES; 51 is 60 before curl 7.62).
no_answer() {
  local rc detail
  rc=$(cat "$curlrc")
  detail=$(head -n 1 "$curlerr" | sed 's/^curl: ([0-9]*) //' | printable 300)
  case "$rc" in
    51 | 60) echo "certificate problem: $base presents a certificate curl does not trust (curl exit $rc: $detail). Let's Encrypt staging? pass --cacert with its roots (see --help)" ;;
    63) echo "response too large: $base announced a body over $max_body bytes (curl exit 63)" ;;
    35) echo "TLS problem: the handshake with $base failed (curl exit 35: $detail). Is a certificate installed for $host?" ;;
    58 | 77 | 82 | 83 | 90 | 91 | 98) echo "certificate problem with $base (curl exit $rc: $detail)" ;;
    *) echo "no answer from $base (DNS, gateway, or TLS; curl exit $rc: $detail)" ;;
  esac
}

excerpt() { printable 120 <"$body"; }

# result NAME OK DETAIL
result() {
  if [ "$2" = yes ]; then
    passed=$((passed + 1))
    echo "PASS $1: $3"
  else
    failed=$((failed + 1))
    echo "FAIL $1: $3"
  fi
}

# expect NAME STATUS WANT_STATUS PATTERN: the status, and the pattern in the body.
expect() {
  local name="$1" status="$2" want="$3" pattern="$4"
  if [ "$(cat "$curlrc")" = 63 ]; then
    result "$name" no "$(no_answer)"
  elif [ "$status" = "$want" ] && { [ -z "$pattern" ] || grep -q -- "$pattern" "$body"; }; then
    result "$name" yes "HTTP $status"
  elif [ "$status" = 000 ]; then
    result "$name" no "$(no_answer)"
  else
    result "$name" no "expected HTTP $want\${pattern:+ with $pattern}, got HTTP $status: $(excerpt)"
  fi
}
`;
}

/** Steps 10-11: auth, the WAF, the APIs, streaming and MCP. */
function checks(p: Plan): ShellCode {
  return sh`
json='Content-Type: application/json'

# Step 10: auth is enforced on every install.
status=$(request NotREAL POST /v1/chat/completions -H "$json" \\
  -d "{\\"model\\":\\"$model\\",\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"hi\\"}]}")
if [ "$status" = 200 ]; then
  result "auth enforced" no "HTTP 200 with an invalid token: contact support"
else
  expect "auth enforced" "$status" 401 ""
fi

${wafChecks(p)}
# Step 11: Chat Completions (OpenAI shape).
status=$(request "$TARS_API_KEY" POST /v1/chat/completions -H "$json" \\
  -d "{\\"model\\":\\"$model\\",\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"hello, what are you?\\"}]}")
expect "chat completions" "$status" 200 '"choices"'

# Anthropic Messages (native shape).
status=$(request "$TARS_API_KEY" POST /v1/messages -H "$json" -H "anthropic-version: 2023-06-01" \\
  -d "{\\"model\\":\\"$anthropic_model\\",\\"max_tokens\\":64,\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"hello\\"}]}")
expect "anthropic messages" "$status" 200 '"content"'

# List available models: at least one, or no provider is configured (Step 9).
status=$(request "$TARS_API_KEY" GET /v1/models)
models=$(grep -o '"id" *: *"[^"]*"' "$body" | sort -u | wc -l | tr -d ' ')
if [ "$status" = 200 ] && [ "$models" -eq 0 ]; then
  result "model list" no "HTTP 200 but no models: are providers configured? (kubectl get aigatewayroutes -A)"
else
  expect "model list" "$status" 200 '"id"'
  [ "$status" = 200 ] && echo "     $models models"
fi

# Streaming.
status=$(request "$TARS_API_KEY" POST /v1/chat/completions -H "$json" \\
  -d "{\\"model\\":\\"$model\\",\\"stream\\":true,\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"count from 1 to 5\\"}]}")
expect "streaming" "$status" 200 '^data:'

# MCP tools/list through a profile.
if [ -z "$profile" ]; then
  skipped=$((skipped + 1))
  echo "SKIP mcp tools/list: pass --profile-id (MCP Profiles -> Create profile in the router app)"
else
  status=$(request "$TARS_API_KEY" POST "/mcp/$profile" -H "$json" -H "Accept: application/json, text/event-stream" \\
    -d '{"jsonrpc":"2.0","method":"tools/list","id":1}')
  expect "mcp tools/list" "$status" 200 '"tools"'
fi

echo "verify.sh: $passed passed, $failed failed, $skipped skipped ($base$([ "$insecure" = yes ] && echo ", INSECURE: certificates not checked"))"
[ "$failed" -eq 0 ]
`;
}

/**
 * With the WAF (docs/waf.md), prompt text full of SQL and markup reaches the data plane
 * (401 for the invalid token, not the WAF's 403), on AGIC and AGC alike; in Prevention on AGIC,
 * the same markup in a query string outside the API is blocked by the strict policy. (On AGC every
 * routed path is under the API policy, and no source says whether the Gateway's policy sees a path
 * no route serves, so there is no blocking probe there.)
 */
function wafChecks(p: Plan): ShellCode {
  if (!p.waf) return sh``;
  const prompt = sh`
# The WAF's API policy lets prompt text with SQL and markup through (401: the data plane answered).
status=$(request NotREAL POST /v1/chat/completions -H "$json" \\
  -d '{"model":"m","messages":[{"role":"user","content":"Why does SELECT * FROM users WHERE id = 1 OR 1=1 return every row, and what does <script>alert(1)</script> do?"}]}')
expect "waf passes prompt text" "$status" 401 ""
`;
  if (p.waf.on !== "agic-gateway" || p.waf.mode !== "Prevention") return prompt;
  return sh`${prompt}
# The strict policy blocks an attack outside the API paths (Prevention).
status=$(request NotREAL GET "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
expect "waf blocks attacks" "$status" 403 ""
`;
}
