// A flat, resolved view of every operation in a spec: what the mock routes and the contracts check.
// Each schema is kept as a JSON pointer into its document so the validator compiles it in place
// (its own `$ref`s then resolve against the document).
import { documents } from "./documents.js";
import {
  HTTP_METHODS,
  type ErrorCodeEntry,
  type HttpMethod,
  type MediaType,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  type Reference,
  type RequestBody,
  type Response,
  VENDORS,
  type Vendor,
} from "./types.js";

export interface Located<T> {
  value: T;
  /** JSON pointer of `value` in its document, e.g. `/components/responses/RateLimited`. */
  pointer: string;
}

export interface ResolvedMediaType {
  mediaType: MediaType;
  schemaPointer?: string;
}

export interface ResolvedResponse {
  response: Response;
  pointer: string;
  content: Record<string, ResolvedMediaType>;
}

export interface OperationInfo {
  vendor: Vendor;
  operationId: string;
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/open-apis/im/v1/batch_messages/{batch_message_id}`. */
  path: string;
  pointer: string;
  operation: Operation;
  parameters: Located<Parameter>[];
  requestBody?: { required: boolean; content: Record<string, ResolvedMediaType>; validatedBy: "gateway" | "business" };
  responses: Record<string, ResolvedResponse>;
  /** Every error code the operation may answer (its `x-error-codes`). */
  errorCodes: ErrorCodeEntry[];
  /** False for operations that need no token (the token endpoints). */
  authenticated: boolean;
}

const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
const unescapePointer = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");

export function pointerJoin(pointer: string, ...segments: string[]): string {
  return segments.reduce((acc, s) => `${acc}/${escapePointer(s)}`, pointer);
}

export function getByPointer(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  return pointer
    .slice(1)
    .split("/")
    .map(unescapePointer)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
}

const isReference = (value: unknown): value is Reference =>
  typeof value === "object" && value !== null && typeof (value as Reference).$ref === "string";

/** Follows local `$ref`s (of parameters, responses, examples…) to the object they name. */
export function resolve<T>(document: OpenApiDocument, value: T | Reference, pointer: string): Located<T> {
  let current: unknown = value;
  let at = pointer;
  for (let hops = 0; isReference(current); hops++) {
    if (hops > 20 || !current.$ref.startsWith("#")) throw new Error(`Cannot resolve ${current.$ref} at ${at}`);
    at = current.$ref.slice(1);
    current = getByPointer(document, at);
    if (current === undefined) throw new Error(`Dangling $ref ${at} in the ${document.info.title} spec`);
  }
  return { value: current as T, pointer: at };
}

function resolveContent(content: Record<string, MediaType> | undefined, pointer: string) {
  const resolved: Record<string, ResolvedMediaType> = {};
  for (const [type, mediaType] of Object.entries(content ?? {})) {
    resolved[type] = {
      mediaType,
      ...(mediaType.schema && { schemaPointer: pointerJoin(pointer, "content", type, "schema") }),
    };
  }
  return resolved;
}

function describe(vendor: Vendor, document: OpenApiDocument, path: string, method: HttpMethod): OperationInfo {
  const pathPointer = pointerJoin("", "paths", path);
  const pointer = pointerJoin(pathPointer, method);
  const operation = document.paths[path]![method]!;
  const shared = (document.paths[path]!.parameters ?? []).map((p, i) =>
    resolve<Parameter>(document, p, pointerJoin(pathPointer, "parameters", String(i))),
  );
  const own = (operation.parameters ?? []).map((p, i) =>
    resolve<Parameter>(document, p, pointerJoin(pointer, "parameters", String(i))),
  );
  const parameters = [...shared.filter((s) => !own.some((o) => o.value.name === s.value.name)), ...own];

  let requestBody: OperationInfo["requestBody"];
  if (operation.requestBody) {
    const body = resolve<RequestBody>(document, operation.requestBody, pointerJoin(pointer, "requestBody"));
    requestBody = {
      required: body.value.required ?? false,
      content: resolveContent(body.value.content, body.pointer),
      validatedBy: body.value["x-validated-by"] ?? "business",
    };
  }

  const responses: Record<string, ResolvedResponse> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    const located = resolve<Response>(document, response, pointerJoin(pointer, "responses", status));
    responses[status] = {
      response: located.value,
      pointer: located.pointer,
      content: resolveContent(located.value.content, located.pointer),
    };
  }

  const security = operation.security ?? document.security ?? [];
  return {
    vendor,
    operationId: operation.operationId,
    method,
    path,
    pointer,
    operation,
    parameters,
    ...(requestBody && { requestBody }),
    responses,
    errorCodes: operation["x-error-codes"] ?? [],
    authenticated: security.some((requirement) => Object.keys(requirement).length > 0),
  };
}

const cache = new Map<Vendor, OperationInfo[]>();

/** Every operation of a vendor's spec, in document order. */
export function listOperations(vendor: Vendor): OperationInfo[] {
  let list = cache.get(vendor);
  if (!list) {
    const document = documents[vendor];
    list = Object.keys(document.paths).flatMap((path) =>
      HTTP_METHODS.filter((m) => document.paths[path]![m]).map((m) => describe(vendor, document, path, m)),
    );
    cache.set(vendor, list);
  }
  return list;
}

export function allOperations(): OperationInfo[] {
  return VENDORS.flatMap(listOperations);
}

export function getOperation(operationId: string): OperationInfo {
  const found = allOperations().find((op) => op.operationId === operationId);
  if (!found) throw new Error(`No operation ${operationId} in the specs`);
  return found;
}
