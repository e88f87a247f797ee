// The bench's second reference: bare Hono on @hono/node-server, answering the same constant bodies as the
// floor (floor-server.mjs) by the same route key. What the framework alone allows: the mock runs on it, so the
// mock's distance to this one is the mock's own work. Usage: node hono-server.mjs <port> <bodies.json>
import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const [port, bodiesFile] = process.argv.slice(2);
const bodies = new Map(Object.entries(JSON.parse(readFileSync(bodiesFile, "utf8"))).map(([key, body]) => [key, JSON.stringify(body)]));

// The floor's route key: the last path segment, plus page_size when given.
function keyOf(path, pageSize) {
  const segment = path.slice(path.lastIndexOf("/", path.length - 2) + 1).replace(/\/$/, "");
  return pageSize ? `${segment}?page_size=${pageSize}` : segment;
}

const app = new Hono();
app.all("*", async (c) => {
  // Read the body as the mock does (the adapter's own reader), then answer the constant JSON.
  if (c.req.method !== "GET") await c.req.text();
  const body = bodies.get(keyOf(c.req.path, c.req.query("page_size")));
  if (body === undefined) return c.text(`no body for ${c.req.path}`, 404);
  return c.body(body, 200, { "content-type": "application/json" });
});
serve({ fetch: app.fetch, port: Number(port), hostname: "127.0.0.1" }, () => process.stdout.write(`hono listening on ${port}\n`));

process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(0));
