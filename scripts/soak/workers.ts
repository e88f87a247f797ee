// Concurrent senders for the soak: each loops sending batches over its own keep-alive connection and records
// the ids the mock acknowledged (HTTP 200, code 0), until told to stop or the server goes away.
import { Agent, request as httpRequest } from "node:http";

export interface Acknowledged {
  id: string;
  /** performance.now() when the answer arrived. */
  at: number;
}

function post(url: URL, agent: Agent, token: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const r = httpRequest(url, { method: "POST", agent, headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      res.on("error", reject);
    });
    r.on("error", reject);
    r.end(body);
  });
}

/** Runs `workers` senders until `stop()`; resolves with every acknowledged id and the errors seen. */
export function sendBatches(base: string, token: string, workers: number) {
  const acknowledged: Acknowledged[] = [];
  const errors: string[] = [];
  let running = true;
  const url = new URL("/open-apis/message/v4/batch_send/", base);
  const body = JSON.stringify({ msg_type: "text", content: { text: "soak" }, department_ids: ["sales"] });
  const loops = Array.from({ length: workers }, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (running) {
      try {
        const { status, text } = await post(url, agent, token, body);
        const json = JSON.parse(text) as { code?: number; data?: { message_id?: string } };
        if (status === 200 && json.code === 0 && json.data?.message_id) acknowledged.push({ id: json.data.message_id, at: performance.now() });
        else errors.push(`HTTP ${status} code ${json.code}`);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        // The server stopped: no more answers to expect.
        if (code === "ECONNREFUSED") break;
        errors.push(code);
        if (errors.length > 10_000) break;
      }
    }
    agent.destroy();
  });
  return {
    acknowledged,
    errors,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
    done: () => Promise.all(loops),
  };
}
