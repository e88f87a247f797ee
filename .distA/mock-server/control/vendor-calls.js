const USER_AGENT = "feishu-dingtalk-mock-control";
async function call(fetch, origin, method, path, headers, body) {
    const request = new Request(`${origin}${path}`, {
        method,
        // In-process requests carry no Host of their own: give the one a client of this origin sends (the Host guard).
        headers: { host: new URL(origin).host, "user-agent": USER_AGENT, ...headers, ...(body !== undefined && { "content-type": "application/json" }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const response = await fetch(request);
    if (response.headers.get("x-mock-dropped") === "1")
        return { method, path, status: 0, body: null, dropped: true };
    const text = await response.text();
    let parsed = text;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // a 5xx fault answers plain text: keep it
    }
    return { method, path, status: response.status, body: parsed };
}
const succeeded = (c) => !c.dropped && c.status >= 200 && c.status < 300 && (c.body?.code ?? c.body?.errcode) === 0;
/** Gets the app a tenant token (as any client does, with its secret), then makes the call with it. */
export async function callAsFeishuApp(fetch, origin, app, method, path, body) {
    const token = await call(fetch, origin, "POST", "/open-apis/auth/v3/tenant_access_token/internal", {}, { app_id: app.app_id, app_secret: app.app_secret });
    if (!succeeded(token))
        return { ok: false, calls: [masked(token)] };
    const accessToken = token.body.tenant_access_token;
    const answer = await call(fetch, origin, method, path, { authorization: `Bearer ${accessToken}` }, body);
    return { ok: succeeded(answer), calls: [masked(token), answer] };
}
/** A token answer as shown back: the token itself is a credential, so only its start. */
function masked(token) {
    const body = token.body;
    if (typeof body?.tenant_access_token !== "string")
        return token;
    return { ...token, body: { ...body, tenant_access_token: `${body.tenant_access_token.slice(0, 4)}…` } };
}
//# sourceMappingURL=vendor-calls.js.map