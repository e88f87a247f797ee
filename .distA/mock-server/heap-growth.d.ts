/** How far past its live data V8 may grow the old generation before a full collection, in %. */
export declare const HEAP_GROWING_PERCENT = 50;
/**
 * With memory to spare, V8 lets the old generation grow to up to four times what survived the last full
 * collection before it runs the next. A mock holding a million batches (about 200 MB live) then sat anywhere
 * from 370 to 510 MB, by the luck of when the last collection ran. Capped at +50%, it stays near its data, for a
 * few more (incremental, concurrent) collections. Left alone when the user gave the flag themselves.
 */
export declare function limitHeapGrowth(execArgv?: string[], nodeOptions?: string): boolean;
