/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { BatchView, MessageView, Page, TaskView } from "./control-types.js";
export declare const BatchTable: FC<{
    page: Page<BatchView>;
}>;
export declare const MessageTable: FC<{
    page: Page<MessageView>;
}>;
export declare const TaskTable: FC<{
    page: Page<TaskView>;
}>;
