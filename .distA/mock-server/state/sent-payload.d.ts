export interface SentPayload {
    msg_type: string;
    /** Feishu `content` or `card` / DingTalk `msg`, exactly as given (a string stays a string). */
    content: unknown;
    /** The recipient fields as given: department_ids, open_ids, user_ids, union_ids; receive_id_type and receive_id;
     * userid_list, dept_id_list, to_all_user. */
    recipients: Record<string, unknown>;
}
/** The recipient fields of a body that were given (absent ones are left out). */
export declare function givenFields(source: object | undefined, names: readonly string[]): Record<string, unknown>;
/**
 * The latest sends keep what was sent; older ones let it go, so a million stored sends do not hold a million
 * payloads (`storage.sent_payloads`, default 10,000: far more than a test looks back on). Counts and progress never
 * depend on it.
 */
export declare class SentPayloads {
    readonly capacity: number;
    private ring;
    private next;
    constructor(capacity: number);
    /** Keeps `record.sent`, dropping it from the oldest kept record once more than `capacity` are kept. */
    keep(record: {
        sent?: SentPayload | undefined;
    }): void;
    clear(): void;
}
