// Field types the blocks share. Each carries the message a user sees when the value is wrong.
import { z } from "zod";
import { isCidr, parseIp } from "../cidr";

/** No line break, tab or other control character, in any string (C0, DEL, C1, U+2028/2029). */
const NO_CONTROL = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;

/**
 * Invisible and bidirectional formatting characters: a soft hyphen, zero-width spaces and joiners,
 * the directional marks, embeddings, overrides and isolates, the word joiner and invisible
 * operators, and the byte order mark. In a name, tag, hostname or path they make two different
 * values look alike (or reorder what a reviewer sees in a diff, "Trojan Source"), and Azure,
 * Kubernetes and DNS names never need one. Refused in every string field.
 */
export const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/;

/** `U+202E`: how a code point is named in a message. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Every string field starts here: nothing in an environment file may hold a control, invisible or bidirectional character. */
export const text = () =>
  z
    .string()
    .regex(NO_CONTROL, "must not contain a line break, tab or other control character")
    .superRefine((value, ctx) => {
      const m = INVISIBLE.exec(value);
      if (m) {
        ctx.addIssue({
          code: "custom",
          message: `must not contain the invisible or bidirectional formatting character ${codePoint(m[0])} (at character ${m.index + 1}): it makes the value look like another one`,
          input: value,
        });
      }
    });

const hostnameRe = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** A GUID (subscription, tenant, object IDs); plan/key-vault.ts parses Key Vault IDs with it too. */
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const cidr = text()
  .refine(isCidr, { message: "must be an IPv4 CIDR with zero host bits, such as 10.224.0.0/16" });
export const ipv4 = text()
  .refine((s) => parseIp(s) !== undefined, { message: "must be an IPv4 address, such as 10.0.0.10" });
export const hostname = text()
  .regex(hostnameRe, "must be a lowercase DNS name with at least two labels, such as proxy.example.com");
export const uuid = text().regex(UUID_RE, "must be a GUID, such as 00000000-0000-0000-0000-000000000000");
export const k8sName = text()
  .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, "must be a Kubernetes name: lowercase letters, digits and '-', at most 63 characters");
export const chartVersion = text()
  .regex(/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, "must be an exact chart version such as 1.2.3 (ranges are not pinned)");
export const pinnedImage = text()
  .regex(
    /^[a-z0-9.-]+(:[0-9]+)?(\/[a-z0-9._-]+)+(:[A-Za-z0-9._-]+|@sha256:[a-f0-9]{64}|:[A-Za-z0-9._-]+@sha256:[a-f0-9]{64})$/,
    "must be a pinned image: repository with a version tag or a sha256 digest (not :latest)",
  )
  .refine((s) => !/:latest(@|$)/.test(s), { message: "must not use the :latest tag" });

// Azure's naming rules, from "Naming rules and restrictions for Azure resources"
// (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules),
// restricted to ASCII. docs/azure-behaviours.md, "Names and hostile input", cites each row.

/** Microsoft.Resources/resourcegroups: 1-90 alphanumerics, '_', '-', '.', '(' and ')'; not ending in '.'. */
export const RESOURCE_GROUP_RE = /^[-\w.()]{0,89}[-\w()]$/;
export const resourceGroupName = text().regex(
  RESOURCE_GROUP_RE,
  "must be an Azure resource group name: 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'",
);
/** Microsoft.Network/virtualNetworks: 2-64 alphanumerics, '_', '.', '-'; starts alphanumeric, ends alphanumeric or '_'. */
export const vnetNameRule = text().regex(
  /^[A-Za-z0-9][-\w.]{0,62}\w$/,
  "must be an Azure virtual network name: 2-64 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'",
);
/**
 * Microsoft.Insights/components: 1-260 characters, none of % & \ ? /, not ending in a space or '.'.
 * A backtick, legal for Azure, is refused too: the runbook shows the name in a Markdown code span,
 * which cannot hold one.
 */
export const appInsightsName = text()
  .regex(/^[^%&\\?/]{0,259}[^%&\\?/ .]$/, "must be an Application Insights name: 1-260 characters without % & \\ ? /, not ending in a space or '.'")
  .refine((v) => !v.includes("`"), "must not contain a backtick (the runbook shows the name as code); choose a name without one");
