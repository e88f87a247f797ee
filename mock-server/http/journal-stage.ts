// The pipeline's journal stage: after the answer is rendered (and self-checked), one entry per request to the
// vendor routes. The control API's own calls are not vendor traffic and are not journaled.
//
// Not a middleware but a wrapper around each vendor route's answer (app.ts): with a middleware in front of every
// route, Hono composes each request's handlers (an async frame per layer); a route with one handler takes Hono's
// direct path, as a bare Hono app does (issue 11).
import type { Context } from "hono";
import type { MockState } from "../state/mock-state.js";
import { JOURNAL_BODY_BYTES, type Journal, type JournalRecord } from "./journal.js";
import { requestHeader } from "./request-headers.js";
import type { MockEnv } from "./operation-routes.js";

/**
 * What the journal says of a body nothing read: the operations and the stubs read every body up to the cap, so an
 * unread one is one over it (or none), noted by the length it declares.
 */
function unreadBody(c: Context<MockEnv>): string | undefined {
  const length = Number(requestHeader(c, "content-length") ?? "0");
  return length > JOURNAL_BODY_BYTES && !c.req.raw.bodyUsed ? `[${length} bytes, not kept]` : undefined;
}

/** The request's headers as received: Node's rawHeaders when served over HTTP, else the fetch Request's. */
function rawHeaders(c: Context<MockEnv>): string[] {
  const incoming = (c.env as { incoming?: { rawHeaders?: string[] } } | undefined)?.incoming;
  if (incoming?.rawHeaders) return incoming.rawHeaders;
  const pairs: string[] = [];
  c.req.raw.headers.forEach((value, name) => pairs.push(name, value));
  return pairs;
}

/** What answers a vendor route (a modelled operation, a stub, the not-modelled 404). */
export type RouteAnswer = (c: Context<MockEnv>) => Response | Promise<Response>;

/**
 * `answer`, journaled. A bug thrown from it is answered by `onError` (as Hono's error handler would for an Error)
 * and journaled with that 500, like any other answer.
 */
export function journalStage(journal: Journal, state: MockState, onError: (error: Error, c: Context<MockEnv>) => Response) {
  return (answer: RouteAnswer) =>
    async (c: Context<MockEnv>): Promise<Response> => {
      const started = performance.now();
      const at = state.now();
      const wall = Date.now();
      let res: Response;
      try {
        const out = answer(c);
        res = out instanceof Promise ? await out : out;
      } catch (error) {
        // Something thrown that is not an Error (a bug too) is answered and journaled the same way.
        res = onError(error instanceof Error ? error : new Error(String(error)), c);
      }
      const read = c.get("requestBody");
      const body = read === undefined ? unreadBody(c) : read; // a JSON null is a body too
      // Nothing is masked or formatted here: the journal does that when an entry is looked at (journal-entry.ts).
      const record: JournalRecord = {
        at,
        wall,
        method: c.req.method,
        url: c.req.url,
        headers: rawHeaders(c),
        status: res.status,
        ms: Math.round((performance.now() - started) * 100) / 100,
      };
      if (body !== undefined) record.body = body; // the journal notes one over JOURNAL_BODY_BYTES by its size
      const operation = c.get("operationId");
      if (operation !== undefined) record.operation = operation;
      const app = c.get("app");
      if (app !== undefined) record.app = app;
      const code = c.get("vendorCode");
      if (code !== undefined) record.code = code;
      // Modelled answers say their reason beside the header; reading the answer's headers back costs a Headers object.
      const reason = c.get("errorReason") ?? (record.status >= 400 ? res.headers.get("x-mock-error-reason") : null);
      if (reason != null) record.reason = reason;
      journal.record(record);
      return res;
    };
}
