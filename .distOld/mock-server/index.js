// The mock server as a library: the in-process app, a server on a port for test suites, and the contract-checking proxy.
export { createMockApp, HANDLERS } from "./app.js";
export { MockClock } from "./clock.js";
export { defaultConfig } from "./config.js";
export { startMockServer } from "./serve.js";
export { startProxyServer } from "./proxy/proxy-server.js";
export { Journal } from "./http/journal.js";
//# sourceMappingURL=index.js.map