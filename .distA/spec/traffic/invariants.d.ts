export type InvariantRule = "ordered" | "monotonic" | "page-token";
export interface InvariantFinding {
    rule: InvariantRule;
    message: string;
}
/** An answer (HTTP 200, code 0) to an operation, with what identifies the record it is about. */
export interface AnsweredExchange {
    operationId: string;
    path: Record<string, string>;
    requestBody?: unknown;
    answer: unknown;
}
/** The rules an operation's answers are held to (for reports that list a test case per operation and rule). */
export declare function invariantRules(operationId: string): InvariantRule[];
/** What one answer must satisfy on its own. */
export declare function answerInvariants(operationId: string, answer: any): InvariantFinding[];
/** Remembers the last answer about each record and reports what went backwards. Bounded: the oldest records are
 * forgotten past `maxRecords`, so a long-running proxy holds constant memory. */
export declare class StreamInvariants {
    private readonly maxRecords;
    private readonly last;
    constructor(maxRecords?: number);
    check(exchange: AnsweredExchange): InvariantFinding[];
}
