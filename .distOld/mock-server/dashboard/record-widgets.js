import { jsx as _jsx, jsxs as _jsxs } from "hono/jsx/jsx-runtime";
/** A native <progress> (screen readers announce it) with its numbers beside it. */
export const Bar = ({ label, value, max }) => (_jsxs("span", { class: "bar", children: [_jsx("progress", { value: Math.min(value, max), max: Math.max(max, 1), "aria-label": `${label}: ${value} of ${max}` }), _jsxs("span", { class: "bar-text", children: [label, " ", value.toLocaleString("en"), "/", max.toLocaleString("en")] })] }));
export const StatusBadge = ({ status, percent }) => (_jsx("span", { class: `status status-${status}`, "data-status": status, children: status === "sending" || status === "recalling" ? `${status} ${percent}%` : status }));
/** Mock time as ISO without milliseconds: easier to read in a table. */
export const MockTime = ({ at }) => _jsx("time", { datetime: at, children: at.replace(/\.\d{3}Z$/, "Z").replace("T", " ") });
/** First / previous / next / last and "go to page": O(1) to render however many records there are. */
export const Pager = ({ target, total, offset, limit, noun, order = "newest first" }) => {
    const pages = Math.max(1, Math.ceil(total / limit));
    const current = Math.floor(offset / limit) + 1;
    const last = (pages - 1) * limit;
    const button = (name, label, to, disabled) => (_jsx("button", { type: "button", id: `${target}-${name}`, "data-action": "page", "data-target": target, "data-offset": String(to), disabled: disabled, children: label }));
    return (_jsxs("nav", { class: "pager", "aria-label": `${noun} pages`, children: [_jsx("span", { class: "pager-text", "aria-live": "off", children: total === 0
                    ? `No ${noun} yet`
                    : `${(offset + 1).toLocaleString("en")}–${Math.min(total, offset + limit).toLocaleString("en")} of ${total.toLocaleString("en")} ${noun}${order ? `, ${order}` : ""}` }), button("first", "First", 0, offset === 0), button("prev", "Previous", Math.max(0, offset - limit), offset === 0), button("next", "Next", offset + limit, offset + limit >= total), button("last", "Last", last, offset >= last), _jsxs("form", { "data-form": "goto-page", "data-target": target, "data-limit": String(limit), class: "inline", children: [_jsx("label", { for: `${target}-page`, children: "Page" }), _jsx("input", { id: `${target}-page`, name: "page", type: "number", min: "1", max: String(pages), value: String(current), inputmode: "numeric" }), _jsxs("span", { children: [" of ", pages.toLocaleString("en")] }), _jsx("button", { type: "submit", id: `${target}-go`, children: "Go" })] })] }));
};
/** A "Details" button that opens a record in the detail view. */
export const DetailButton = ({ kind, id, label }) => (_jsx("button", { type: "button", id: `detail-${id}`, "data-action": "detail", "data-kind": kind, "data-id": id, "aria-label": `Details of ${label}`, children: "Details" }));
//# sourceMappingURL=record-widgets.js.map