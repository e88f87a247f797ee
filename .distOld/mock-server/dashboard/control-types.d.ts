import type { ClockState } from "../clock.js";
import type { Page } from "../control/newest-first.js";
import type { operationsView } from "../control/operations-view.js";
import type { batchDetail, batchView, messageDetail, messageView, taskDetail, taskView } from "../control/record-views.js";
import type { directoryView, stateView } from "../control/state-view.js";
import type { FaultRule } from "../http/faults.js";
export type { ClockState, FaultRule, Page };
export type BatchView = ReturnType<typeof batchView>;
export type MessageView = ReturnType<typeof messageView>;
export type TaskView = ReturnType<typeof taskView>;
export type BatchDetail = ReturnType<typeof batchDetail>;
export type MessageDetail = ReturnType<typeof messageDetail>;
export type TaskDetail = ReturnType<typeof taskDetail>;
export type AppsView = ReturnType<typeof stateView>["apps"];
export type DirectoryView = ReturnType<typeof directoryView>;
export type OperationsView = ReturnType<typeof operationsView>;
export interface ReadUsersView {
    items: {
        user_id_type: string;
        user_id: string;
        timestamp: string;
        name?: string;
    }[];
    has_more: boolean;
    page_token?: string;
}
export interface TaskRecipientsView {
    total: number;
    read: number;
    offset: number;
    limit: number;
    items: {
        userid: string;
        name: string;
        read: boolean;
    }[];
}
export type RecordKind = "batches" | "messages" | "tasks";
/** GET /__mock/requests: the request journal, newest first. */
export interface RequestsView {
    requests: {
        id: string | number;
        at: string | number;
        method: string;
        path: string;
        operation?: string | null;
        app?: string | null;
        status: number;
        code?: number | null;
        reason?: string | null;
        ms: number;
    }[];
    total: number;
}
