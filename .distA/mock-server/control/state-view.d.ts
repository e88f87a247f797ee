import type { MockState } from "../state/mock-state.js";
/** "abcd…" — enough to recognise a long secret or token, never the whole of it (nothing of a short one). */
export declare const mask: (secret: string) => string;
export declare function stateView(state: MockState, offset?: number, limit?: number): {
    clock: import("../clock.js").ClockState;
    persistence: {} | null;
    storage: {
        max_records: number;
        kept_ms: {
            batches: number;
            messages: number;
            tasks: number;
        };
    };
    apps: {
        feishu: {
            app_secret: string;
            app_id: string;
            name: string;
            bot: boolean;
            scopes: string[];
            unavailable: string[];
        }[];
        dingtalk: {
            appsecret: string;
            appkey: string;
            agent_id: number;
            name: string;
        }[];
    };
    tokens: {
        expire_on: "wall" | "mock";
        feishu: {
            app_id: string;
            token: string;
            expires_at: string;
        }[];
        dingtalk: {
            appkey: string;
            token: string;
            expires_at: string;
        }[];
    };
    batches: {
        total: number;
        offset: number;
        items: {
            sent?: import("../state/sent-payload.js").SentPayload | undefined;
            recalled_at?: string | undefined;
            valid_user_ids_count: number;
            success_user_ids_count: number;
            read_user_ids_count: number;
            recall: boolean;
            recall_count: number;
            batch_message_id: string;
            app_id: string;
            msg_type: string;
            created_at: string;
        }[];
    };
    messages: {
        total: number;
        offset: number;
        items: {
            sent?: import("../state/sent-payload.js").SentPayload | undefined;
            message_id: string;
            app_id: string;
            chat_id: string;
            chat_type: "p2p" | "group";
            msg_type: string;
            created_at: string;
            recipients: number;
            readers: number;
            deleted: boolean;
        }[];
    };
    tasks: {
        total: number;
        offset: number;
        items: {
            sent?: import("../state/sent-payload.js").SentPayload | undefined;
            task_id: number;
            appkey: string;
            agent_id: number;
            created_at: string;
            recipients: number;
            progress_in_percent: number;
            recalled: boolean;
        }[];
    };
};
export declare function directoryView(state: MockState, appId: string, offset?: number, limit?: number): {
    tenant_key: string;
    open_ids_for_app: string;
    users: {
        total: number;
        offset: number;
        items: import("../directory.js").DirectoryUser[];
    };
    departments: {
        department_id: string;
        open_department_id: string;
        dingtalk_dept_id: number;
        name: string;
        parent_department_id: string;
        member_count: number;
        first_member: number | undefined;
    }[];
    chats: {
        chat_id: string;
        name: string;
        member_count: number;
        bots: string[];
    }[];
    invisible_to_bot: number;
};
