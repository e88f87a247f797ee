/** @jsxImportSource hono/jsx */
// The three lists of what was sent — Feishu batches, Feishu messages, DingTalk tasks — one page each, newest
// first, with their progress bars. Rendered from GET /__mock/batches, /messages, /tasks.
import type { FC } from "hono/jsx";
import type { BatchView, MessageView, Page, TaskView } from "./control-types.js";
import { Bar, DetailButton, MockTime, Pager, StatusBadge } from "./record-widgets.js";

export const BatchTable: FC<{ page: Page<BatchView> }> = ({ page }) => (
  <>
    <Pager target="batches" total={page.total} offset={page.offset} limit={page.limit} noun="batches" />
    <div class="scroll"><table>
      <caption class="visually-hidden">Feishu batch messages, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Batch</th>
          <th scope="col">Status</th>
          <th scope="col">Progress</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {page.items.map((b) => (
          <tr data-id={b.batch_message_id}>
            <th scope="row">
              <code>{b.batch_message_id}</code>
              <div class="muted">
                {b.msg_type} · {b.app_id}
              </div>
              <div class="muted">
                sent <MockTime at={b.created_at} />
              </div>
            </th>
            <td>
              <StatusBadge status={b.status} percent={b.percent} />
            </td>
            <td>
              <div class="bars">
              <span class="count">valid {b.valid_user_ids_count.toLocaleString("en")}</span>
              <Bar label="success" value={b.success_user_ids_count} max={b.valid_user_ids_count} />
              <Bar label="read" value={b.read_user_ids_count} max={b.success_user_ids_count} />
              {b.recall && <Bar label="recalled" value={b.recall_count} max={b.success_user_ids_count} />}
            </div>
            </td>
            <td>
              <div class="actions">
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
            </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table></div>
  </>
);

export const MessageTable: FC<{ page: Page<MessageView> }> = ({ page }) => (
  <>
    <Pager target="messages" total={page.total} offset={page.offset} limit={page.limit} noun="messages" />
    <div class="scroll"><table>
      <caption class="visually-hidden">Feishu messages, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Message</th>
          <th scope="col">Status</th>
          <th scope="col">Read receipts</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {page.items.map((m) => (
          <tr data-id={m.message_id}>
            <th scope="row">
              <code>{m.message_id}</code>
              <div class="muted">
                {m.msg_type} · {m.chat_type} chat <code>{m.chat_id}</code>
              </div>
              <div class="muted">
                sent <MockTime at={m.created_at} />
              </div>
            </th>
            <td>
              <StatusBadge status={m.status} percent={m.percent} />
            </td>
            <td>
              <div class="bars">
              <Bar label="read" value={m.readers} max={m.recipients} />
            </div>
            </td>
            <td>
              <div class="actions">
              <DetailButton kind="message" id={m.message_id} label={`message ${m.message_id}`} />
            </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table></div>
  </>
);

export const TaskTable: FC<{ page: Page<TaskView> }> = ({ page }) => (
  <>
    <Pager target="tasks" total={page.total} offset={page.offset} limit={page.limit} noun="tasks" />
    <div class="scroll"><table>
      <caption class="visually-hidden">DingTalk work-notification tasks, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Task</th>
          <th scope="col">Status</th>
          <th scope="col">Progress</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {page.items.map((t) => (
          <tr data-id={String(t.task_id)}>
            <th scope="row">
              <code>{t.task_id}</code>
              <div class="muted">
                {t.msg_type} · agent {t.agent_id}
              </div>
              <div class="muted">
                sent <MockTime at={t.created_at} />
              </div>
            </th>
            <td>
              <StatusBadge status={t.status} percent={t.percent} />
              <div class="muted">getsendprogress status {t.progress.status}</div>
            </td>
            <td>
              <div class="bars">
              <Bar label="percent" value={t.progress.progress_in_percent} max={100} />
              <Bar label="reached" value={t.reached_count} max={t.recipients} />
              <Bar label="read" value={t.read_count} max={t.recipients} />
            </div>
            </td>
            <td>
              <div class="actions">
              <DetailButton kind="task" id={String(t.task_id)} label={`task ${t.task_id}`} />
            </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table></div>
  </>
);
