// A small least-recently-used cache (a Map keeps insertion order: re-inserting on a hit moves an entry last).
export class Lru {
    capacity;
    entries = new Map();
    constructor(capacity) {
        this.capacity = capacity;
    }
    get(key) {
        const value = this.entries.get(key);
        if (value !== undefined) {
            this.entries.delete(key);
            this.entries.set(key, value);
        }
        return value;
    }
    set(key, value) {
        this.entries.delete(key);
        this.entries.set(key, value);
        if (this.entries.size > this.capacity)
            this.entries.delete(this.entries.keys().next().value);
    }
}
//# sourceMappingURL=lru.js.map