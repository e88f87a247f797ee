// What an app sent, as it sent it, kept on each send's record: so a test (or the dashboard) can check "my app sent
// this card to these departments" from GET /__mock/state or `server.mock.state`, not only from counts.
export interface SentPayload {
  msg_type: string;
  /** Feishu `content` or `card` / DingTalk `msg`, exactly as given (a string stays a string). */
  content: unknown;
  /** The recipient fields as given: department_ids, open_ids, user_ids, union_ids; receive_id_type and receive_id;
   * userid_list, dept_id_list, to_all_user. */
  recipients: Record<string, unknown>;
}

/** The recipient fields of a body that were given (absent ones are left out). */
export function givenFields(source: object | undefined, names: readonly string[]): Record<string, unknown> {
  const fields = (source ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of names) if (fields[name] !== undefined) out[name] = structuredClone(fields[name]);
  return out;
}

/**
 * The latest sends keep what was sent; older ones let it go, so a million stored sends do not hold a million
 * payloads (`storage.sent_payloads`, default 10,000: far more than a test looks back on). Counts and progress never
 * depend on it.
 */
export class SentPayloads {
  private ring: ({ sent?: SentPayload | undefined } | undefined)[] = [];
  private next = 0;

  constructor(readonly capacity: number) {}

  /** Keeps `record.sent`, dropping it from the oldest kept record once more than `capacity` are kept. */
  keep(record: { sent?: SentPayload | undefined }): void {
    if (record.sent === undefined) return;
    // Set to undefined rather than deleted: a deleted property turns a V8 object into a (larger) dictionary.
    if (this.capacity === 0) {
      record.sent = undefined;
      return;
    }
    const oldest = this.ring[this.next];
    if (oldest && oldest !== record) oldest.sent = undefined;
    this.ring[this.next] = record;
    this.next = (this.next + 1) % this.capacity;
  }

  clear(): void {
    this.ring = [];
    this.next = 0;
  }
}
