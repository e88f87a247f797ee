/** @jsxImportSource hono/jsx */
// Small pieces every table of the dashboard uses: a labelled progress bar, a status badge, a pager, a time.
// Buttons carry data-action for the client script and stable ids, so focus survives a live re-render.
import type { FC } from "hono/jsx";

/** A native <progress> (screen readers announce it) with its numbers beside it. */
export const Bar: FC<{ label: string; value: number; max: number }> = ({ label, value, max }) => (
  <span class="bar">
    <progress value={Math.min(value, max)} max={Math.max(max, 1)} aria-label={`${label}: ${value} of ${max}`}></progress>
    <span class="bar-text">
      {label} {value.toLocaleString("en")}/{max.toLocaleString("en")}
    </span>
  </span>
);

export const StatusBadge: FC<{ status: string; percent: number }> = ({ status, percent }) => (
  <span class={`status status-${status}`} data-status={status}>
    {status === "sending" || status === "recalling" ? `${status} ${percent}%` : status}
  </span>
);

/** Mock time as ISO without milliseconds: easier to read in a table. */
export const MockTime: FC<{ at: string }> = ({ at }) => <time datetime={at}>{at.replace(/\.\d{3}Z$/, "Z").replace("T", " ")}</time>;

export interface PagerProps {
  /** The fragment it pages (its region's query gets the new offset). */
  target: string;
  total: number;
  offset: number;
  limit: number;
  noun: string;
  /** Said after the count (default: "newest first"). */
  order?: string;
}

/** First / previous / next / last and "go to page": O(1) to render however many records there are. */
export const Pager: FC<PagerProps> = ({ target, total, offset, limit, noun, order = "newest first" }) => {
  const pages = Math.max(1, Math.ceil(total / limit));
  const current = Math.floor(offset / limit) + 1;
  const last = (pages - 1) * limit;
  const button = (name: string, label: string, to: number, disabled: boolean) => (
    <button type="button" id={`${target}-${name}`} data-action="page" data-target={target} data-offset={String(to)} disabled={disabled}>
      {label}
    </button>
  );
  return (
    <nav class="pager" aria-label={`${noun} pages`}>
      <span class="pager-text" aria-live="off">
        {total === 0
          ? `No ${noun} yet`
          : `${(offset + 1).toLocaleString("en")}–${Math.min(total, offset + limit).toLocaleString("en")} of ${total.toLocaleString("en")} ${noun}${order ? `, ${order}` : ""}`}
      </span>
      {button("first", "First", 0, offset === 0)}
      {button("prev", "Previous", Math.max(0, offset - limit), offset === 0)}
      {button("next", "Next", offset + limit, offset + limit >= total)}
      {button("last", "Last", last, offset >= last)}
      <form data-form="goto-page" data-target={target} data-limit={String(limit)} class="inline">
        <label for={`${target}-page`}>Page</label>
        <input id={`${target}-page`} name="page" type="number" min="1" max={String(pages)} value={String(current)} inputmode="numeric" />
        <span> of {pages.toLocaleString("en")}</span>
        <button type="submit" id={`${target}-go`}>Go</button>
      </form>
    </nav>
  );
};

/** A "Details" button that opens a record in the detail view. */
export const DetailButton: FC<{ kind: string; id: string; label: string }> = ({ kind, id, label }) => (
  <button type="button" id={`detail-${id}`} data-action="detail" data-kind={kind} data-id={id} aria-label={`Details of ${label}`}>
    Details
  </button>
);
