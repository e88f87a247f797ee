export { createMockApp, HANDLERS, type MockApp, type MockAppOptions } from "./app.js";
export { MockClock, type ClockState } from "./clock.js";
export { defaultConfig, type MockConfig, type FeishuAppConfig, type DingTalkAppConfig } from "./config.js";
export type { DingTalkAppInput, FeishuAppInput, MockConfigInput } from "./config-input.js";
export { startMockServer, type MockServer, type StartOptions } from "./serve.js";
export type { RequestLogEntry } from "./http/request-log.js";
export { startProxyServer, type ProxyOptions, type ProxyServer } from "./proxy/proxy-server.js";
export { Journal, type JournalEntry, type JournalFilter, type JournalListener, type JournalWaitOptions } from "./http/journal.js";
