// What a stub is: an answer for a request the mock does not model (reply, user lookup, chat info, DingTalk
// user/get, …), given in the config's `stubs:` or through POST /__mock/stubs. Checked by the config's JSON Schema.
export const STUB_SCHEMA = {
    type: "object",
    additionalProperties: false,
    required: ["path"],
    properties: {
        id: { type: "string", pattern: "^[A-Za-z0-9_.:-]{1,64}$" },
        method: { type: "string", pattern: "^([A-Za-z]+|\\*)$" },
        path: { type: "string", pattern: "^/", maxLength: 500 },
        auth: { enum: ["feishu", "dingtalk", "none"] },
        query: { type: "object", additionalProperties: { type: "string" } },
        body: { type: "object" },
        response: {
            type: "object",
            additionalProperties: false,
            properties: {
                status: { type: "integer", minimum: 200, maximum: 599 },
                headers: { type: "object", additionalProperties: { type: "string" } },
                body: {},
            },
        },
        delay_ms: { type: "integer", minimum: 0, maximum: 60_000 },
    },
};
//# sourceMappingURL=stub-spec.js.map