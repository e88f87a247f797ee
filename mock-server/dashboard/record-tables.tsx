/** @jsxImportSource hono/jsx */
// The three lists of what was sent — Feishu batches, Feishu messages, DingTalk tasks — one page each, newest
// first, with their progress bars. Rendered from GET /__mock/batches, /messages, /tasks. One table shape for all
// three; each list says what goes in its cells.
import type { Child, FC } from "hono/jsx";
import type { BatchView, MessageView, Page, TaskView } from "./control-types.js";
import { Bar, DetailButton, MockTime, Pager, StatusBadge } from "./record-widgets.js";

interface Row {
  id: string;
  /** What it is, under its id (type, app, chat…). */
  about: Child;
  createdAt: string;
  status: Child;
  bars: Child;
  actions: Child;
}

interface TableProps {
  target: "batches" | "messages" | "tasks";
  page: Page<unknown>;
  caption: string;
  /** The first column's and the bars column's headings. */
  record: string;
  progress: string;
  rows: Row[];
}

const RecordTable: FC<TableProps> = ({ target, page, caption, record, progress, rows }) => (
  <>
    <Pager target={target} total={page.total} offset={page.offset} limit={page.limit} noun={target} />
    <div class="scroll"><table>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{record}</th>
          <th scope="col">Status</th>
          <th scope="col">{progress}</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr data-id={r.id}>
            <th scope="row">
              <code>{r.id}</code>
              <div class="muted">{r.about}</div>
              <div class="muted">
                sent <MockTime at={r.createdAt} />
              </div>
            </th>
            <td>{r.status}</td>
            <td>
              <div class="bars">{r.bars}</div>
            </td>
            <td>
              <div class="actions">{r.actions}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table></div>
  </>
);

export const BatchTable: FC<{ page: Page<BatchView> }> = ({ page }) => (
  <RecordTable
    target="batches"
    page={page}
    caption="Feishu batch messages, newest first"
    record="Batch"
    progress="Progress"
    rows={page.items.map((b) => ({
      id: b.batch_message_id,
      about: <>{b.msg_type} · {b.app_id}</>,
      createdAt: b.created_at,
      status: <StatusBadge status={b.status} percent={b.percent} />,
      bars: (
        <>
          <span class="count">valid {b.valid_user_ids_count.toLocaleString("en")}</span>
          <Bar label="success" value={b.success_user_ids_count} max={b.valid_user_ids_count} />
          <Bar label="read" value={b.read_user_ids_count} max={b.success_user_ids_count} />
          {b.recall && <Bar label="recalled" value={b.recall_count} max={b.success_user_ids_count} />}
        </>
      ),
      actions: (
        <>
          <DetailButton kind="batch" id={b.batch_message_id} label={`batch ${b.batch_message_id}`} />
          <button
            type="button"
            id={`recall-${b.batch_message_id}`}
            data-action="recall"
            data-id={b.batch_message_id}
            disabled={b.recall}
            aria-label={`Recall batch ${b.batch_message_id}`}
          >
            Recall
          </button>
        </>
      ),
    }))}
  />
);

export const MessageTable: FC<{ page: Page<MessageView> }> = ({ page }) => (
  <RecordTable
    target="messages"
    page={page}
    caption="Feishu messages, newest first"
    record="Message"
    progress="Read receipts"
    rows={page.items.map((m) => ({
      id: m.message_id,
      about: <>{m.msg_type} · {m.chat_type} chat <code>{m.chat_id}</code></>,
      createdAt: m.created_at,
      status: <StatusBadge status={m.status} percent={m.percent} />,
      bars: <Bar label="read" value={m.readers} max={m.recipients} />,
      actions: <DetailButton kind="message" id={m.message_id} label={`message ${m.message_id}`} />,
    }))}
  />
);

export const TaskTable: FC<{ page: Page<TaskView> }> = ({ page }) => (
  <RecordTable
    target="tasks"
    page={page}
    caption="DingTalk work-notification tasks, newest first"
    record="Task"
    progress="Progress"
    rows={page.items.map((t) => ({
      id: String(t.task_id),
      about: <>{t.msg_type} · agent {t.agent_id}</>,
      createdAt: t.created_at,
      status: (
        <>
          <StatusBadge status={t.status} percent={t.percent} />
          <div class="muted">getsendprogress status {t.progress.status}</div>
        </>
      ),
      bars: (
        <>
          <Bar label="percent" value={t.progress.progress_in_percent} max={100} />
          <Bar label="reached" value={t.reached_count} max={t.recipients} />
          <Bar label="read" value={t.read_count} max={t.recipients} />
        </>
      ),
      actions: <DetailButton kind="task" id={String(t.task_id)} label={`task ${t.task_id}`} />,
    }))}
  />
);
