/** @jsxImportSource hono/jsx */
// "Send a test batch": POST /__mock/test-batch, which gets the app a tenant token and calls batch_send like any
// client, so the batch takes the whole pipeline (faults, auth, rate limits, validation) and shows up in the lists.
import type { FC } from "hono/jsx";
import type { AppsView, DirectoryView } from "./control-types.js";

export const SendBatchForm: FC<{ apps: AppsView; directory: DirectoryView }> = ({ apps, directory }) => (
  <form data-form="test-batch" class="stack" aria-labelledby="send-title">
    <p class="muted">As the app would: a tenant token, then batch_send, through faults, auth, rate limits and validation.</p>
    <div class="row">
      <label for="send-app">As app</label>
      <select id="send-app" name="app_id">
        {apps.feishu.map((a) => (
          <option value={a.app_id}>
            {a.app_id} ({a.name})
          </option>
        ))}
      </select>
    </div>
    <div class="row">
      <label for="send-text">Text</label>
      <input id="send-text" name="text" type="text" value="Hello from the dashboard" required />
    </div>
    <fieldset>
      <legend>To departments</legend>
      {directory.departments.map((d) => (
        <div class="row">
          <input id={`send-dept-${d.department_id}`} name="department_ids" type="checkbox" value={d.department_id} checked={d.department_id === "sales"} />
          <label for={`send-dept-${d.department_id}`}>
            {d.name} (<code>{d.department_id}</code>, {d.member_count.toLocaleString("en")})
          </label>
        </div>
      ))}
    </fieldset>
    <div class="row">
      <label for="send-users">And user_ids (comma-separated)</label>
      <input id="send-users" name="user_ids" type="text" autocomplete="off" />
    </div>
    <button type="submit" id="send-submit">
      Send through batch_send
    </button>
  </form>
);
