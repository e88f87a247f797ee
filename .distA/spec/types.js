// The parts of an OpenAPI 3.1 document this project reads, and the `x-` extensions our specs define
// (see the header of spec/feishu/openapi.yaml for what each extension means).
export const VENDORS = ["feishu", "dingtalk"];
export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
//# sourceMappingURL=types.js.map