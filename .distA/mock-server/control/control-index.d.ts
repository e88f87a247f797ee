import type { Hono } from "hono";
export declare function controlIndex(control: Hono, prefix?: string): {
    control_api: string;
    routes: {
        method: string;
        path: string;
        about?: string;
    }[];
};
