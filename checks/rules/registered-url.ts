// Shared by AR007 and AR008: the registered Proxy URL as scheme and host.
import type { Environment } from "../../config/loader";

export interface RegisteredUrl {
  readonly scheme: string;
  readonly host: string;
  readonly hasPath: boolean;
}

export function parseRegisteredUrl(env: Environment): RegisteredUrl | "invalid" | undefined {
  const text = env.dns.registeredUrl;
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol !== "http:" && url.protocol !== "https:") return "invalid";
    return { scheme: url.protocol.slice(0, -1), host: url.hostname, hasPath: url.pathname !== "/" || url.search !== "" || url.port !== "" };
  } catch {
    return "invalid";
  }
}
