export declare class Lru<K, V> {
    private readonly capacity;
    private readonly entries;
    constructor(capacity: number);
    get(key: K): V | undefined;
    set(key: K, value: V): void;
}
