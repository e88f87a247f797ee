import type { MockConfig } from "../config.js";
import type { MockState } from "../state/mock-state.js";
import type { BatchRecord, MessageRecord, TaskRecord } from "../state/records.js";
/** queued → sending → reading → done; a recall makes it recalling → recalled. */
export type SendStatus = "queued" | "sending" | "reading" | "done" | "recalling" | "recalled";
/** A batch's timing: stored with it, or (where a record leaves it out) derived again as the send made it. */
export declare function batchView(b: BatchRecord, now: number, config: MockConfig): {
    status: SendStatus;
    percent: number;
    settles_at: string;
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
};
export declare function batchDetail(b: BatchRecord, now: number, config: MockConfig): {
    recipients: {
        valid: number;
        deliverable: number;
        not_deliverable: number;
    };
    timing: {
        scheduled_at: string;
        delivered_by: string;
        reads_until: string;
        read_ratio: number;
    };
    sent?: import("../state/sent-payload.js").SentPayload | undefined;
    status: SendStatus;
    percent: number;
    settles_at: string;
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
};
export declare function messageView(m: MessageRecord, now: number): {
    status: "done" | "reading" | "recalled";
    percent: number;
    settles_at: string;
    deleted_at?: string | undefined;
    message_id: string;
    app_id: string;
    chat_id: string;
    chat_type: "p2p" | "group";
    msg_type: string;
    created_at: string;
    recipients: number;
    readers: number;
    deleted: boolean;
};
export declare function messageDetail(state: MockState, m: MessageRecord, now: number): {
    user?: import("../directory.js").DirectoryUser | undefined;
    chat_name?: string | undefined;
    content?: unknown;
    status: "done" | "reading" | "recalled";
    percent: number;
    settles_at: string;
    deleted_at?: string | undefined;
    message_id: string;
    app_id: string;
    chat_id: string;
    chat_type: "p2p" | "group";
    msg_type: string;
    created_at: string;
    recipients: number;
    readers: number;
    deleted: boolean;
};
export declare function taskView(t: TaskRecord, now: number): {
    status: "done" | "queued" | "sending" | "reading" | "recalled";
    percent: number;
    settles_at: string;
    recalled_at?: string | undefined;
    task_id: number;
    appkey: string;
    agent_id: number;
    msg_type: string;
    created_at: string;
    recipients: number;
    /** As getsendprogress reports it: 0 not started, 1 in progress, 2 done. */
    progress: {
        progress_in_percent: number;
        status: 0 | 1 | 2;
    };
    reached_count: number;
    read_count: number;
    recalled: boolean;
};
export declare function taskDetail(t: TaskRecord, now: number): {
    invalid_user_id_list: string[];
    invalid_dept_id_list: number[];
    sent?: import("../state/sent-payload.js").SentPayload | undefined;
    status: "done" | "queued" | "sending" | "reading" | "recalled";
    percent: number;
    settles_at: string;
    recalled_at?: string | undefined;
    task_id: number;
    appkey: string;
    agent_id: number;
    msg_type: string;
    created_at: string;
    recipients: number;
    /** As getsendprogress reports it: 0 not started, 1 in progress, 2 done. */
    progress: {
        progress_in_percent: number;
        status: 0 | 1 | 2;
    };
    reached_count: number;
    read_count: number;
    recalled: boolean;
};
