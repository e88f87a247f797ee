// What must hold of the vendors' answers beyond their schemas, checkable from traffic alone: within one answer
// (read ≤ success ≤ valid, page_token exactly with has_more, a finished DingTalk task at 100%) and across a
// stream of answers about one record (counts never decrease, a recall stays recalled, a task never goes back).
// The seed documents state these (get_progress: counts rise as delivery and reading proceed; read_users: the
// next page's mark comes with has_more); the contract suite asserts the same of its own calls.
const int = (value) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
/** read_user's counts are strings on the wire ("10"); a non-numeric one is the schema's to report. */
const numeric = (value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined);
const defined = (counts) => Object.fromEntries(Object.entries(counts).filter((e) => e[1] !== undefined));
const FAMILIES = {
    getBatchMessageProgress: {
        key: (e) => e.path.batch_message_id,
        sample: (answer) => {
            const send = answer?.data?.batch_message_send_progress;
            const recall = answer?.data?.batch_message_recall_progress;
            if (!send || !recall)
                return undefined;
            return {
                counts: defined({
                    valid_user_ids_count: int(send.valid_user_ids_count),
                    success_user_ids_count: int(send.success_user_ids_count),
                    read_user_ids_count: int(send.read_user_ids_count),
                    recall_count: int(recall.recall_count),
                }),
                latches: (recall.recall === true ? { recall: true } : {}),
            };
        },
        ordered: [
            ["success_user_ids_count", "valid_user_ids_count"],
            ["read_user_ids_count", "success_user_ids_count"],
            ["recall_count", "success_user_ids_count"],
        ],
    },
    getBatchMessageReadUser: {
        key: (e) => e.path.batch_message_id,
        sample: (answer) => {
            const readUser = answer?.data?.read_user;
            if (!readUser)
                return undefined;
            return { counts: defined({ read_count: numeric(readUser.read_count), total_count: numeric(readUser.total_count) }), latches: {} };
        },
        ordered: [["read_count", "total_count"]],
    },
    getSendProgress: {
        key: (e) => {
            const taskId = e.requestBody?.task_id;
            return taskId === undefined ? undefined : String(taskId);
        },
        sample: (answer) => {
            const progress = answer?.progress;
            if (!progress)
                return undefined;
            return { counts: defined({ progress_in_percent: int(progress.progress_in_percent), status: int(progress.status) }), latches: {} };
        },
        ordered: [],
    },
};
/** The rules an operation's answers are held to (for reports that list a test case per operation and rule). */
export function invariantRules(operationId) {
    if (operationId === "listMessageReadUsers")
        return ["page-token"];
    const family = FAMILIES[operationId];
    if (!family)
        return [];
    return family.ordered.length > 0 || operationId === "getSendProgress" ? ["ordered", "monotonic"] : ["monotonic"];
}
/** What one answer must satisfy on its own. */
export function answerInvariants(operationId, answer) {
    const found = [];
    if (operationId === "listMessageReadUsers") {
        const data = answer?.data;
        if (data && typeof data.has_more === "boolean") {
            // An empty page_token on the last page is what some Feishu list APIs send: it counts as absent.
            const token = typeof data.page_token === "string" && data.page_token.length > 0;
            if (token && !data.has_more)
                found.push({ rule: "page-token", message: "page_token given with has_more false" });
            if (!token && data.has_more)
                found.push({ rule: "page-token", message: "has_more true without a page_token" });
        }
        return found;
    }
    const family = FAMILIES[operationId];
    const sample = family?.sample(answer);
    if (!family || !sample)
        return found;
    for (const [small, large] of family.ordered) {
        const a = sample.counts[small];
        const b = sample.counts[large];
        if (a !== undefined && b !== undefined && a > b)
            found.push({ rule: "ordered", message: `${small} ${a} > ${large} ${b}` });
    }
    if (operationId === "getSendProgress") {
        const { status, progress_in_percent: percent } = sample.counts;
        if (status === 2 && percent !== undefined && percent !== 100)
            found.push({ rule: "ordered", message: `status 2 (done) at ${percent}%` });
        if (status === 0 && percent !== undefined && percent !== 0)
            found.push({ rule: "ordered", message: `status 0 (not started) at ${percent}%` });
    }
    return found;
}
/** Remembers the last answer about each record and reports what went backwards. Bounded: the oldest records are
 * forgotten past `maxRecords`, so a long-running proxy holds constant memory. */
export class StreamInvariants {
    maxRecords;
    last = new Map();
    constructor(maxRecords = 10_000) {
        this.maxRecords = maxRecords;
    }
    check(exchange) {
        const found = answerInvariants(exchange.operationId, exchange.answer);
        const family = FAMILIES[exchange.operationId];
        const id = family?.key(exchange);
        const sample = family?.sample(exchange.answer);
        if (!family || id === undefined || !sample)
            return found;
        const key = `${exchange.operationId} ${id}`;
        const previous = this.last.get(key);
        if (previous) {
            for (const [name, before] of Object.entries(previous.counts)) {
                const now = sample.counts[name];
                if (now !== undefined && now < before)
                    found.push({ rule: "monotonic", message: `${name} went from ${before} down to ${now} (${id})` });
            }
            for (const name of Object.keys(previous.latches)) {
                if (!sample.latches[name])
                    found.push({ rule: "monotonic", message: `${name} went back to false (${id})` });
            }
        }
        // The highest count seen stays the floor: every later answer below it contradicts an answer already given.
        const merged = {
            counts: { ...sample.counts },
            latches: { ...previous?.latches, ...sample.latches },
        };
        for (const [name, before] of Object.entries(previous?.counts ?? {}))
            merged.counts[name] = Math.max(before, merged.counts[name] ?? before);
        this.last.delete(key);
        this.last.set(key, merged);
        if (this.last.size > this.maxRecords)
            this.last.delete(this.last.keys().next().value);
        return found;
    }
}
//# sourceMappingURL=invariants.js.map