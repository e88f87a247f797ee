/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
/** A native <progress> (screen readers announce it) with its numbers beside it. */
export declare const Bar: FC<{
    label: string;
    value: number;
    max: number;
}>;
export declare const StatusBadge: FC<{
    status: string;
    percent: number;
}>;
/** Mock time as ISO without milliseconds: easier to read in a table. */
export declare const MockTime: FC<{
    at: string;
}>;
export interface PagerProps {
    /** The fragment it pages (its region's query gets the new offset). */
    target: string;
    total: number;
    offset: number;
    limit: number;
    noun: string;
    /** Said after the count (default: "newest first"). */
    order?: string;
}
/** First / previous / next / last and "go to page": O(1) to render however many records there are. */
export declare const Pager: FC<PagerProps>;
/** A "Details" button that opens a record in the detail view. */
export declare const DetailButton: FC<{
    kind: string;
    id: string;
    label: string;
}>;
