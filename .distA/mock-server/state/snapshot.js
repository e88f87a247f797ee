import { Lru } from "../lru.js";
export const SNAPSHOT_FORMAT = "feishu-dingtalk-mock/state@1";
export class SnapshotError extends Error {
}
export function toSnapshot(state, wallNow = Date.now()) {
    const clock = state.clock.state();
    return {
        format: SNAPSHOT_FORMAT,
        saved_at: wallNow,
        directory: { seed: state.config.seed, large_department_size: state.config.directory.large_department_size },
        clock: { now: clock.now, scale: clock.scale, frozen: clock.frozen },
        feishu_apps: [...state.feishuApps.values()],
        dingtalk_apps: [...state.dingtalkApps.values()],
        chat_bots: [...state.chatBots].map(([chat, bots]) => [chat, [...bots]]),
        feishu_tokens: [...state.feishuTokens.values()],
        dingtalk_tokens: [...state.dingtalkTokens.values()],
        batches: [...state.batches.values()],
        messages: [...state.messages.values()],
        tasks: [...state.tasks.values()],
        daily_batch_recipients: [...state.dailyBatchRecipients],
        sequences: state.sequenceEntries(),
    };
}
/** Replaces the state with a snapshot's. Refuses one of another format or another directory. */
export function applySnapshot(state, snapshot, wallNow = Date.now()) {
    if (snapshot?.format !== SNAPSHOT_FORMAT)
        throw new SnapshotError(`not a state file of this mock (format ${String(snapshot?.format)})`);
    const directory = { seed: state.config.seed, large_department_size: state.config.directory.large_department_size };
    if (snapshot.directory.seed !== directory.seed || snapshot.directory.large_department_size !== directory.large_department_size) {
        throw new SnapshotError(`the state file was saved with seed ${snapshot.directory.seed} and large_department_size ${snapshot.directory.large_department_size}; ` +
            `this mock has ${directory.seed} and ${directory.large_department_size} (its ids would not match)`);
    }
    const { clock } = snapshot;
    const downtime = Math.max(0, wallNow - snapshot.saved_at);
    state.clock.resume({ ...clock, now: clock.frozen ? clock.now : Math.floor(clock.now + downtime * clock.scale) });
    state.feishuApps = new Map(snapshot.feishu_apps.map((a) => [a.app_id, a]));
    state.dingtalkApps = new Map(snapshot.dingtalk_apps.map((a) => [a.appkey, a]));
    state.chatBots = new Map(snapshot.chat_bots.map(([chat, bots]) => [chat, new Map(bots)]));
    // Files saved before tokens counted the wall clock lack its fields: their mock-time lifetime left, from the save.
    const withWall = (t) => Number.isFinite(t.expiresAtWall) ? t : { ...t, issuedAtWall: snapshot.saved_at, expiresAtWall: snapshot.saved_at + (t.expiresAt - clock.now) };
    state.feishuTokens = new Map(snapshot.feishu_tokens.map((t) => [t.token, withWall(t)]));
    state.dingtalkTokens = new Map(snapshot.dingtalk_tokens.map((t) => [t.token, withWall(t)]));
    state.batches = new Map(snapshot.batches.map((b) => [b.id, b]));
    state.messages = new Map(snapshot.messages.map((m) => [m.id, m]));
    state.tasks = new Map(snapshot.tasks.map((t) => [t.taskId, t]));
    state.dailyBatchRecipients = new Map(snapshot.daily_batch_recipients);
    state.restoreSequences(snapshot.sequences);
    state.pageCache = new Lru(512);
}
//# sourceMappingURL=snapshot.js.map