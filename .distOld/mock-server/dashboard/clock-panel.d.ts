/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { ClockState } from "./control-types.js";
export declare const ClockPanel: FC<{
    clock: ClockState;
}>;
