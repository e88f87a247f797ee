// Everything one mock instance knows: its configuration, clock, directory and the records of what was sent.
// Created per app (no module-level state), reset on demand, and plain enough to snapshot.
import { MockClock } from "../clock.js";
import type { DingTalkAppConfig, FeishuAppConfig, MockConfig } from "../config.js";
import { Directory } from "../directory.js";
import { Lru } from "../lru.js";
import { hex8Upper, hexOf, mix32 } from "../random.js";
import type { RecordChange } from "./records.js";
import type { BatchRecord, MessageRecord, TaskRecord, TokenRecord } from "./records.js";
import { LARGE_EVICTION, Retention } from "./retention.js";
import { SentPayloads } from "./sent-payload.js";
import { TrackedMap } from "./tracked-map.js";

/** A rendered page of read receipts: its items' JSON, and the token of the page after it when there is one. */
export interface ReadPage {
  items: string;
  nextToken?: string;
}

/** 36^6: six base-36 characters. */
const BASE36_6 = 36 ** 6;

const DAY_MS = 86_400_000;

export class MockState {
  readonly config: MockConfig;
  readonly clock: MockClock;
  readonly directory: Directory;
  feishuApps = new Map<string, FeishuAppConfig>();
  dingtalkApps = new Map<string, DingTalkAppConfig>();
  /** Bots moved in or out of the directory's chats at run time, by chat_id. */
  chatBots = new Map<string, Map<string, boolean>>();
  feishuTokens = new Map<string, TokenRecord>();
  dingtalkTokens = new Map<string, TokenRecord>();
  /** Kept in creation order (mock time never goes backwards), so the oldest are first to be evicted. */
  readonly batches = new TrackedMap<string, BatchRecord>();
  readonly messages = new TrackedMap<string, MessageRecord>();
  readonly tasks = new TrackedMap<number, TaskRecord>();
  /** Ids of messages evicted past every window, so they still answer the window's code (capped, oldest first out). */
  readonly evictedMessages = new Set<string>();
  /** Batch-send recipients per app per mock day (the 500,000/day limit). */
  dailyBatchRecipients = new Map<string, number>();
  /** Per kind of id, how many were made: ids depend only on how many of their own kind came before. */
  private sequences = new Map<string, number>();
  /** Rendered pages of read receipts (JSON of their items, and the next page's token), which never change once read. */
  readonly pageCache = new Lru<string, ReadPage>(512);
  /** read_users page tokens already checked (`message id|token` → the reader they start at): a poller resends them. */
  readonly pageTokens = new Lru<string, number>(512);
  /** Bumped when apps, tokens, chats, counters or the clock may have changed (records are tracked by their maps). */
  revision = 0;
  /** Bumped by reset: a saver then rewrites the whole file. */
  resets = 0;
  /** Eviction past the windows and the ceiling on stored records. */
  readonly retention: Retention;
  /** What the latest sends sent (the older ones' `sent` is let go). */
  readonly sentPayloads: SentPayloads;
  /** Set by the state file (when there is one): what /__mock/state shows of the saves. */
  persistenceStatus: (() => unknown) | undefined;

  /** Real time (epoch ms), for what counts wall-clock time (token lifetimes); injectable for tests. */
  readonly wallNow: () => number;

  constructor(config: MockConfig, clock?: MockClock, wallNow: () => number = Date.now) {
    this.config = config;
    this.wallNow = wallNow;
    this.clock =
      clock ??
      new MockClock({
        ...(config.time.start !== undefined && { start: Date.parse(config.time.start) }),
        scale: config.time.scale,
        frozen: config.time.frozen,
      });
    this.directory = new Directory({ seed: config.seed, largeDepartmentSize: config.directory.large_department_size });
    this.retention = new Retention(this);
    this.sentPayloads = new SentPayloads(config.storage.sent_payloads);
    this.reset();
  }

  /**
   * Forgets everything sent and every token; apps back to their configuration. The clock goes on. The id
   * counters do not start again: no batch id, message id, task id or token is ever issued twice, so an old token
   * never works again and an old id never names a new record.
   */
  reset(): void {
    const dropped = this.batches.size + this.messages.size + this.tasks.size;
    this.feishuApps = new Map(this.config.feishu.apps.map((a) => [a.app_id, structuredClone(a)]));
    this.dingtalkApps = new Map(this.config.dingtalk.apps.map((a) => [a.appkey, structuredClone(a)]));
    this.chatBots = new Map();
    this.feishuTokens = new Map();
    this.dingtalkTokens = new Map();
    this.batches.clear();
    this.messages.clear();
    this.tasks.clear();
    this.evictedMessages.clear();
    this.sentPayloads.clear();
    this.dailyBatchRecipients = new Map();
    this.forgetReadPages();
    this.revision += 1;
    this.resets += 1;
    if (dropped >= LARGE_EVICTION) this.retention.afterLargeEviction?.();
  }

