// What every control route reads from a request: a JSON object body and bounded integer query parameters, and
// the error (a 4xx with `{ "error": "…" }`) when they are not what the route needs.
import type { Context } from "hono";

export class ControlError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new ControlError(400, "the body must be a JSON object");
}

export function intParam(c: Context, name: string, fallback: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new ControlError(400, `${name} must be an integer from 0 to ${max}`);
  return n;
}
