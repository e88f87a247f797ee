import type { Context } from "hono";
export interface ControlInput {
    jsonBody(c: Context): Promise<Record<string, unknown>>;
    intParam(c: Context, name: string, fallback: number, max: number): number;
    /** The control API's 4xx error, to throw. */
    fail(status: 400 | 404 | 409, message: string): Error;
}
