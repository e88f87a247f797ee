// GET|POST /__mock/stubs and DELETE /__mock/stubs/:id: the stubs answering what the mock does not model.
import { Hono } from "hono";
import { checkConfig, ConfigError } from "../config.js";
import { StubError } from "../stubs/stubs.js";
async function jsonObject(c) {
    try {
        const value = JSON.parse(await c.req.text());
        return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
export function stubRoutes(stubs) {
    const routes = new Hono();
    routes.get("/", (c) => c.json({ stubs: stubs.list() }));
    routes.post("/", async (c) => {
        const spec = await jsonObject(c);
        if (!spec)
            return c.json({ error: "the body must be a JSON object: a stub ({ method, path, response, … })" }, 400);
        try {
            checkConfig({ stubs: [spec] }, "stub");
            const { stub, replaced } = stubs.add(spec);
            return c.json(stub, replaced ? 200 : 201);
        }
        catch (error) {
            if (error instanceof ConfigError || error instanceof StubError)
                return c.json({ error: error.message }, 400);
            throw error;
        }
    });
    routes.delete("/:id", (c) => {
        const id = c.req.param("id");
        if (!stubs.remove(id))
            return c.json({ error: `no stub ${id}` }, 404);
        return c.json({ deleted: id });
    });
    return routes;
}
//# sourceMappingURL=stub-routes.js.map