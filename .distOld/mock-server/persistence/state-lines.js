export const STATE_FORMAT = "feishu-dingtalk-mock/state@2";
/** The single-document format of earlier versions, still read. */
export const LEGACY_FORMAT = "feishu-dingtalk-mock/state@1";
export const directoryOf = (state) => ({ seed: state.config.seed, large_department_size: state.config.directory.large_department_size });
export function smallParts(state, wallNow = Date.now()) {
    const clock = state.clock.state();
    return {
        saved_at: wallNow,
        clock: { now: clock.now, scale: clock.scale, frozen: clock.frozen },
        feishu_apps: [...state.feishuApps.values()],
        dingtalk_apps: [...state.dingtalkApps.values()],
        chat_bots: [...state.chatBots].map(([chat, bots]) => [chat, [...bots]]),
        feishu_tokens: [...state.feishuTokens.values()],
        dingtalk_tokens: [...state.dingtalkTokens.values()],
        daily_batch_recipients: [...state.dailyBatchRecipients],
        sequences: state.sequenceEntries(),
    };
}
export function applySmall(state, small, wallNow = Date.now()) {
    const { clock } = small;
    const downtime = Math.max(0, wallNow - small.saved_at);
    state.clock.resume({ ...clock, now: clock.frozen ? clock.now : Math.floor(clock.now + downtime * clock.scale) });
    state.feishuApps = new Map(small.feishu_apps.map((a) => [a.app_id, a]));
    state.dingtalkApps = new Map(small.dingtalk_apps.map((a) => [a.appkey, a]));
    state.chatBots = new Map(small.chat_bots.map(([chat, bots]) => [chat, new Map(bots)]));
    // Files saved before tokens counted the wall clock lack its fields: their mock-time lifetime left, from the save.
    const withWall = (t) => Number.isFinite(t.expiresAtWall) ? t : { ...t, issuedAtWall: small.saved_at, expiresAtWall: small.saved_at + (t.expiresAt - clock.now) };
    state.feishuTokens = new Map(small.feishu_tokens.map((t) => [t.token, withWall(t)]));
    state.dingtalkTokens = new Map(small.dingtalk_tokens.map((t) => [t.token, withWall(t)]));
    state.dailyBatchRecipients = new Map(small.daily_batch_recipients);
    state.restoreSequences(small.sequences);
}
export function applyRecords(state, line) {
    const l = line;
    if (l.clear) {
        state.batches.clear();
        state.messages.clear();
        state.tasks.clear();
    }
    // A record seen before keeps its place: the maps stay in creation order, for eviction.
    if (l.batch)
        state.batches.restore(l.batch.id, l.batch);
    if (l.message)
        state.messages.restore(l.message.id, l.message);
    if (l.task)
        state.tasks.restore(l.task.taskId, l.task);
    // Restored in creation order: the latest keep what was sent, as when they were new.
    for (const record of [l.batch, l.message, l.task, ...(l.batches ?? []), ...(l.messages ?? []), ...(l.tasks ?? [])]) {
        if (record)
            state.sentPayloads.keep(record);
    }
    for (const b of l.batches ?? [])
        state.batches.restore(b.id, b);
    for (const m of l.messages ?? [])
        state.messages.restore(m.id, m);
    for (const t of l.tasks ?? [])
        state.tasks.restore(t.taskId, t);
}
/** A state@1 document as a header and record lines. */
export function fromLegacy(doc) {
    const small = { ...doc };
    const header = { format: STATE_FORMAT, generation: 0, directory: doc.directory, small };
    const records = [
        ...(doc.batches ?? []).map((batch) => ({ batch })),
        // state@1 kept each message's content, which nothing reads again.
        ...(doc.messages ?? []).map(({ content: _content, ...message }) => ({ message })),
        ...(doc.tasks ?? []).map((task) => ({ task })),
    ];
    return { header, records };
}
//# sourceMappingURL=state-lines.js.map