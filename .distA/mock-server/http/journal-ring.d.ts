export declare class JournalRing {
    readonly capacity: number;
    readonly maxBytes: number;
    private readonly bytes;
    /** Where each kept entry starts and how long it is, at slot (id - 1) % capacity. */
    private readonly offsets;
    private readonly lengths;
    /** The next byte to write; entries are laid down in id order and wrap to 0 at the end of the buffer. */
    private head;
    private lastId;
    /** The oldest id still kept (lastId + 1 when none is). */
    private oldest;
    constructor(capacity: number, maxBytes: number);
    /** Stores one serialized entry under the next id and returns the id; the oldest entries make room. */
    push(text: string): number;
    /** The text kept under `id`, or undefined when it is gone (evicted, cleared, or never kept). */
    get(id: number): string | undefined;
    /** The id the last entry got (0 before any). */
    get lastEntryId(): number;
    /** The oldest id still kept. */
    get oldestKeptId(): number;
    /** Forgets every kept entry; ids go on. */
    clear(): void;
    private slot;
}
