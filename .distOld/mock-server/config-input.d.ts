import type { DingTalkAppConfig, FeishuAppConfig, MockConfig } from "./config.js";
import type { StubSpec } from "./stubs/stub-spec.js";
/** An app as a config file gives it: the credentials, and whichever of the rest differ from the defaults. */
export type FeishuAppInput = Pick<FeishuAppConfig, "app_id" | "app_secret"> & Partial<FeishuAppConfig>;
export type DingTalkAppInput = Pick<DingTalkAppConfig, "appkey" | "appsecret" | "agent_id"> & Partial<DingTalkAppConfig>;
export interface MockConfigInput {
    fidelity?: MockConfig["fidelity"];
    tokens?: Partial<MockConfig["tokens"]>;
    seed?: number;
    time?: Partial<MockConfig["time"]>;
    directory?: Partial<MockConfig["directory"]>;
    error_messages?: MockConfig["error_messages"];
    feishu?: Partial<Omit<MockConfig["feishu"], "apps" | "rate_limit">> & {
        apps?: FeishuAppInput[];
        rate_limit?: Partial<MockConfig["feishu"]["rate_limit"]>;
    };
    dingtalk?: Partial<Omit<MockConfig["dingtalk"], "apps">> & {
        apps?: DingTalkAppInput[];
    };
    simulation?: Partial<MockConfig["simulation"]>;
    control?: MockConfig["control"];
    validate_responses?: boolean;
    journal?: MockConfig["journal"];
    storage?: Partial<MockConfig["storage"]>;
    server?: Partial<MockConfig["server"]>;
    stubs?: StubSpec[];
}
