export declare class TrackedMap<K, V> extends Map<K, V> {
    private dirty;
    /** Off until a state file asks for changes: without one, remembering them would only grow. */
    tracking: boolean;
    set(key: K, value: V): this;
    delete(key: K): boolean;
    clear(): void;
    /** Marks a record changed in place (e.g. recalled). */
    touch(key: K): void;
    /** Stores without marking (records restored from the file, which is where they came from). */
    restore(key: K, value: V): void;
    get changed(): number;
    /** The records written since the last call, as they are now; forgets them. */
    takeChanges(): V[];
}
