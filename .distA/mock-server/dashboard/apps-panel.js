import { jsx as _jsx, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
/** Every scope the spec names (required, recipient and field scopes), plus any an app holds that it does not. */
export function knownScopes(catalog, apps) {
    const scopes = new Set();
    for (const o of catalog.operations)
        for (const s of [...o.required_scopes, ...(o.recipient_scopes ?? []), ...(o.field_scopes ?? [])])
            scopes.add(s);
    for (const a of apps.feishu)
        for (const s of a.scopes)
            scopes.add(s);
    return [...scopes].sort();
}
const slug = (id) => id.replace(/[^A-Za-z0-9_-]/g, "_");
export const AppsPanel = ({ apps, scopes }) => (_jsxs("div", { class: "apps", children: [apps.feishu.map((a) => {
            const key = slug(a.app_id);
            return (_jsxs("form", { "data-form": "feishu-app", "data-app": a.app_id, class: "stack card", "aria-labelledby": `app-${key}`, children: [_jsxs("h3", { id: `app-${key}`, children: ["Feishu app ", _jsx("code", { children: a.app_id })] }), _jsxs("p", { class: "muted", children: ["secret ", a.app_secret] }), _jsxs("div", { class: "row", children: [_jsx("label", { for: `app-${key}-name`, children: "Name" }), _jsx("input", { id: `app-${key}-name`, name: "name", type: "text", value: a.name, required: true })] }), _jsxs("div", { class: "row", children: [_jsx("input", { id: `app-${key}-bot`, name: "bot", type: "checkbox", checked: a.bot }), _jsx("label", { for: `app-${key}-bot`, children: "Bot ability (without it: 230006 / 11205)" })] }), _jsxs("fieldset", { children: [_jsx("legend", { children: "Scopes (an operation without one of its scopes answers 230027)" }), scopes.map((s) => (_jsxs("div", { class: "row", children: [_jsx("input", { id: `app-${key}-scope-${slug(s)}`, name: "scopes", type: "checkbox", value: s, checked: a.scopes.includes(s) }), _jsx("label", { for: `app-${key}-scope-${slug(s)}`, children: _jsx("code", { children: s }) })] })))] }), _jsxs("div", { class: "row", children: [_jsx("label", { for: `app-${key}-unavailable`, children: "Outside the app's availability (department or user ids, comma-separated)" }), _jsx("input", { id: `app-${key}-unavailable`, name: "unavailable", type: "text", value: a.unavailable.join(", ") })] }), _jsxs("button", { type: "submit", id: `app-${key}-save`, children: ["Save ", a.app_id] })] }));
        }), apps.dingtalk.map((a) => {
            const key = slug(a.appkey);
            return (_jsxs("form", { "data-form": "dingtalk-app", "data-app": a.appkey, class: "stack card", "aria-labelledby": `app-${key}`, children: [_jsxs("h3", { id: `app-${key}`, children: ["DingTalk app ", _jsx("code", { children: a.appkey })] }), _jsxs("p", { class: "muted", children: ["secret ", a.appsecret] }), _jsxs("div", { class: "row", children: [_jsx("label", { for: `app-${key}-name`, children: "Name" }), _jsx("input", { id: `app-${key}-name`, name: "name", type: "text", value: a.name, required: true })] }), _jsxs("div", { class: "row", children: [_jsx("label", { for: `app-${key}-agent`, children: "agent_id" }), _jsx("input", { id: `app-${key}-agent`, name: "agent_id", type: "number", min: "1", step: "1", value: String(a.agent_id), required: true })] }), _jsxs("button", { type: "submit", id: `app-${key}-save`, children: ["Save ", a.appkey] })] }));
        })] }));
//# sourceMappingURL=apps-panel.js.map