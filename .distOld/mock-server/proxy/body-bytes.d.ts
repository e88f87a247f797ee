import type { IncomingMessage } from "node:http";
export declare function readBody(req: IncomingMessage): Promise<Buffer | "too large" | "broken">;
/** The answer's text for checks and recordings, decoded from its content-encoding. */
export declare function decodeText(bytes: Buffer, encoding: string | undefined): string | undefined;
