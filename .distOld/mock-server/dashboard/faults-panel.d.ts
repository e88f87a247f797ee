/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { FaultRule, OperationsView } from "./control-types.js";
export declare const FaultList: FC<{
    faults: FaultRule[];
}>;
export declare const FaultForm: FC<{
    catalog: OperationsView;
}>;
