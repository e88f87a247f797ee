/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { OperationsView, RequestsView } from "./control-types.js";
export declare const RequestList: FC<{
    answer: RequestsView;
}>;
export declare const RequestFilters: FC<{
    catalog: OperationsView;
}>;
