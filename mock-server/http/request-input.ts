// Reads a request's parameters and body as the spec declares them, coercing query strings to the declared
// types, so the validator sees what a vendor's server would. Nothing here decides validity: that is the spec's.
import type { Context } from "hono";
import { documents, getByPointer, type JsonSchema, type OperationInfo } from "../../spec/index.js";
import { JsonTooDeepError, parseJsonWithin } from "./json-depth.js";

export interface RequestInput {
  /** The request URL, parsed once. */
  url: URL;
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** The decoded body (undefined when there is none), and the media type it was sent as. */
  body: unknown;
  mediaType?: string;
  /** Why the body could not be read, if it could not. */
  bodyError?: string;
}

function coerce(value: string, schema: JsonSchema | undefined): unknown {
  const type = schema?.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

/** Decodes a form body; fields the spec marks `contentType: application/json` are parsed as JSON. */
function decodeForm(text: string, op: OperationInfo): Record<string, unknown> {
  const media = op.requestBody?.content["application/x-www-form-urlencoded"];
  const schema = media?.mediaType.schema as JsonSchema | undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (key in out) continue; // the first of repeated keys, as the vendors' servers read forms
    if (media?.mediaType.encoding?.[key]?.contentType === "application/json") {
      try {
        out[key] = parseJsonWithin(value);
      } catch (error) {
        if (error instanceof JsonTooDeepError) throw error;
        out[key] = value;
      }
      continue;
    }
    out[key] = coerce(value, propertySchema(op, schema, key));
  }
  return out;
}

/** The schema of a body property, following `$ref`s (e.g. agent_id → AgentId → integer). */
function propertySchema(op: OperationInfo, schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  const deref = (s: JsonSchema | undefined): JsonSchema | undefined => {
    for (let hops = 0; s && typeof s.$ref === "string" && hops < 10; hops++) {
      s = getByPointer(documents[op.vendor], (s.$ref as string).slice(1)) as JsonSchema | undefined;
    }
    return s;
  };
  const properties = deref(schema)?.properties as Record<string, JsonSchema> | undefined;
  return deref(properties?.[key]);
}

/** No request body is read past this: vendors' own limits are far below it (150 KB text, 30 KB cards). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The body as text, refusing (without reading on) one that declares or turns out to be over the cap. */
export async function readBody(c: Context): Promise<{ text: string } | { tooLarge: true } | { broken: string }> {
  const length = c.req.header("content-length");
  const chunked = c.req.header("transfer-encoding") !== undefined;
  // Over HTTP/1.1 a request with neither header has no body: then it is not touched (asking the Node adapter for a
  // body stream builds a whole fetch Request). An in-process Request may carry a body without either header.
  const overNode = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  if (!chunked && (length === "0" || (length === undefined && (overNode || c.req.raw.body === null)))) return { text: "" };
  if (Number(length) > MAX_BODY_BYTES) return { tooLarge: true };
  if (!chunked && length !== undefined) {
    // A declared length under the cap: the adapter's own reader is the fastest way to it.
    try {
      return { text: await c.req.text() };
    } catch (error) {
      return { broken: String(error) };
    }
  }
  // A chunked body of unknown length is read piece by piece, and given up past the cap.
  const stream = c.req.raw.body;
  if (!stream) return { text: "" };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch (error) {
      // The client went away mid-body: nothing to answer, and nothing wrong with the mock.
      return { broken: String(error) };
    }
    const { done, value } = next;
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes) };
}

export async function readInput(c: Context, op: OperationInfo): Promise<RequestInput> {
  const url = new URL(c.req.url);
  const input: RequestInput = { url, path: {}, query: {}, body: undefined };
  for (const { value: param } of op.parameters) {
    if (param.in === "path") {
      // Hono has already decoded it (leaving malformed escapes as they were): decoding again would throw or alter.
      const value = c.req.param(param.name);
      if (value !== undefined) input.path[param.name] = value;
    } else if (param.in === "query") {
      const raw = url.searchParams.get(param.name);
      if (raw !== null) input.query[param.name] = coerce(raw, param.schema);
    }
  }

  const body = await readBody(c);
  if ("tooLarge" in body) {
    input.bodyError = `the body is over ${MAX_BODY_BYTES} bytes`;
    return input;
  }
  if ("broken" in body) {
    input.bodyError = `the body could not be read: ${body.broken}`;
    return input;
  }
  const text = body.text;
  if (text.length === 0) return input;
  const contentType = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (contentType === "application/x-www-form-urlencoded" && op.requestBody?.content[contentType]) {
    input.mediaType = contentType;
    try {
      input.body = decodeForm(text, op);
    } catch (error) {
      input.bodyError = (error as Error).message;
    }
    return input;
  }
  // JSON is the default: the SDKs always send it, and some clients omit the header.
  input.mediaType = "application/json";
  try {
    input.body = parseJsonWithin(text);
  } catch (error) {
    input.bodyError = error instanceof JsonTooDeepError ? `the body: ${error.message}` : "the body is not valid JSON";
  }
  return input;
}
