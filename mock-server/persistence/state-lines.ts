// The state file's lines. A snapshot is a header line (format, directory, and the small parts of the state:
// clock, apps, tokens, chats, counters) then one line per record; a journal line carries the small parts and the
// records changed since the line before (`clear` after a reset). Records are plain data (state/records.ts).
import type { DingTalkAppConfig, FeishuAppConfig } from "../config.js";
import type { MockState } from "../state/mock-state.js";
import type { BatchRecord, MessageRecord, TaskRecord, TokenRecord } from "../state/records.js";

export const STATE_FORMAT = "feishu-dingtalk-mock/state@2";
/** The single-document format of earlier versions, still read. */
export const LEGACY_FORMAT = "feishu-dingtalk-mock/state@1";

export interface SmallParts {
  /** Wall time of the save (epoch ms): a running clock resumes as if it had kept running. */
  saved_at: number;
  clock: { now: number; scale: number; frozen: boolean };
  feishu_apps: FeishuAppConfig[];
  dingtalk_apps: DingTalkAppConfig[];
  chat_bots: [string, [string, boolean][]][];
  feishu_tokens: TokenRecord[];
  dingtalk_tokens: TokenRecord[];
  daily_batch_recipients: [string, number][];
  sequences: [string, number][];
}

export interface SnapshotHeader {
  format: typeof STATE_FORMAT;
  /** Journals of this generation and later hold the changes made after this snapshot began. */
  generation: number;
  /** The directory the ids were generated from: a state file only fits the same one. */
  directory: { seed: number; large_department_size: number };
  small: SmallParts;
}

export interface RecordLine {
  batch?: BatchRecord;
  message?: MessageRecord;
  task?: TaskRecord;
}

export interface JournalLine {
  small: SmallParts;
  /** A reset came before these changes: the records before it are gone. */
  clear?: boolean;
  batches?: BatchRecord[];
  messages?: MessageRecord[];
  tasks?: TaskRecord[];
}

export const directoryOf = (state: MockState) => ({ seed: state.config.seed, large_department_size: state.config.directory.large_department_size });

export function smallParts(state: MockState, wallNow = Date.now()): SmallParts {
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

export function applySmall(state: MockState, small: SmallParts, wallNow = Date.now()): void {
  const { clock } = small;
  const downtime = Math.max(0, wallNow - small.saved_at);
  state.clock.resume({ ...clock, now: clock.frozen ? clock.now : Math.floor(clock.now + downtime * clock.scale) });
  state.feishuApps = new Map(small.feishu_apps.map((a) => [a.app_id, a]));
  state.dingtalkApps = new Map(small.dingtalk_apps.map((a) => [a.appkey, a]));
  state.chatBots = new Map(small.chat_bots.map(([chat, bots]) => [chat, new Map(bots)]));
  // Files saved before tokens counted the wall clock lack its fields: their mock-time lifetime left, from the save.
  const withWall = (t: TokenRecord): TokenRecord =>
    Number.isFinite(t.expiresAtWall) ? t : { ...t, issuedAtWall: small.saved_at, expiresAtWall: small.saved_at + (t.expiresAt - clock.now) };
  state.feishuTokens = new Map(small.feishu_tokens.map((t) => [t.token, withWall(t)]));
  state.dingtalkTokens = new Map(small.dingtalk_tokens.map((t) => [t.token, withWall(t)]));
  state.dailyBatchRecipients = new Map(small.daily_batch_recipients);
  state.restoreSequences(small.sequences);
}

export function applyRecords(state: MockState, line: RecordLine | JournalLine): void {
  const l = line as RecordLine & JournalLine;
  if (l.clear) {
    state.batches.clear();
    state.messages.clear();
    state.tasks.clear();
  }
  // A record seen before keeps its place: the maps stay in creation order, for eviction.
  if (l.batch) state.batches.restore(l.batch.id, l.batch);
  if (l.message) state.messages.restore(l.message.id, l.message);
  if (l.task) state.tasks.restore(l.task.taskId, l.task);
  // Restored in creation order: the latest keep what was sent, as when they were new.
  for (const record of [l.batch, l.message, l.task, ...(l.batches ?? []), ...(l.messages ?? []), ...(l.tasks ?? [])]) {
    if (record) state.sentPayloads.keep(record);
  }
  for (const b of l.batches ?? []) state.batches.restore(b.id, b);
  for (const m of l.messages ?? []) state.messages.restore(m.id, m);
  for (const t of l.tasks ?? []) state.tasks.restore(t.taskId, t);
}

/** A state@1 document as a header and record lines. */
export function fromLegacy(doc: Record<string, unknown>): { header: SnapshotHeader; records: RecordLine[] } {
  const small = { ...(doc as unknown as SmallParts) };
  const header: SnapshotHeader = { format: STATE_FORMAT, generation: 0, directory: doc.directory as SnapshotHeader["directory"], small };
  const records: RecordLine[] = [
    ...((doc.batches as BatchRecord[]) ?? []).map((batch) => ({ batch })),
    // state@1 kept each message's content, which nothing reads again.
    ...((doc.messages as (MessageRecord & { content?: string })[]) ?? []).map(({ content: _content, ...message }) => ({ message })),
    ...((doc.tasks as TaskRecord[]) ?? []).map((task) => ({ task })),
  ];
  return { header, records };
}
