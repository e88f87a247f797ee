// The proxy in front of a deliberately drifted upstream (test/helpers/drifted-upstream.ts): each drift — a count
// as a string, an undocumented code, an unknown field, a count that goes down, a page token without has_more, a
// request the vendor would refuse — is caught and reported (header, live report, log, reports on exit, exit code
// with --fail-on, the recording checked offline), and nothing is changed on the wire: the client gets the
// upstream's status, header pairs and body bytes exactly, plus the one count header.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startProxyServer, type ProxyServer } from "../mock-server/proxy/proxy-server.js";
import { runCli, startCli, type CliProcess } from "./helpers/cli-process.js";
import { ID, startDriftedUpstream, type DriftedUpstream } from "./helpers/drifted-upstream.js";
import { endToEndPairs, rawRequest } from "./helpers/raw-http.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "proxy-drift-"));
const recording = join(dir, "drift.jsonl");
const reports = join(dir, "reports");
const TOKEN = "t-drifted0123456789abcdef";
let upstream: DriftedUpstream;
let proxy: CliProcess;

beforeAll(async () => {
  upstream = await startDriftedUpstream();
  proxy = await startCli(
    ["proxy", "--port", "0", "--feishu-upstream", upstream.url, "--dingtalk-upstream", upstream.url, "--record", recording, "--reports", reports, "--fail-on", "violation"],
    {},
    /Proxy URL\s+(http:\/\/\S+)/,
  );
}, 30_000);

afterAll(async () => {
  await proxy?.stop("SIGKILL");
  await upstream?.close();
});

/** A request as the Feishu SDK sends it (GET with a `{}` JSON body), through the proxy. */
const sdkGet = (base: string, path: string) =>
  rawRequest(`${base}${path}`, {
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", "user-agent": "oapi-node-sdk/1.74.0", "accept-encoding": "gzip" },
    body: "{}",
  });

/** Asserts the answer is the upstream's own, byte for byte, with only the count header added; returns the count. */
function expectUnchanged(answer: Awaited<ReturnType<typeof rawRequest>>, withHeader = true): number | undefined {
  const sent = upstream.lastSent();
  expect(answer.status).toBe(sent.status);
  expect(answer.body.equals(sent.body)).toBe(true);
  const pairs = endToEndPairs(answer.rawHeaders);
  const expected = sent.rawHeaders.map(([k, v]) => [k.toLowerCase(), v]);
  if (!withHeader) {
    expect(pairs).toEqual(expected);
    return undefined;
  }
  expect(pairs.slice(0, -1)).toEqual(expected);
  expect(pairs.at(-1)![0]).toBe("x-contract-violations");
  return Number(pairs.at(-1)![1]);
}

const report = async () => (await fetch(`${proxy.url}/__proxy/report`)).json() as Promise<any>;
const tallyOf = (r: any, operationId: string) => r.operations.find((o: any) => o.operationId === operationId);

