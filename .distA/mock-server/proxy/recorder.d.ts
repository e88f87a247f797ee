export interface RecordedExchange {
    time: string;
    ms: number;
    vendor: string;
    operationId?: string;
    request: {
        method: string;
        url: string;
        headers: Record<string, string>;
        body?: string;
    };
    response: {
        status: number;
        headers: Record<string, string>;
        body?: string;
    };
}
export declare class Recorder {
    readonly file: string;
    private readonly stream;
    private failure;
    constructor(file: string);
    write(exchange: RecordedExchange): void;
    /** Flushes and closes the file; rejects if writing it failed at any point. */
    close(): Promise<void>;
}
