/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { AppsView, DirectoryView } from "./control-types.js";
export declare const SendBatchForm: FC<{
    apps: AppsView;
    directory: DirectoryView;
}>;
