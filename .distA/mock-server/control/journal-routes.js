// GET /__mock/requests (the journal, newest first, filtered) and DELETE /__mock/requests (forget it).
import { Hono } from "hono";
import { filterFromQuery, JournalFilterError } from "../http/journal-filter.js";
/** A page holds at most this many entries unless the journal is smaller (default page: 100). */
const MAX_PAGE = 10_000;
export function journalRoutes(journal) {
    const routes = new Hono();
    routes.get("/", (c) => {
        let filter;
        try {
            filter = filterFromQuery(c.req.query(), MAX_PAGE);
        }
        catch (error) {
            if (error instanceof JournalFilterError)
                return c.json({ error: error.message }, 400);
            throw error;
        }
        return c.json(journal.list({ limit: 100, ...filter }));
    });
    routes.delete("/", (c) => {
        journal.clear();
        return c.json({ requests: [], total: 0 });
    });
    return routes;
}
//# sourceMappingURL=journal-routes.js.map