// What a send asked for, kept with its record so the control API (and the dashboard) can show "what was sent, to
// whom". Bounded: a batch may carry 150 KB of text and 800 recipient ids, and 100,000 stored batches must stay
// cheap, so only the first 2 KB of the content and the first 50 ids of each kind are kept, with the full counts.
import type { SentPreview } from "./records.js";

export const CONTENT_PREVIEW_BYTES = 2048;
export const IDS_PREVIEW = 50;

/** `content` is the JSON text sent (or a value, serialised here); `to` the recipient lists by field name. */
export function sentPreview(content: unknown, to: Record<string, readonly (string | number)[] | undefined>): SentPreview {
  const text = typeof content === "string" ? content : (JSON.stringify(content) ?? "");
  const bytes = new TextEncoder().encode(text);
  const preview: SentPreview = {
    content: bytes.length <= CONTENT_PREVIEW_BYTES ? text : new TextDecoder().decode(bytes.subarray(0, CONTENT_PREVIEW_BYTES)).replace(/\uFFFD$/, ""),
    contentBytes: bytes.length,
    to: {},
    toCounts: {},
  };
  for (const [field, ids] of Object.entries(to)) {
    if (!ids || ids.length === 0) continue;
    preview.to[field] = ids.slice(0, IDS_PREVIEW).map(String);
    preview.toCounts[field] = ids.length;
  }
  return preview;
}