/** Microsoft.Storage blob containers: 3-63 lowercase letters, digits and single hyphens; starts and ends alphanumeric. */
export const blobContainerName = text().regex(
  /^(?=.{3,63}$)(?!.*--)[a-z0-9][a-z0-9-]*[a-z0-9]$/,
  "must be a blob container name: 3-63 lowercase letters, digits or single '-', starting and ending with a letter or digit",
);
/** A Kubernetes object name that may contain dots (DNS-1123 subdomain), e.g. an Argo CD AppProject. */
export const k8sSubdomain = text().regex(
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  "must be a Kubernetes name (DNS-1123 subdomain): lowercase letters, digits, '-' and '.', at most 253 characters",
);
/** A relative path of plain segments (no '..', no leading '/'). */
export const relativePath = text().regex(
  /^(?!(.*\/)?\.\.?(\/|$))[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/,
  "must be a relative path of letters, digits, '.', '_', '-' separated by '/', without '..', such as dist/prod",
);

/** Characters RFC 3986 allows in a URI; anything else (spaces, quotes, <>, `, {}) is refused. */
const URI_CHARS = /^[A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]+$/;

/** Why a URL is refused, or undefined: see safeUrl. */
export function urlProblem(value: string, schemes: readonly string[], example: string): string | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return `must be a URL such as ${example}`;
  }
  if (!URI_CHARS.test(value)) return `must be a URL of plain characters (no spaces, quotes, <, >, backticks or braces), such as ${example}`;
  if (!schemes.includes(u.protocol.slice(0, -1))) return `must be a ${schemes.join(" or ")} URL such as ${example}`;
  if (u.password || (u.username && u.protocol !== "ssh:")) {
    return "must not hold credentials (user:password@ or a token before @): they would be written to Git and the runbook; deliver them through a Secret";
  }
  if (u.search || u.hash) {
    return "must not have a query string or fragment (credentials such as ?api_key= would be written to Git); deliver credentials through a Secret and a ${env:KEY} header";
  }
  return undefined;
}

/**
 * A URL the WHATWG parser accepts, with one of `schemes`, and no credential in it: no
 * user:password@ (or user@ for http/https) and no query string, where tokens such as
 * ?api_key= would land in Git, the ConfigMap and the runbook.
 */
export function safeUrl(schemes: readonly string[], example: string) {
  return text().superRefine((value, ctx) => {
    const message = urlProblem(value, schemes, example);
    if (message) ctx.addIssue({ code: "custom", message, input: value });
  });
}

/** A Git repository: an http(s)/ssh URL without credentials, or scp-like git@host:org/repo.git. */
export const gitRepoUrl = text().superRefine((value, ctx) => {
  if (/^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._~/-]+$/.test(value) && !value.includes("://")) return;
  const message = urlProblem(value, ["https", "http", "ssh"], "https://github.com/acme/platform-config.git");
  if (message) ctx.addIssue({ code: "custom", message, input: value });
});

/** Azure tags: at most 50 per resource; names 1-512 without < > % & \ ? /, values up to 256 (tag-resources#limitations). */
export const MAX_TAGS = 50;
/** Tags the project adds unless given (plan/index.ts, the plan's azure.tags). */
export const ADDED_TAGS = ["environment", "managed-by"];
export const tagName = text()
  .min(1)
  .max(512)
  .regex(/^[^<>%&\\?/]*$/, "must be an Azure tag name: no < > % & \\ ? / (tag-resources limitations)");

/**
 * A mapping whose keys the user names: a `__proto__` key is refused instead of silently
 * dropped (zod skips it, and assigning it to a plain object would replace the prototype).
 */
export function userKeys<T extends z.ZodType>(record: T) {
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === "object" && Object.prototype.hasOwnProperty.call(input, "__proto__")) {
      ctx.addIssue({ code: "custom", message: "is a key JavaScript objects cannot hold as data (it would be dropped silently); rename it", path: ["__proto__"], input: "__proto__" });
    }
    return input;
  }, record);
}

/**
 * A WAF custom rule's rateLimitThreshold: at least 1 (azurerm `IntAtLeast(1)`), and a 32-bit
 * integer in Microsoft.Network's API (the .NET SDK's `int? RateLimitThreshold`, PowerShell's
 * `-RateLimitThreshold <Int32>`); a larger number fails at apply. docs/azure-behaviours.md.
 */
export const MAX_RATE_LIMIT_THRESHOLD = 2_147_483_647;

/** AKS: at most 1,000 nodes per node pool (AKS quotas and limits). */
export const MAX_NODE_COUNT = 1000;

/** A list of rule ids that may be waived, each with the reason the team accepts the risk. */
export const waiverReason = text()
  .min(10, "must state the reason in at least 10 characters, e.g. \"internal demo cluster, no customer traffic\"");

/**
 * Key Vault object names (certificates, secrets): 1-127 letters, digits and '-'
 * (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftkeyvault).
 */
export const keyVaultObjectName = text().regex(
  /^[0-9A-Za-z-]{1,127}$/,
  "must be a Key Vault object name: 1-127 letters, digits or '-'",
);
