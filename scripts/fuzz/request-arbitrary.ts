// Requests for one operation, valid and invalid: path ids (real, well-formed, junk, huge, unicode, NUL), query
// values (declared, wrong type, duplicated, extra), credentials (valid, missing, malformed, other vendor's) and
// bodies (from the schema, mutated, non-JSON, empty, wrong content type, huge).
import fc from "fast-check";
import type { JsonSchema, OperationInfo } from "../../spec/index.js";
import { schemaArbitrary } from "./schema-arbitrary.js";

export interface FuzzWorld {
  feishuToken: string;
  dingtalkToken: string;
  /** Ids that exist, by path parameter name (batch_message_id, message_id). */
  ids: Record<string, string>;
  /** A body naming things that exist, per operationId, so some requests reach the deepest checks. */
  bodies: Record<string, unknown>;
  /** Query values that work, per operationId (e.g. gettoken's appkey and appsecret). */
  queries: Record<string, Record<string, string>>;
}

export interface FuzzRequest {
  method: string;
  /** Path and query, URL-encoded. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const junkString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("\u0000", "a\u0000b", "💥", "../../etc/passwd", "%00", "' OR 1=1 --", "null", "-1", "1e309"),
  fc.string({ minLength: 5000, maxLength: 20_000 }),
);

const junkValue = fc.oneof(junkString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));

function pathValue(op: OperationInfo, name: string, schema: JsonSchema | undefined, world: FuzzWorld): fc.Arbitrary<string> {
  const known = world.ids[name];
  return fc.oneof(
    ...(known !== undefined ? [{ weight: 4, arbitrary: fc.constant(known) }] : []),
    ...(schema?.pattern ? [fc.stringMatching(new RegExp(schema.pattern as string))] : []),
    junkString.filter((s) => s.length > 0),
  );
}

function queryPairs(op: OperationInfo, world: FuzzWorld): fc.Arbitrary<[string, string][]> {
  const declared = op.parameters.filter((p) => p.value.in === "query" && p.value.name !== "access_token");
  const working = world.queries[op.operationId] ?? {};
  const perParam = declared.map(({ value: param }) =>
    fc.oneof(
      fc.constant<[string, string][]>([]),
      ...(working[param.name] !== undefined ? [{ weight: 3, arbitrary: fc.constant<[string, string][]>([[param.name, working[param.name]!]]) }] : []),
      { weight: 3, arbitrary: schemaArbitrary(op.vendor, param.schema ?? {}).map((v): [string, string][] => [[param.name, String(v)]]) },
      junkValue.map((v): [string, string][] => [[param.name, typeof v === "string" ? v : JSON.stringify(v) ?? ""]]),
      // The same key twice.
      fc.tuple(schemaArbitrary(op.vendor, param.schema ?? {}), junkString).map(([a, b]): [string, string][] => [[param.name, String(a)], [param.name, b]]),
    ),
  );
  const extra = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), junkString), { maxLength: 2 });
  return fc.tuple(fc.tuple(...perParam), extra).map(([lists, more]) => [...lists.flat(), ...more]);
}

function credentials(op: OperationInfo, world: FuzzWorld): fc.Arbitrary<{ header?: string; query?: string }> {
  if (!op.authenticated) return fc.constant({});
  const own = op.vendor === "feishu" ? world.feishuToken : world.dingtalkToken;
  const other = op.vendor === "feishu" ? world.dingtalkToken : world.feishuToken;
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constant(own) },
    fc.constant(other),
    fc.constant("t-expired0000000000000000000000000000000"),
    junkString,
  );
  if (op.vendor === "feishu") {
    return fc.oneof(
      { weight: 6, arbitrary: token.map((t) => ({ header: `Bearer ${t}` })) },
      fc.constant({}),
      junkString.map((s) => ({ header: s })),
      token.map((t) => ({ header: `bearer ${t}` })),
    );
  }
  return fc.oneof({ weight: 6, arbitrary: token.map((t) => ({ query: t })) }, fc.constant({}));
}

function body(op: OperationInfo, world: FuzzWorld): fc.Arbitrary<{ text?: string; contentType?: string }> {
  const json = op.requestBody?.content["application/json"]?.mediaType.schema;
  const real = world.bodies[op.operationId];
  const generated = json ? schemaArbitrary(op.vendor, json) : fc.constant({});
  const valid = real === undefined ? generated : fc.oneof(fc.constant(real), generated);
  const mutated = fc.tuple(valid, fc.string({ maxLength: 10 }), junkValue, fc.boolean()).map(([v, key, junk, drop]) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
    const copy = { ...(v as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (drop && keys.length > 0) delete copy[keys[0]!];
    else if (keys.length > 0) copy[keys[keys.length - 1]!] = junk; // a field of the wrong type
    else copy[key] = junk;
    return copy;
  });
  const asJson = (v: unknown) => ({ text: JSON.stringify(v) ?? "null", contentType: "application/json" });
  return fc.oneof(
    { weight: 4, arbitrary: valid.map(asJson) },
    { weight: 3, arbitrary: mutated.map(asJson) },
    fc.constant({}),
    fc.constant({ text: "{}", contentType: "application/json" }),
    junkString.map((s) => ({ text: s, contentType: "application/json" })),
    fc.constantFrom("[1,2,3]", "null", "42", '"text"', "{", '{"a":').map((t) => ({ text: t, contentType: "application/json" })),
    valid.map((v) => ({ text: JSON.stringify(v) ?? "", contentType: "text/plain" })),
    valid.map((v) => ({
      text: new URLSearchParams(Object.entries((v ?? {}) as Record<string, unknown>).map(([k, x]): [string, string] => [k, typeof x === "string" ? x : JSON.stringify(x) ?? ""])).toString(),
      contentType: "application/x-www-form-urlencoded",
    })),
    fc.string({ minLength: 150_000, maxLength: 160_000 }).map((s) => ({ text: JSON.stringify({ msg_type: "text", content: { text: s } }), contentType: "application/json" })),
  );
}

export function requestArbitrary(op: OperationInfo, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.value.in === "path");
  const pathArb = fc.tuple(...pathParams.map((p) => pathValue(op, p.value.name, p.value.schema, world))).map((values) => {
    let path = op.path;
    pathParams.forEach((p, i) => (path = path.replace(`{${p.value.name}}`, encodeURIComponent(values[i]!))));
    return path;
  });
  return fc.tuple(pathArb, queryPairs(op, world), credentials(op, world), body(op, world)).map(([path, pairs, creds, b]) => {
    const query = new URLSearchParams(pairs);
    if (creds.query !== undefined) query.append("access_token", creds.query);
    const headers: Record<string, string> = {};
    // A header value on the wire is Latin-1 without control characters; any other is sent as no header.
    if (creds.header !== undefined && /^[\u0020-\u007e\u0080-\u00ff]*$/.test(creds.header)) headers.authorization = creds.header;
    if (b.contentType) headers["content-type"] = b.contentType;
    const search = query.toString();
    // GET requests carry no body through fetch; the SDK's `{}` on GET is covered by the HTTP tests.
    const sendsBody = op.method !== "get" && b.text !== undefined;
    return {
      method: op.method.toUpperCase(),
      url: `${path}${search ? `?${search}` : ""}`,
      headers,
      ...(sendsBody && { body: b.text }),
    };
  });
}