describe("the proxy in front of a drifted upstream", () => {
  it("catches a count sent as a string (schema)", async () => {
    expect(expectUnchanged(await sdkGet(proxy.url, `/open-apis/im/v1/batch_messages/${ID.stringCount}/get_progress`))).toBe(1);
    expect(tallyOf(await report(), "getBatchMessageProgress").examples.schema[0]).toMatch(/valid_user_ids_count must be integer/);
  });

  it("catches a code the operation's catalog does not document", async () => {
    expect(expectUnchanged(await sdkGet(proxy.url, `/open-apis/im/v1/batch_messages/${ID.undocumentedCode}/get_progress`))).toBeGreaterThanOrEqual(1);
    expect(tallyOf(await report(), "getBatchMessageProgress").examples["error-code"]).toEqual([
      "code 230099 is not in getBatchMessageProgress's catalog (x-error-codes)",
    ]);
  });

  it("reports a field the spec does not know as drift, not as a violation", async () => {
    expect(expectUnchanged(await sdkGet(proxy.url, `/open-apis/im/v1/batch_messages/${ID.unknownField}/get_progress`))).toBe(0);
    const tally = tallyOf(await report(), "getBatchMessageProgress");
    expect(tally.drift).toBe(1);
    expect(tally.driftFields).toEqual(["/data/batch_message_send_progress/new_counter"]);
  });

  it("catches a count that decreases between two polls of one batch", async () => {
    expect(expectUnchanged(await sdkGet(proxy.url, `/open-apis/im/v1/batch_messages/${ID.decreasing}/get_progress`))).toBe(0);
    expect(expectUnchanged(await sdkGet(proxy.url, `/open-apis/im/v1/batch_messages/${ID.decreasing}/get_progress`))).toBe(1);
    expect(tallyOf(await report(), "getBatchMessageProgress").examples.monotonic).toEqual([
      `success_user_ids_count went from 8 down to 7 (${ID.decreasing})`,
    ]);
  });

  it("catches a page token without has_more, and a request the vendor would refuse", async () => {
    expect(expectUnchanged(await sdkGet(proxy.url, `/open-apis/im/v1/messages/${ID.message}/read_users?user_id_type=open_id&page_size=10`))).toBe(2);
    expect(expectUnchanged(await sdkGet(proxy.url, `/open-apis/im/v1/messages/${ID.message}/read_users?user_id_type=email`))).toBe(3);
    const tally = tallyOf(await report(), "listMessageReadUsers");
    // The spec itself says page_token comes exactly with has_more (if/then/else): the schema breaks too.
    expect(tally.violations).toEqual({ "page-token": 2, schema: 2, request: 1 });
    expect(tally.examples.request[0]).toMatch(/^user_id_type: .*must be equal to one of the allowed values/);
  });

  it("passes a gzip-encoded answer through still encoded, and checks it decoded", async () => {
    const answer = await sdkGet(proxy.url, `/open-apis/im/v1/batch_messages/${ID.gzip}/get_progress`);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(expectUnchanged(answer)).toBe(0);
  });

  it("passes an unmodelled route through unchanged and uncounted as checked: the SDK's GET with a {} body arrives as sent", async () => {
    const answer = await sdkGet(proxy.url, "/open-apis/echo?x=1");
    expectUnchanged(answer, false);
    const got = upstream.lastReceived();
    expect(got.method).toBe("GET");
    expect(got.body).toBe("{}");
    const pairs = endToEndPairs(got.rawHeaders).filter(([name]) => name !== "host");
    expect(pairs).toEqual([
      ["authorization", `Bearer ${TOKEN}`],
      ["content-type", "application/json"],
      ["user-agent", "oapi-node-sdk/1.74.0"],
      ["accept-encoding", "gzip"],
      ["content-length", "2"],
    ]);
    expect((await report()).unmodelled.routes["GET /open-apis/echo"]).toBe(1);
  });

  it("streams an answer as it arrives", async () => {
    const first = await new Promise<{ first: string; rest: Promise<string> }>((resolve, reject) => {
      request(`${proxy.url}/open-apis/stream`, (res) => {
        res.setEncoding("utf8");
        let text = "";
        let resolved = false;
        const rest = new Promise<string>((done) => res.on("end", () => done(text)));
        res.on("data", (chunk: string) => {
          text += chunk;
          if (!resolved) {
            resolved = true;
            resolve({ first: text, rest });
          }
        });
      })
        .on("error", reject)
        .end();
    });
    // The first part came through while the upstream had not finished (it waits for this call).
    expect(first.first).toBe("first part\n");
    upstream.releaseStream();
    expect(await first.rest).toBe("first part\nsecond part\n");
  });

  it("exits 1 under --fail-on violation, with the reports naming each rule broken", async () => {
    const live = await report();
    expect(await proxy.stop("SIGTERM")).toBe(1);
    const written = JSON.parse(readFileSync(join(reports, "proxy.json"), "utf8"));
    expect(written.violations).toBe(live.violations);
    expect(tallyOf(written, "getBatchMessageProgress").violations).toMatchObject({ schema: 1, "error-code": 1, monotonic: 1 });
    const junit = readFileSync(join(reports, "proxy.xml"), "utf8");
    for (const [op, rule] of [["getBatchMessageProgress", "schema"], ["getBatchMessageProgress", "error-code"], ["getBatchMessageProgress", "monotonic"], ["listMessageReadUsers", "page-token"], ["listMessageReadUsers", "request"]]) {
      expect(junit).toMatch(new RegExp(`classname="feishu\\.${op}" name="${rule}"><failure`));
    }
    expect(junit).toMatch(/classname="feishu\.getBatchMessageProgress" name="ordered"\/>/);
    expect(junit).toMatch(/name="drift"><system-out>\/data\/batch_message_send_progress\/new_counter/);
    // One log line per exchange, with its violations.
    const lines = proxy.output().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.operationId === "getBatchMessageProgress")).toHaveLength(tallyOf(written, "getBatchMessageProgress").exchanges);
    expect(lines.find((l) => l.path.includes(ID.decreasing) && l.violations.length === 1).violations[0]).toMatch(/^monotonic: /);
    expect(proxy.output()).not.toContain(TOKEN);
  });

  it("the recording, checked offline, fails the same way (npm run contracts -- --target recording:<file>)", async () => {
    const offline = join(dir, "offline");
    const run = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/contracts.ts", "--target", `recording:${recording}`, "--reports", offline], { cwd: root }).then(
      () => ({ code: 0, stdout: "" }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("VIOLATION getBatchMessageProgress [monotonic]");
    const proxied = JSON.parse(readFileSync(join(reports, "proxy.json"), "utf8"));
    const checked = JSON.parse(readFileSync(join(offline, "recording.json"), "utf8"));
    expect(checked.operations).toEqual(proxied.operations);
    expect(checked.unmodelled).toEqual(proxied.unmodelled);
    expect(readFileSync(recording, "utf8")).not.toContain(TOKEN);
  });
});

