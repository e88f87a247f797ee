// The command line's one setting of the runtime: how far the heap may grow past its live data. A library user's
// process is theirs to tune, so startMockServer leaves this alone; the CLI is the mock left running for days.
import { setFlagsFromString } from "node:v8";
/** How far past its live data V8 may grow the old generation before a full collection, in %. */
export const HEAP_GROWING_PERCENT = 50;
/**
 * With memory to spare, V8 lets the old generation grow to up to four times what survived the last full
 * collection before it runs the next. A mock holding a million batches (about 200 MB live) then sat anywhere
 * from 370 to 510 MB, by the luck of when the last collection ran. Capped at +50%, it stays near its data, for a
 * few more (incremental, concurrent) collections. Left alone when the user gave the flag themselves.
 */
export function limitHeapGrowth(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? "") {
    if ([...execArgv, nodeOptions].some((a) => /heap[-_]growing[-_]percent/.test(a)))
        return false;
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    return true;
}
//# sourceMappingURL=heap-growth.js.map