  /** Whether anything is unsaved since `revision` (records are tracked by their maps). */
  changedSince(revision: number): boolean {
    return revision !== this.revision || this.batches.changed + this.messages.changed + this.tasks.changed > 0;
  }

  /** The id counters, for snapshots. */
  sequenceEntries(): [string, number][] {
    return [...this.sequences];
  }

  restoreSequences(entries: [string, number][]): void {
    this.sequences = new Map(entries);
  }

  now(): number {
    return this.clock.now();
  }

  /** A fresh, deterministic id: the n-th id of a kind under this seed. */
  nextHex(kind: string, length: number): string {
    return hexOf(length, this.config.seed, kind, this.nextCount(kind));
  }

  /** The next number of a kind's counter (kept in snapshots, so ids go on after a restart). */
  private nextCount(kind: string): number {
    const n = (this.sequences.get(kind) ?? 0) + 1;
    this.sequences.set(kind, n);
    return n;
  }

  /** Forgets the rendered read_users pages and the checked page tokens (after a reset or an eviction). */
  forgetReadPages(): void {
    this.pageCache.clear();
    this.pageTokens.clear();
  }

  nextBatchId(): string {
    let id: string;
    do id = `bm-${this.nextHex("bm", 32)}`;
    while (this.batches.has(id));
    return id;
  }

  /** `om_x100b` + 27 hex as the live service issues them now, or the classic `om_` + 32 hex (feishu.message_ids). */
  nextMessageId(): string {
    const x100b = this.config.feishu.message_ids === "x100b";
    let id: string;
    do id = x100b ? `om_x100b${this.nextHex("om", 27)}` : `om_${this.nextHex("om", 32)}`;
    while (this.messages.has(id));
    return id;
  }

  /** DingTalk task ids: 12-digit numbers, well below 2^53. */
  nextTaskId(): number {
    let id: number;
    do id = 100_000_000_000 + (Number.parseInt(this.nextHex("task", 10), 16) % 900_000_000_000);
    while (this.tasks.has(id));
    return id;
  }

  /** X-Tt-Logid / error.log_id: a timestamp and 20 hex characters, 34 in all, as Feishu's look. */
  nextLogId(): string {
    // On every Feishu answer: the timestamp is formatted once per second, the rest is a cheap counter mix.
    const second = Math.floor(this.now() / 1000);
    if (second !== this.logStampSecond) {
      this.logStampSecond = second;
      this.logStamp = new Date(second * 1000).toISOString().replace(/[-:T]/g, "").slice(0, 14);
    }
    this.logCount += 1;
    const n = this.logCount;
    return `${this.logStamp}${hex8Upper(mix32(n ^ this.config.seed))}${hex8Upper(mix32(n + 0x9e3779b9))}${hex8Upper(n).slice(4)}`;
  }
  private logStampSecond = -1;
  private logStamp = "";
  private logCount = 0;

  /** DingTalk request_id: 12 lower-case base-36 characters (e.g. "5y2znla8tw3d"). */
  nextRequestId(): string {
    // On every DingTalk answer: two integer mixes of the seeded counter, six base-36 characters each.
    const n = this.nextCount("req");
    const a = mix32(n ^ this.config.seed) % BASE36_6;
    const b = mix32((n + 0x9e3779b9) ^ mix32(this.config.seed)) % BASE36_6;
    return a.toString(36).padStart(6, "0") + b.toString(36).padStart(6, "0");
  }

  dayKey(appId: string, at: number): string {
    return `${appId}:${Math.floor(at / DAY_MS)}`;
  }

  isBotInChat(chatId: string, appId: string): boolean {
    const override = this.chatBots.get(chatId)?.get(appId);
    if (override !== undefined) return override;
    const chat = this.directory.chat(chatId);
    return chat !== undefined && (chat.bots === "*" || chat.bots.includes(appId));
  }

  setBotInChat(chatId: string, appId: string, inChat: boolean): void {
    let bots = this.chatBots.get(chatId);
    if (!bots) this.chatBots.set(chatId, (bots = new Map()));
    bots.set(appId, inChat);
  }

  private readonly changeListeners = new Set<(change: RecordChange) => void>();

  /** Tells `listener` of every record created or changed (the events stream); returns the way to stop. */
  onRecordChange(listener: (change: RecordChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Handlers call this after creating, recalling or deleting a record. */
  recordChanged(change: RecordChange): void {
    for (const listener of this.changeListeners) listener(change);
  }
}
