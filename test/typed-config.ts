// Type-level proof that createMockApp / startMockServer take a typed config: a typo or a wrong value is a type
// error. Checked by `npm run typecheck` (part of `npm test`); typed-config.test.ts runs the good ones and shows the
// run-time check refuses the same mistakes for callers without types.
import type { MockAppOptions, MockConfigInput, StartOptions } from "../mock-server/index.js";

export const accepted = [
  { seed: 7, time: { frozen: true }, feishu: { apps: [{ app_id: "cli_0000000000000001", app_secret: "s", bot: false }], rate_limit: { enabled: false } } },
  { dingtalk: { apps: [{ appkey: "k", appsecret: "s", agent_id: 1 }], auth_errors: "wrapped" }, journal: { size: 10 } },
  { stubs: [{ method: "GET", path: "/topapi/v2/user/get", response: { body: { errcode: 0 } } }], simulation: { read_ratio: [0, 1] } },
] satisfies MockConfigInput[];

export const startOptions = { port: 0, config: { validate_responses: true, time: { scale: 60 } } } satisfies StartOptions;

// Each line below is a type error on purpose (and a run-time refusal: see typed-config.test.ts).
export const refused: MockAppOptions[] = [
  // @ts-expect-error a misspelt top-level key
  { config: { sead: 7 } },
  // @ts-expect-error a misspelt nested key
  { config: { time: { frozn: true } } },
  // @ts-expect-error a value outside the enum
  { config: { error_messages: "verbose" } },
  // @ts-expect-error an app without its secret
  { config: { feishu: { apps: [{ app_id: "cli_0000000000000001" }] } } },
  // @ts-expect-error a stub's auth is feishu, dingtalk or none
  { config: { stubs: [{ path: "/x", auth: "both" }] } },
];
