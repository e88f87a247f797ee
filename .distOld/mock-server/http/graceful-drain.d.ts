import type { Server } from "node:http";
export declare function gracefulDrain(server: Server): (deadlineMs: number) => Promise<void>;
