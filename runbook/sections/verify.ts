// Steps 10-11: `tare doctor`, verify.sh and the same checks by hand.
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { code, tf, prompt, STAGING_ROOTS, CACERT_STAGING, stagingIssuer } from "./blocks";
import type { RunbookSection } from "./section";

export const verifySection: RunbookSection = {
  id: "verify",
  guide: "Steps 10-11 (tare doctor, the API checks)",
  title: "Steps 10-11: verify",
  applies: () => true,
  render: verify,
};

function verify(c: RunbookContext): string {
  const { endpoint } = c.plan;
  const staging = stagingIssuer(c);
  const cacert = staging && CACERT_STAGING;
  // nip.io: the host is known only from the -cluster stack's output.
  const dpHost = endpoint.host ? undefined : sh`DP_URL=$(${tf(c, c.plan.stacks.cluster, "output -raw data_plane_url")}) && export DP_HOST="\${DP_URL#*://}"`;
  return [
    "## Steps 10-11: verify",
    "",
    code(sh`tare doctor "\${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --verbose`),
    "",
    "Pass criteria: every in-cluster check `Status: OK` (or `Healthy`), 0 errors, 0 warnings, and the last line `Sending health report ... OK (bundle <id>)`.",
    "",
    "Then create an API key in the router app (**API Keys** in the sidebar) and an MCP profile (**MCP Profiles → Create profile**), and run the checks of Steps 10-11 — the 401 with a bad token, Chat Completions, Anthropic Messages, the model list, streaming, and MCP `tools/list`. The first two lines ask for the key (not echoed) and the profile id (empty skips the MCP check):",
    "",
    code(prompt("TARS_API_KEY", "API key: "), prompt("MCP_PROFILE_ID", "MCP profile id: ", false), dpHost, sh`./${c.distDir}/verify.sh${cacert}`),
    "",
    md`\`verify.sh\` prints one PASS/FAIL line per check and exits non-zero on any failure. Defaults: ${endpoint.host ? md`\`DP_HOST=${endpoint.host}\`` : md`\`DP_HOST\` from the line above`}, scheme \`${endpoint.scheme}\`, \`MCP_PROFILE_ID\` from the environment; \`--help\` lists the options.${
      staging ? md` \`--cacert ${STAGING_ROOTS}\` trusts the Let's Encrypt staging roots downloaded in Step b.2.5 (\`--insecure\` skips certificate checks altogether, with a warning).` : ""
    } HTTP 200 on the bad-token check means auth is not enforced: contact support.`,
    "",
    `The same checks by hand (Step 11)${staging ? `; with the staging issuer, add \`--cacert ${STAGING_ROOTS}\` to each curl` : ""}:`,
    "",
    code(
      dpHost ?? sh`export DP_HOST=${endpoint.shownHost}`,
      sh`curl -s "${endpoint.scheme}://\${DP_HOST}/v1/chat/completions" -X POST -H "Content-Type: application/json" \\`,
      sh`  -H "Authorization: Bearer \${TARS_API_KEY}" -d '{"model": "gpt-5-mini", "messages": [{"role": "user", "content": "hello, what are you?"}]}'`,
      sh`curl -s "${endpoint.scheme}://\${DP_HOST}/v1/messages" -X POST -H "Content-Type: application/json" -H "anthropic-version: 2023-06-01" \\`,
      sh`  -H "Authorization: Bearer \${TARS_API_KEY}" -d '{"model": "claude-haiku-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": "hello"}]}'`,
      sh`curl -s "${endpoint.scheme}://\${DP_HOST}/v1/models" -H "Authorization: Bearer \${TARS_API_KEY}" | jq '.data[].id' | sort -u`,
      sh`curl -s "${endpoint.scheme}://\${DP_HOST}/v1/chat/completions" -X POST -H "Content-Type: application/json" \\`,
      sh`  -H "Authorization: Bearer \${TARS_API_KEY}" -d '{"model": "gpt-5-mini", "stream": true, "messages": [{"role": "user", "content": "count from 1 to 5"}]}'`,
      sh`curl -s "${endpoint.scheme}://\${DP_HOST}/mcp/\${MCP_PROFILE_ID}" -X POST -H "Content-Type: application/json" -H "Accept: application/json, text/event-stream" \\`,
      sh`  -H "Authorization: Bearer \${TARS_API_KEY}" -d '{"jsonrpc":"2.0","method":"tools/list","id":1}'`,
    ),
    "",
    "Register the MCP profile with Claude Code:",
    "",
    code(
      endpoint.url
        ? sh`claude mcp add --transport http agent-router-${c.plan.name} "${endpoint.url}/mcp/\${MCP_PROFILE_ID}" --header "Authorization: Bearer \${TARS_API_KEY}"`
        : sh`claude mcp add --transport http agent-router-${c.plan.name} "${endpoint.scheme}://\${DP_HOST}/mcp/\${MCP_PROFILE_ID}" --header "Authorization: Bearer \${TARS_API_KEY}"`,
    ),
  ].join("\n");
}
