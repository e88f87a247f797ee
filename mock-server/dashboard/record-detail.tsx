/** @jsxImportSource hono/jsx */
// The detail view of one batch, message or task: what was sent, to whom, how far it has got, and its read
// receipts — a message's in read_users' own pages (page tokens), a task's reached users readers first.
import type { FC } from "hono/jsx";
import type { BatchDetail, MessageDetail, ReadUsersView, TaskDetail, TaskRecipientsView } from "./control-types.js";
import { Bar, MockTime, StatusBadge } from "./record-widgets.js";

/** Shown whole up to here; a 150 KB text is scrolled through in its box, not pasted into the page. */
const SHOWN_CONTENT_CHARS = 4096;

const Content: FC<{ content: unknown }> = ({ content }) => {
  const text = typeof content === "string" ? content : JSON.stringify(content, null, 1);
  return (
    <>
      <pre class="content">{text.length > SHOWN_CONTENT_CHARS ? `${text.slice(0, SHOWN_CONTENT_CHARS)}…` : text}</pre>
      {text.length > SHOWN_CONTENT_CHARS && (
        <p class="muted">
          The first {SHOWN_CONTENT_CHARS.toLocaleString("en")} of {text.length.toLocaleString("en")} characters (all of it from the control API).
        </p>
      )}
    </>
  );
};

const Sent: FC<{ sent: BatchDetail["sent"] }> = ({ sent }) => {
  if (!sent) return <p class="muted">Sent before the mock kept what was sent (restored from an older state file).</p>;
  return (
    <>
      <h4>What was sent ({sent.msg_type})</h4>
      <Content content={sent.content} />
      <h4>To whom (as given)</h4>
      <dl class="facts">
        {Object.entries(sent.recipients).map(([field, value]) => (
          <>
            <dt>{field}</dt>
            <dd>{Array.isArray(value) ? value.join(", ") : String(value)}</dd>
          </>
        ))}
      </dl>
    </>
  );
};

const Heading: FC<{ title: string; status: string; percent: number }> = ({ title, status, percent }) => (
  <div class="detail-head">
    <h3 id="record-title" tabindex={-1}>
      {title}
    </h3>
    <StatusBadge status={status} percent={percent} />
    <button type="button" id="detail-close" data-action="close-detail">
      Close details
    </button>
  </div>
);

export const BatchDetailView: FC<{ batch: BatchDetail }> = ({ batch: b }) => (
  <article aria-labelledby="record-title">
    <Heading title={`Batch ${b.batch_message_id}`} status={b.status} percent={b.percent} />
    <dl class="facts">
      <dt>App</dt>
      <dd>{b.app_id}</dd>
      <dt>Sent</dt>
      <dd>
        <MockTime at={b.created_at} />
      </dd>
      <dt>Scheduled</dt>
      <dd>
        <MockTime at={b.timing.scheduled_at} />
      </dd>
      <dt>Settles</dt>
      <dd>
        <MockTime at={b.settles_at} />
      </dd>
      <dt>Recipients</dt>
      <dd>
        {b.recipients.valid.toLocaleString("en")} valid, {b.recipients.deliverable.toLocaleString("en")} reachable by the bot
      </dd>
    </dl>
    <div class="bars">
      <Bar label="success" value={b.success_user_ids_count} max={b.valid_user_ids_count} />
      <Bar label="read" value={b.read_user_ids_count} max={b.success_user_ids_count} />
      {b.recall && <Bar label="recalled" value={b.recall_count} max={b.success_user_ids_count} />}
    </div>
    <p>
      <button type="button" id={`detail-recall-${b.batch_message_id}`} data-action="recall" data-id={b.batch_message_id} disabled={b.recall}>
        Recall this batch
      </button>
    </p>
    <Sent sent={b.sent} />
  </article>
);

