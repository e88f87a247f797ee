/** @jsxImportSource hono/jsx */
import type { JSX } from "hono/jsx/jsx-runtime";
/** GET a control path (relative to /__mock) and its JSON. */
export type ControlReader = (path: string) => Promise<unknown>;
export declare const RECORDS_PER_PAGE = 15;
declare function detail(read: ControlReader, query: URLSearchParams): Promise<JSX.Element>;
export declare const FRAGMENTS: {
    clock: (read: ControlReader) => Promise<import("hono/utils/html").HtmlEscapedString>;
    batches: (read: ControlReader, query: URLSearchParams) => Promise<import("hono/utils/html").HtmlEscapedString>;
    messages: (read: ControlReader, query: URLSearchParams) => Promise<import("hono/utils/html").HtmlEscapedString>;
    tasks: (read: ControlReader, query: URLSearchParams) => Promise<import("hono/utils/html").HtmlEscapedString>;
    detail: typeof detail;
    faults: (read: ControlReader) => Promise<import("hono/utils/html").HtmlEscapedString>;
    apps: (read: ControlReader) => Promise<import("hono/utils/html").HtmlEscapedString>;
    directory: (read: ControlReader, query: URLSearchParams) => Promise<import("hono/utils/html").HtmlEscapedString>;
    requests: (read: ControlReader, query: URLSearchParams) => Promise<import("hono/utils/html").HtmlEscapedString>;
};
export {};