describe("the proxy's own limits and refusals", () => {
  let quiet: ProxyServer;
  beforeAll(async () => {
    quiet = await startProxyServer({ port: 0, feishuUpstream: upstream.url, dingtalkUpstream: "http://127.0.0.1:9", violationsHeader: false });
  });
  afterAll(() => quiet?.close());

  it("adds no header with the header turned off, and still counts", async () => {
    expectUnchanged(await sdkGet(quiet.url, `/open-apis/im/v1/batch_messages/${ID.stringCount}/get_progress`), false);
    expect(quiet.report.toJSON().violations).toBe(1);
  });

  it("takes the absolute form of an HTTP proxy request (an app with HTTP_PROXY set) and sends the path on", async () => {
    const { port } = new URL(quiet.url);
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: "127.0.0.1", port, path: "http://open.feishu.cn/open-apis/echo?q=1", headers: { host: "open.feishu.cn" } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
        .on("error", reject)
        .end();
    });
    expect(status).toBe(200);
    expect(JSON.parse(upstream.lastSent().body.toString()).method).toBe("GET");
    expect(quiet.report.toJSON().unmodelled.routes).toEqual({ "GET /open-apis/echo": 1 });
  });

  it("survives a client that leaves mid-answer, and counts the exchange as cut off", async () => {
    const before = quiet.report.toJSON().upstreamErrors;
    await new Promise<void>((resolve, reject) => {
      const req = request(`${quiet.url}/open-apis/stream`, (res) => res.once("data", () => (req.destroy(), resolve())));
      req.on("error", (error) => (req.destroyed ? undefined : reject(error))).end();
    });
    await vi.waitFor(() => expect(quiet.report.toJSON().upstreamErrors).toBe(before + 1));
    upstream.releaseStream();
    expect((await rawRequest(`${quiet.url}/open-apis/echo`)).status).toBe(200);
  });

  it("refuses a body over the mock's 1 MB limit without sending it on", async () => {
    const before = upstream.requests();
    const answer = await rawRequest(`${quiet.url}/open-apis/message/v4/batch_send/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.alloc(1024 * 1024 + 1, 0x20),
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body.toString()).proxy_error).toMatch(/over 1048576 bytes/);
    expect(upstream.requests()).toBe(before);
  });

  it("refuses headers over the mock's limit (Node's 16 KB) with 431, without sending them on", async () => {
    const before = upstream.requests();
    const answer = await rawRequest(`${quiet.url}/open-apis/echo`, { headers: { "x-big": "a".repeat(20 * 1024) } }).catch((error: Error) => error);
    expect(answer instanceof Error ? answer.message : answer.status).toBe(431);
    expect(upstream.requests()).toBe(before);
  });

  it("answers 502 when the upstream does not answer, and counts it", async () => {
    const before = quiet.report.toJSON().upstreamErrors;
    const answer = await rawRequest(`${quiet.url}/gettoken?appkey=a&appsecret=b`);
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body.toString()).proxy_error).toMatch(/dingtalk upstream http:\/\/127\.0\.0\.1:9 gave no answer/);
    expect(quiet.report.toJSON().upstreamErrors).toBe(before + 1);
  });

  it("refuses a plain-http upstream that is not loopback unless told --allow-insecure-upstream", async () => {
    const refused = await runCli(["proxy", "--port", "0", "--feishu-upstream", "http://open.feishu.example"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/plain http to a host that is not loopback.*--allow-insecure-upstream/s);
    const allowed = await startCli(["proxy", "--port", "0", "--feishu-upstream", "http://open.feishu.example", "--allow-insecure-upstream"], {}, /Proxy URL\s+(http:\/\/\S+)/);
    expect(allowed.output()).toMatch(/Feishu upstream\s+http:\/\/open\.feishu\.example\//);
    expect(await allowed.stop("SIGTERM")).toBe(0);
  });
});
