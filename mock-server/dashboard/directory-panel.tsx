/** @jsxImportSource hono/jsx */
// The fake tenant (GET /__mock/directory): departments, chats with the bots in them, and the users a page at a
// time, with the open_ids of the chosen app (open_ids differ per app).
import type { FC } from "hono/jsx";
import type { AppsView, DirectoryView } from "./control-types.js";
import { Pager } from "./record-widgets.js";

export const DirectoryPanel: FC<{ directory: DirectoryView; apps: AppsView }> = ({ directory: d, apps }) => (
  <div class="directory">
    <form data-form="directory-app" class="inline">
      <label for="directory-app">open_ids of app</label>
      <select id="directory-app" name="app_id">
        {apps.feishu.map((a) => (
          <option value={a.app_id} selected={a.app_id === d.open_ids_for_app}>
            {a.app_id} ({a.name})
          </option>
        ))}
      </select>
      <button type="submit" id="directory-app-show">
        Show
      </button>
      <span class="muted">
        tenant_key <code>{d.tenant_key}</code>; {d.invisible_to_bot.toLocaleString("en")} users outside the bot's contact scope
      </span>
    </form>
    <h3>Departments</h3>
    <div class="scroll"><table>
      <thead>
        <tr>
          <th scope="col">department_id</th>
          <th scope="col">Name</th>
          <th scope="col">DingTalk dept_id</th>
          <th scope="col">Members</th>
        </tr>
      </thead>
      <tbody>
        {d.departments.map((dep) => (
          <tr>
            <th scope="row">
              <code>{dep.department_id}</code>
            </th>
            <td>{dep.name}</td>
            <td>{dep.dingtalk_dept_id}</td>
            <td>{dep.member_count.toLocaleString("en")}</td>
          </tr>
        ))}
      </tbody>
    </table></div>
    <h3>Chats</h3>
    <div class="scroll"><table>
      <thead>
        <tr>
          <th scope="col">chat_id</th>
          <th scope="col">Name</th>
          <th scope="col">Members</th>
          <th scope="col">Bots in it</th>
        </tr>
      </thead>
      <tbody>
        {d.chats.map((chat) => (
          <tr>
            <th scope="row">
              <code>{chat.chat_id}</code>
            </th>
            <td>{chat.name}</td>
            <td>{chat.member_count.toLocaleString("en")}</td>
            <td>{chat.bots.length === 0 ? "none" : chat.bots.join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table></div>
    <h3>Users</h3>
    <Pager target="directory" total={d.users.total} offset={d.users.offset} limit={20} noun="users" order="" />
    <div class="scroll"><table>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">open_id</th>
          <th scope="col">user_id</th>
          <th scope="col">DingTalk userid</th>
          <th scope="col">Departments</th>
        </tr>
      </thead>
      <tbody>
        {d.users.items.map((u) => (
          <tr>
            <th scope="row">
              {u.name} <span class="muted">{u.en_name}</span>
            </th>
            <td>
              <code>{u.open_id}</code>
            </td>
            <td>
              <code>{u.user_id}</code>
            </td>
            <td>
              <code>{u.dingtalk_userid}</code>
            </td>
            <td>{u.department_ids.join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table></div>
  </div>
);
