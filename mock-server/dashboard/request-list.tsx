/** @jsxImportSource hono/jsx */
// The request journal (GET /__mock/requests), newest first, and the form that filters it by operation and status.
import type { FC } from "hono/jsx";
import type { OperationsView, RequestsView } from "./control-types.js";
import { MockTime } from "./record-widgets.js";

const when = (at: unknown) => (typeof at === "number" ? new Date(at).toISOString() : String(at));

export const RequestList: FC<{ answer: RequestsView }> = ({ answer }) => (
  <>
    <p class="muted" id="requests-count">
      {answer.requests.length === 0
        ? "No request matches."
        : `The newest ${answer.requests.length.toLocaleString("en")} of ${answer.total.toLocaleString("en")} matching requests.`}
    </p>
    <div class="scroll"><table>
      <caption class="visually-hidden">Requests the mock answered, newest first</caption>
      <thead>
        <tr>
          <th scope="col">At (mock time)</th>
          <th scope="col">Request</th>
          <th scope="col">Operation</th>
          <th scope="col">Status</th>
          <th scope="col">Code</th>
          <th scope="col">Reason</th>
          <th scope="col">ms</th>
        </tr>
      </thead>
      <tbody>
        {answer.requests.map((r) => (
          <tr data-request={String(r.id)}>
            <td>
              <MockTime at={when(r.at)} />
            </td>
            <th scope="row">
              <code>
                {r.method} {r.path}
              </code>
            </th>
            <td>{r.operation ?? ""}</td>
            <td class={r.status >= 400 ? "bad" : ""}>{r.status}</td>
            <td class={r.code !== undefined && r.code !== null && r.code !== 0 ? "bad" : ""}>{r.code ?? ""}</td>
            <td>{r.reason ?? ""}</td>
            <td>{r.ms}</td>
          </tr>
        ))}
      </tbody>
    </table></div>
  </>
);

export const RequestFilters: FC<{ catalog: OperationsView }> = ({ catalog }) => (
  <form data-form="request-filters" class="inline" aria-label="Filter requests">
    <label for="requests-operation">Operation</label>
    <select id="requests-operation" name="operation">
      <option value="">any</option>
      {catalog.operations.map((o) => (
        <option value={o.operation}>{o.operation}</option>
      ))}
    </select>
    <label for="requests-status">HTTP status</label>
    <input id="requests-status" name="status" type="number" min="100" max="599" inputmode="numeric" />
    <button type="submit" id="requests-filter">
      Filter
    </button>
  </form>
);
