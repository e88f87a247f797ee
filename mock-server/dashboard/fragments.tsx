/** @jsxImportSource hono/jsx */
// Each live part of the page: which control answers it reads, and how it renders them. The page renders them
// all once; the client script re-renders one through /__mock/ui/fragments/:name?… when the events stream says
// it changed (its query is the part's own state: the page it is on, the record it details, its filters).
import type { JSX } from "hono/jsx/jsx-runtime";
import { AppsPanel, knownScopes } from "./apps-panel.js";
import { ClockPanel } from "./clock-panel.js";
import type * as T from "./control-types.js";
import { DirectoryPanel } from "./directory-panel.js";
import { FaultList } from "./faults-panel.js";
import { BatchDetailView, MessageDetailView, TaskDetailView } from "./record-detail.js";
import { BatchTable, MessageTable, TaskTable } from "./record-tables.js";
import { RequestList } from "./request-list.js";

/** GET a control path (relative to /__mock) and its JSON. */
export type ControlReader = (path: string) => Promise<unknown>;
type Fragment = (read: ControlReader, query: URLSearchParams) => Promise<JSX.Element>;

export const RECORDS_PER_PAGE = 15;
const USERS_PER_PAGE = 20;

const offsetOf = (query: URLSearchParams) => {
  const n = Number(query.get("offset") ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
};
const q = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  return search.toString();
};

async function detail(read: ControlReader, query: URLSearchParams): Promise<JSX.Element> {
  const kind = query.get("kind");
  const id = encodeURIComponent(query.get("id") ?? "");
  if (kind === "batch") return <BatchDetailView batch={(await read(`/batches/${id}`)) as T.BatchDetail} />;
  if (kind === "message") {
    const pageToken = query.get("page_token") ?? "";
    const [message, readUsers] = await Promise.all([read(`/messages/${id}`), read(`/messages/${id}/read_users?${q({ page_size: 20, page_token: pageToken })}`)]);
    return <MessageDetailView message={message as T.MessageDetail} readUsers={readUsers as T.ReadUsersView} pageToken={pageToken} />;
  }
  if (kind === "task") {
    const [task, recipients] = await Promise.all([read(`/tasks/${id}`), read(`/tasks/${id}/recipients?${q({ offset: offsetOf(query), limit: 20 })}`)]);
    return <TaskDetailView task={task as T.TaskDetail} recipients={recipients as T.TaskRecipientsView} />;
  }
  return <p class="muted">Choose "Details" on a batch, message or task to see what was sent, to whom, and who has read it.</p>;
}

export const FRAGMENTS = {
  clock: async (read) => <ClockPanel clock={(await read("/clock")) as T.ClockState} />,
  batches: async (read, query) => <BatchTable page={(await read(`/batches?${q({ offset: offsetOf(query), limit: RECORDS_PER_PAGE })}`)) as T.Page<T.BatchView>} />,
  messages: async (read, query) => <MessageTable page={(await read(`/messages?${q({ offset: offsetOf(query), limit: RECORDS_PER_PAGE })}`)) as T.Page<T.MessageView>} />,
  tasks: async (read, query) => <TaskTable page={(await read(`/tasks?${q({ offset: offsetOf(query), limit: RECORDS_PER_PAGE })}`)) as T.Page<T.TaskView>} />,
  detail,
  faults: async (read) => <FaultList faults={((await read("/faults")) as { faults: T.FaultRule[] }).faults} />,
  apps: async (read) => {
    const [apps, catalog] = await Promise.all([read("/apps"), read("/operations")]);
    return <AppsPanel apps={apps as T.AppsView} scopes={knownScopes(catalog as T.OperationsView, apps as T.AppsView)} />;
  },
  directory: async (read, query) => {
    const appId = query.get("app_id") ?? undefined;
    const [directory, apps] = await Promise.all([read(`/directory?${q({ app_id: appId, offset: offsetOf(query), limit: USERS_PER_PAGE })}`), read("/apps")]);
    return <DirectoryPanel directory={directory as T.DirectoryView} apps={apps as T.AppsView} />;
  },
  requests: async (read, query) => {
    const filters = { operation: query.get("operation") ?? undefined, status: query.get("status") ?? undefined, limit: 50 };
    return <RequestList answer={(await read(`/requests?${q(filters)}`)) as T.RequestsView} />;
  },
} satisfies Record<string, Fragment>;
