import { timingSafeEqual } from "hono/utils/buffer";
/** Why a request looks as if a page of another origin sent it, or undefined. */
export function crossSiteReason(c) {
    const site = c.req.header("sec-fetch-site");
    if (site !== undefined && site !== "same-origin" && site !== "none")
        return `Sec-Fetch-Site: ${site}`;
    const origin = c.req.header("origin");
    if (origin !== undefined && origin !== new URL(c.req.url).origin)
        return `Origin ${origin.slice(0, 100)}`;
    return undefined;
}
/** The control token given (Bearer or x-mock-control-token), compared in constant time. */
export async function hasControlToken(c, token) {
    const given = c.req.header("authorization")?.replace(/^Bearer /, "") ?? c.req.header("x-mock-control-token");
    if (given === undefined)
        return false;
    return timingSafeEqual(given, token);
}
//# sourceMappingURL=request-guard.js.map