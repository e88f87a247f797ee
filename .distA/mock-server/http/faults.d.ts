export interface FaultSpec {
    /** operationId, e.g. getBatchMessageProgress (default: any). */
    operation?: string;
    /** A batch_message_id, message_id, task_id or msg_task_id the request names (default: any). */
    id?: string;
    /** The app the request is authenticated as, or asks a token for: app_id / appkey (default: any). */
    app?: string;
    /** How many matching requests it applies to (default 1). */
    count?: number;
    error_code?: number;
    http_status?: number;
    delay_ms?: number;
    drop?: boolean;
}
export interface FaultRule extends Required<Pick<FaultSpec, "count">> {
    rule_id: string;
    operation?: string;
    id?: string;
    app?: string;
    remaining: number;
    error_code?: number;
    http_status?: number;
    delay_ms?: number;
    drop?: boolean;
}
export declare class FaultSpecError extends Error {
}
export interface FaultMatch {
    operationId: string;
    ids: string[];
    app?: string;
}
export declare class Faults {
    private rules;
    private created;
    /** No rule is set (the common case: the pipeline then skips matching altogether). */
    get empty(): boolean;
    list(): FaultRule[];
    clear(): void;
    /** Removes one rule; false when there is none with that id (used up, or never made). */
    remove(ruleId: string): boolean;
    add(spec: FaultSpec): FaultRule;
    /** Takes (and uses up one application of) the first rule matching the request, if any. */
    take(match: FaultMatch, documentedCodes: ReadonlySet<number>): FaultRule | undefined;
}
