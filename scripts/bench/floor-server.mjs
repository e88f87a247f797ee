// The bench's floor: a bare node:http server answering constant JSON bodies, so the mock's figures can be read
// against what Node's HTTP stack alone costs on this machine in the same run. Plain .mjs (no tsx, no framework)
// so nothing but node:http is measured. Usage: node floor-server.mjs <port> <bodies.json>
// bodies.json maps a route key (see keyOf) to the body to answer; the bench fills it with the mock's own answers.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, bodiesFile] = process.argv.slice(2);
const bodies = new Map(
  Object.entries(JSON.parse(readFileSync(bodiesFile, "utf8"))).map(([key, body]) => [key, Buffer.from(JSON.stringify(body))]),
);

// The last path segment, plus page_size when given: read_users pages of 20 and 100 differ in size.
function keyOf(url) {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const segment = path.slice(path.lastIndexOf("/", path.length - 2) + 1).replace(/\/$/, "");
  const pageSize = q < 0 ? null : /[?&]page_size=(\d+)/.exec(url.slice(q))?.[1];
  return pageSize ? `${segment}?page_size=${pageSize}` : segment;
}

createServer((req, res) => {
  // Answer after the request body is read, as any real server must.
  req.resume();
  req.on("end", () => {
    const body = bodies.get(keyOf(req.url ?? "/"));
    if (!body) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`no floor body for ${keyOf(req.url ?? "/")}`);
      return;
    }
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length }).end(body);
  });
}).listen(Number(port), "127.0.0.1", () => process.stdout.write(`floor listening on ${port}\n`));

process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(0));
