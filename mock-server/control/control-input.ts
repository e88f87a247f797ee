// How the control routes in other files read a request and refuse one: given them by routes.ts (one JSON body
// reader, one bounded-integer reader, one error that the control API renders as a 4xx `{ "error": "…" }`).
import type { Context } from "hono";

export interface ControlInput {
  jsonBody(c: Context): Promise<Record<string, unknown>>;
  intParam(c: Context, name: string, fallback: number, max: number): number;
  /** The control API's 4xx error, to throw. */
  fail(status: 400 | 404 | 409, message: string): Error;
}
