export interface Page<V> {
    total: number;
    offset: number;
    limit: number;
    items: V[];
}
/** Records [offset, offset + limit) counted from the newest, each shown by `view`; only the page is computed. */
export declare function newestFirst<K, T, V>(records: Map<K, T>, offset: number, limit: number, view: (record: T) => V): Page<V>;
