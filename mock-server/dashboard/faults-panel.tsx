/** @jsxImportSource hono/jsx */
// Fault rules: the list (GET /__mock/faults) with a remove button each (DELETE /__mock/faults/:rule_id), and the
// form that adds one (POST /__mock/faults), offering each operation's documented codes from the spec.
import type { FC } from "hono/jsx";
import type { FaultRule, OperationsView } from "./control-types.js";

function answerOf(rule: FaultRule): string {
  const parts: string[] = [];
  if (rule.error_code !== undefined) parts.push(`code ${rule.error_code}`);
  if (rule.http_status !== undefined) parts.push(`HTTP ${rule.http_status}`);
  if (rule.drop) parts.push("drop the connection");
  if (rule.delay_ms !== undefined) parts.push(`delay ${rule.delay_ms} ms`);
  return parts.join(", then ");
}

export const FaultList: FC<{ faults: FaultRule[] }> = ({ faults }) =>
  faults.length === 0 ? (
    <p class="muted" id="faults-empty">
      No fault rules: every request is answered as the simulation says.
    </p>
  ) : (
    <div class="scroll"><table>
      <caption class="visually-hidden">Fault rules, in the order they are tried</caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Matches</th>
          <th scope="col">Answer</th>
          <th scope="col">Left</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {faults.map((f) => (
          <tr data-rule={f.rule_id}>
            <th scope="row">{f.rule_id}</th>
            <td>{[f.operation ?? "any operation", f.id && `id ${f.id}`, f.app && `app ${f.app}`].filter(Boolean).join(", ")}</td>
            <td>{answerOf(f)}</td>
            <td>
              {f.remaining} of {f.count}
            </td>
            <td>
              <button type="button" id={`remove-${f.rule_id}`} data-action="remove-fault" data-rule={f.rule_id} aria-label={`Remove fault rule ${f.rule_id}`}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table></div>
  );

export const FaultForm: FC<{ catalog: OperationsView }> = ({ catalog }) => (
  <form data-form="fault" class="stack" aria-labelledby="fault-form-title">
    <h3 id="fault-form-title">Add a fault rule</h3>
    <div class="row">
      <label for="fault-operation">Operation</label>
      <select id="fault-operation" name="operation">
        <option value="">any operation</option>
        {catalog.operations.map((o) => (
          <option value={o.operation}>
            {o.operation} ({o.vendor}: {o.method} {o.path.replace(/^\/open-apis/, "")})
          </option>
        ))}
      </select>
    </div>
    <fieldset>
      <legend>Answer with</legend>
      <div class="row">
        <input type="radio" id="fault-kind-code" name="kind" value="error_code" checked />
        <label for="fault-kind-code">a documented error code</label>
        <label for="fault-code" class="visually-hidden">
          Error code
        </label>
        <select id="fault-code" name="error_code">
          {catalog.operations.map((o) => (
            <optgroup label={o.operation} data-operation={o.operation}>
              {o.error_codes.map((e) => (
                <option value={String(e.code)}>
                  {e.code} (HTTP {e.http_status}) {e.msg.length > 70 ? `${e.msg.slice(0, 69)}…` : e.msg}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="row">
        <input type="radio" id="fault-kind-http" name="kind" value="http_status" />
        <label for="fault-kind-http">an HTTP 5xx</label>
        <label for="fault-http" class="visually-hidden">
          HTTP status
        </label>
        <select id="fault-http" name="http_status">
          {catalog.fault_http_statuses.map((s) => (
            <option value={String(s)}>{s}</option>
          ))}
        </select>
      </div>
      <div class="row">
        <input type="radio" id="fault-kind-drop" name="kind" value="drop" />
        <label for="fault-kind-drop">a dropped connection (no answer)</label>
      </div>
      <div class="row">
        <input type="radio" id="fault-kind-delay" name="kind" value="delay" />
        <label for="fault-kind-delay">only a delay</label>
      </div>
    </fieldset>
    <div class="row">
      <label for="fault-delay">Delay (ms, 0–{catalog.fault_max_delay_ms}; with any answer)</label>
      <input id="fault-delay" name="delay_ms" type="number" min="0" max={String(catalog.fault_max_delay_ms)} step="1" />
    </div>
    <div class="row">
      <label for="fault-id">Only for id (batch_message_id, message_id, task_id)</label>
      <input id="fault-id" name="id" type="text" autocomplete="off" />
    </div>
    <div class="row">
      <label for="fault-app">Only for app (app_id or appkey)</label>
      <input id="fault-app" name="app" type="text" autocomplete="off" />
    </div>
    <div class="row">
      <label for="fault-count">For the next N matching requests</label>
      <input id="fault-count" name="count" type="number" min="1" max="1000000" value="1" required />
    </div>
    <button type="submit" id="fault-add">
      Add fault rule
    </button>
  </form>
);
