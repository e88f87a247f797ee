// GET /__mock/events: what happens in the mock, as server-sent events, for the dashboard and for any script
// (`curl -N …/__mock/events`). Events (each `data` is JSON):
//   clock    {now, iso, scale, frozen}: at once, after every control change, and every tick_ms of wall time
//            (progress is a function of mock time, so this is when bars move);
//   batch | message | task   the record's control view, when a request created, recalled or deleted it;
//   request  a journal entry without its headers and body, for every request to the vendor routes (the whole
//            entry is GET /__mock/requests?since=<id - 1>&limit=1);
//   control  {method, path, status}, after a control call that changed something;
//   reset    {} after POST /__mock/reset (after its control event).
// `?events=clock,batch` keeps only those; `?tick_ms=` (100–60000, default 1000) sets the clock's pace.
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { batchView, messageView, taskView } from "./record-views.js";
export const EVENT_NAMES = ["clock", "batch", "message", "task", "request", "control", "reset"];
/** A client this far behind (events written but not yet read) is cut off; EventSource reconnects. */
const MAX_PENDING_WRITES = 10_000;
/** The record a successful recall or delete changed, read from its journal entry (the handlers announce only
 * what they create). */
function recalledBy(entry) {
    if (entry.status !== 200 || entry.code !== 0)
        return undefined;
    const last = decodeURIComponent(entry.path.split("/").pop() ?? "");
    if (entry.operation === "deleteBatchMessage")
        return { kind: "batch", id: last };
    if (entry.operation === "deleteMessage")
        return { kind: "message", id: last };
    const taskId = entry.body?.msg_task_id;
    if (entry.operation === "recallWorkNotification" && taskId !== undefined)
        return { kind: "task", id: String(taskId) };
    return undefined;
}
/** A journal entry as the stream sends it: headers and bodies can be large, and a busy mock sends many. */
function requestSummary({ headers, body, query, ...summary }) {
    return summary;
}
function viewOf(state, change) {
    const now = state.now();
    if (change.kind === "batch") {
        const b = state.batches.get(change.id);
        return b && batchView(b, now, state.config);
    }
    if (change.kind === "message") {
        const m = state.messages.get(change.id);
        return m && messageView(m, now);
    }
    const t = state.tasks.get(Number(change.id));
    return t && taskView(t, now);
}
export function eventRoutes({ state, events, journal, input }) {
    const routes = new Hono();
    routes.get("/events", (c) => {
        const asked = c.req.query("events")?.split(",").filter(Boolean);
        const unknown = asked?.filter((name) => !EVENT_NAMES.includes(name)) ?? [];
        if (unknown.length > 0)
            throw input.fail(400, `unknown events ${unknown.join(", ")}; any of ${EVENT_NAMES.join(", ")}`);
        const wanted = new Set(asked && asked.length > 0 ? asked : EVENT_NAMES);
        const tickMs = Math.max(100, input.intParam(c, "tick_ms", 1000, 60_000));
        return streamSSE(c, async (stream) => {
            let id = 0;
            let pending = 0;
            let queue = Promise.resolve();
            let end = () => { };
            const ended = new Promise((resolve) => (end = resolve));
            const send = (event, data) => {
                if (!wanted.has(event) || stream.closed || stream.aborted)
                    return;
                if (++pending > MAX_PENDING_WRITES)
                    return end();
                const message = { event, data: JSON.stringify(data), id: String(++id) };
                queue = queue.then(() => stream.writeSSE(message)).finally(() => void pending--);
            };
            const clock = () => send("clock", state.clock.state());
            const record = (change) => {
                const view = viewOf(state, change);
                if (view)
                    send(change.kind, view);
            };
            const stops = [
                state.onRecordChange(record),
                journal.subscribe((entry) => {
                    send("request", requestSummary(entry));
                    const recalled = recalledBy(entry);
                    if (recalled)
                        record(recalled);
                }),
                events.onControlChange((change) => {
                    send("control", change);
                    if (change.path.endsWith("/reset"))
                        send("reset", {});
                    clock();
                }),
                events.openStream(() => end()),
            ];
            const ticker = setInterval(clock, tickMs);
            stream.onAbort(() => end());
            clock();
            await ended;
            clearInterval(ticker);
            for (const stop of stops)
                stop();
            await queue.catch(() => { });
        });
    });
    return routes;
}
//# sourceMappingURL=event-routes.js.map