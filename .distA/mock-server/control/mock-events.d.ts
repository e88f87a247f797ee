import type { MiddlewareHandler } from "hono";
export interface ControlChange {
    method: string;
    path: string;
    status: number;
}
export declare class MockEvents {
    private readonly controlListeners;
    private readonly streamClosers;
    onControlChange(listener: (change: ControlChange) => void): () => void;
    controlChanged(change: ControlChange): void;
    /** An open stream registers how to end it; the returned function unregisters it. */
    openStream(close: () => void): () => void;
    get openStreams(): number;
    /** Ends every open stream (the server is closing). */
    closeStreams(): void;
}
/** After every control call that may have changed something (not a GET) and succeeded, tells the listeners. */
export declare function announceControlChanges(events: MockEvents): MiddlewareHandler;