export const MessageDetailView: FC<{ message: MessageDetail; readUsers: ReadUsersView; pageToken: string }> = ({ message: m, readUsers, pageToken }) => (
  <article aria-labelledby="record-title">
    <Heading title={`Message ${m.message_id}`} status={m.status} percent={m.percent} />
    <dl class="facts">
      <dt>App</dt>
      <dd>{m.app_id}</dd>
      <dt>Chat</dt>
      <dd>
        {m.chat_type} <code>{m.chat_id}</code> {m.chat_name ?? (m.user && `with ${m.user.name}`)}
      </dd>
      <dt>Sent</dt>
      <dd>
        <MockTime at={m.created_at} />
      </dd>
    </dl>
    <div class="bars">
      <Bar label="read" value={m.readers} max={m.recipients} />
    </div>
    <h4>What was sent</h4>
    {m.content === undefined ? <p class="muted">Sent before the mock kept what was sent.</p> : <Content content={m.content} />}
    <h4>Read receipts (read_users pages of 20, in reading order)</h4>
    <div class="scroll"><table>
      <caption class="visually-hidden">Who has read the message</caption>
      <thead>
        <tr>
          <th scope="col">open_id</th>
          <th scope="col">Name</th>
          <th scope="col">Read at (mock time)</th>
        </tr>
      </thead>
      <tbody>
        {readUsers.items.map((r) => (
          <tr>
            <td>
              <code>{r.user_id}</code>
            </td>
            <td>{r.name ?? ""}</td>
            <td>
              <MockTime at={new Date(Number(r.timestamp)).toISOString()} />
            </td>
          </tr>
        ))}
      </tbody>
    </table></div>
    <nav class="pager" aria-label="Read receipt pages">
      <button type="button" id="read-first" data-action="detail-page" data-param="page_token" data-value="" disabled={pageToken === ""}>
        First page
      </button>
      <button type="button" id="read-next" data-action="detail-page" data-param="page_token" data-value={readUsers.page_token ?? ""} disabled={!readUsers.has_more}>
        Next page
      </button>
      <span class="muted">{readUsers.has_more ? "has_more: true" : "has_more: false (no page_token)"}</span>
    </nav>
  </article>
);

export const TaskDetailView: FC<{ task: TaskDetail; recipients: TaskRecipientsView }> = ({ task: t, recipients }) => (
  <article aria-labelledby="record-title">
    <Heading title={`DingTalk task ${t.task_id}`} status={t.status} percent={t.percent} />
    <dl class="facts">
      <dt>App</dt>
      <dd>
        {t.appkey}, agent {t.agent_id}
      </dd>
      <dt>Sent</dt>
      <dd>
        <MockTime at={t.created_at} />
      </dd>
      <dt>getsendprogress</dt>
      <dd>
        status {t.progress.status}, progress_in_percent {t.progress.progress_in_percent}
      </dd>
      {t.invalid_user_id_list.length > 0 && (
        <>
          <dt>Invalid userids</dt>
          <dd>{t.invalid_user_id_list.join(", ")}</dd>
        </>
      )}
      {t.invalid_dept_id_list.length > 0 && (
        <>
          <dt>Invalid dept_ids</dt>
          <dd>{t.invalid_dept_id_list.join(", ")}</dd>
        </>
      )}
    </dl>
    <div class="bars">
      <Bar label="reached" value={t.reached_count} max={t.recipients} />
      <Bar label="read" value={t.read_count} max={t.recipients} />
    </div>
    <Sent sent={t.sent} />
    <h4>Reached users, readers first (as getsendresult lists them)</h4>
    <div class="scroll"><table>
      <caption class="visually-hidden">Users the task reached</caption>
      <thead>
        <tr>
          <th scope="col">userid</th>
          <th scope="col">Name</th>
          <th scope="col">Read</th>
        </tr>
      </thead>
      <tbody>
        {recipients.items.map((r) => (
          <tr>
            <td>
              <code>{r.userid}</code>
            </td>
            <td>{r.name}</td>
            <td>{r.read ? "read" : "unread"}</td>
          </tr>
        ))}
      </tbody>
    </table></div>
    <nav class="pager" aria-label="Reached user pages">
      <button type="button" id="reached-prev" data-action="detail-page" data-param="offset" data-value={String(Math.max(0, recipients.offset - recipients.limit))} disabled={recipients.offset === 0}>
        Previous
      </button>
      <button type="button" id="reached-next" data-action="detail-page" data-param="offset" data-value={String(recipients.offset + recipients.limit)} disabled={recipients.offset + recipients.limit >= recipients.total}>
        Next
      </button>
      <span class="muted">
        {recipients.total === 0 ? "none reached yet" : `${recipients.offset + 1}–${Math.min(recipients.total, recipients.offset + recipients.limit)} of ${recipients.total.toLocaleString("en")}`}
      </span>
    </nav>
  </article>
);
