// Only the mock's owner drives the control API. A browser sends a cross-site request (a form, or a fetch with
// Content-Type text/plain) without asking first, so any web page could reset the mock or read its secrets: such
// requests carry an Origin that is not the mock's own, or `Sec-Fetch-Site: cross-site` / `same-site`, and are
// refused. curl and scripts send neither header; the dashboard's own calls are same-origin.
import type { Context } from "hono";
import { timingSafeEqual } from "hono/utils/buffer";

/** Why a request looks as if a page of another origin sent it, or undefined. */
export function crossSiteReason(c: Context): string | undefined {
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site: ${site}`;
  const origin = c.req.header("origin");
  if (origin !== undefined && origin !== new URL(c.req.url).origin) return `Origin ${origin.slice(0, 100)}`;
  return undefined;
}

/** The control token given (Bearer or x-mock-control-token), compared in constant time. */
export async function hasControlToken(c: Context, token: string): Promise<boolean> {
  const given = c.req.header("authorization")?.replace(/^Bearer /, "") ?? c.req.header("x-mock-control-token");
  if (given === undefined) return false;
  return timingSafeEqual(given, token);
}
