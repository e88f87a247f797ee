/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { BatchDetail, MessageDetail, ReadUsersView, TaskDetail, TaskRecipientsView } from "./control-types.js";
export declare const BatchDetailView: FC<{
    batch: BatchDetail;
}>;
export declare const MessageDetailView: FC<{
    message: MessageDetail;
    readUsers: ReadUsersView;
    pageToken: string;
}>;
export declare const TaskDetailView: FC<{
    task: TaskDetail;
    recipients: TaskRecipientsView;
}>;
