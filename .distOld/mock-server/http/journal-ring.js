// The journal's storage: the last entries, serialized, in one buffer allocated at start. Why not an array of
// objects: a kept entry lives for the next thousand requests, long enough for V8 to promote it to the old
// generation, where it then dies; that promoted garbage let a mock holding 1,000,000 batches grow 250 MB past its
// live data before a full collection ran (issue 15). Kept as bytes, an entry costs the heap nothing after its
// request: the strings made to write it die young. Bounded twice, by count and by bytes, whichever comes first.
export class JournalRing {
    capacity;
    maxBytes;
    bytes;
    /** Where each kept entry starts and how long it is, at slot (id - 1) % capacity. */
    offsets;
    lengths;
    /** The next byte to write; entries are laid down in id order and wrap to 0 at the end of the buffer. */
    head = 0;
    lastId = 0;
    /** The oldest id still kept (lastId + 1 when none is). */
    oldest = 1;
    constructor(capacity, maxBytes) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        if (!Number.isInteger(capacity) || capacity < 0)
            throw new RangeError("the journal size must be an integer ≥ 0");
        if (!Number.isInteger(maxBytes) || maxBytes < 1024)
            throw new RangeError("the journal's max_bytes must be an integer ≥ 1024");
        // Buffer.alloc maps zeroed pages lazily: only the bytes written count against the process's memory.
        this.bytes = Buffer.alloc(capacity > 0 ? maxBytes : 0);
        this.offsets = new Int32Array(capacity);
        this.lengths = new Int32Array(capacity);
    }
    /** Stores one serialized entry under the next id and returns the id; the oldest entries make room. */
    push(text) {
        const id = ++this.lastId;
        if (this.capacity === 0) {
            this.oldest = id + 1;
            return id;
        }
        if (id - this.oldest >= this.capacity)
            this.oldest += 1; // its slot is the one reused
        // A UTF-16 unit takes at most 3 bytes of UTF-8: a text that surely fits is not measured first (a scan of
        // every entry); the write says how long it was.
        const length = this.head + 3 * text.length <= this.maxBytes ? 3 * text.length : Buffer.byteLength(text);
        if (length > this.maxBytes) {
            // Cannot be kept whole: nothing before it survives either (they would be older than a gap).
            this.oldest = id + 1;
            return id;
        }
        if (this.head + length > this.maxBytes) {
            // Wrap: what lies between head and the end is the oldest of all; it goes first.
            while (this.oldest < id && this.offsets[this.slot(this.oldest)] >= this.head)
                this.oldest += 1;
            this.head = 0;
        }
        const written = this.bytes.write(text, this.head, length, "utf8");
        const end = this.head + written;
        // The entries in [head, end) are the oldest left (entries lie in id order from head on): evicted in order.
        // (Written first: nothing reads the ring between the write and the eviction.)
        while (this.oldest < id) {
            const start = this.offsets[this.slot(this.oldest)];
            if (start < this.head || start >= end)
                break;
            this.oldest += 1;
        }
        this.offsets[this.slot(id)] = this.head;
        this.lengths[this.slot(id)] = written;
        this.head = end;
        return id;
    }
    /** The text kept under `id`, or undefined when it is gone (evicted, cleared, or never kept). */
    get(id) {
        if (id < this.oldest || id > this.lastId)
            return undefined;
        const start = this.offsets[this.slot(id)];
        return this.bytes.toString("utf8", start, start + this.lengths[this.slot(id)]);
    }
    /** The id the last entry got (0 before any). */
    get lastEntryId() {
        return this.lastId;
    }
    /** The oldest id still kept. */
    get oldestKeptId() {
        return this.oldest;
    }
    /** Forgets every kept entry; ids go on. */
    clear() {
        this.oldest = this.lastId + 1;
    }
    slot(id) {
        return (id - 1) % this.capacity;
    }
}
//# sourceMappingURL=journal-ring.js.map