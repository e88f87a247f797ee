/** @jsxImportSource hono/jsx */
// The apps (GET /__mock/apps), each with a form that edits it (PATCH /__mock/apps/:id): a Feishu app's bot
// ability, scopes and availability; a DingTalk app's name and agent_id.
import type { FC } from "hono/jsx";
import type { AppsView, OperationsView } from "./control-types.js";

/** Every scope the spec names (required, recipient and field scopes), plus any an app holds that it does not. */
export function knownScopes(catalog: OperationsView, apps: AppsView): string[] {
  const scopes = new Set<string>();
  for (const o of catalog.operations) for (const s of [...o.required_scopes, ...(o.recipient_scopes ?? []), ...(o.field_scopes ?? [])]) scopes.add(s);
  for (const a of apps.feishu) for (const s of a.scopes) scopes.add(s);
  return [...scopes].sort();
}

const slug = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, "_");

export const AppsPanel: FC<{ apps: AppsView; scopes: string[] }> = ({ apps, scopes }) => (
  <div class="apps">
    {apps.feishu.map((a) => {
      const key = slug(a.app_id);
      return (
        <form data-form="feishu-app" data-app={a.app_id} class="stack card" aria-labelledby={`app-${key}`}>
          <h3 id={`app-${key}`}>
            Feishu app <code>{a.app_id}</code>
          </h3>
          <p class="muted">secret {a.app_secret}</p>
          <div class="row">
            <label for={`app-${key}-name`}>Name</label>
            <input id={`app-${key}-name`} name="name" type="text" value={a.name} required />
          </div>
          <div class="row">
            <input id={`app-${key}-bot`} name="bot" type="checkbox" checked={a.bot} />
            <label for={`app-${key}-bot`}>Bot ability (without it: 230006 / 11205)</label>
          </div>
          <fieldset>
            <legend>Scopes (an operation without one of its scopes answers 230027)</legend>
            {scopes.map((s) => (
              <div class="row">
                <input id={`app-${key}-scope-${slug(s)}`} name="scopes" type="checkbox" value={s} checked={a.scopes.includes(s)} />
                <label for={`app-${key}-scope-${slug(s)}`}>
                  <code>{s}</code>
                </label>
              </div>
            ))}
          </fieldset>
          <div class="row">
            <label for={`app-${key}-unavailable`}>Outside the app's availability (department or user ids, comma-separated)</label>
            <input id={`app-${key}-unavailable`} name="unavailable" type="text" value={a.unavailable.join(", ")} />
          </div>
          <button type="submit" id={`app-${key}-save`}>
            Save {a.app_id}
          </button>
        </form>
      );
    })}
    {apps.dingtalk.map((a) => {
      const key = slug(a.appkey);
      return (
        <form data-form="dingtalk-app" data-app={a.appkey} class="stack card" aria-labelledby={`app-${key}`}>
          <h3 id={`app-${key}`}>
            DingTalk app <code>{a.appkey}</code>
          </h3>
          <p class="muted">secret {a.appsecret}</p>
          <div class="row">
            <label for={`app-${key}-name`}>Name</label>
            <input id={`app-${key}-name`} name="name" type="text" value={a.name} required />
          </div>
          <div class="row">
            <label for={`app-${key}-agent`}>agent_id</label>
            <input id={`app-${key}-agent`} name="agent_id" type="number" min="1" step="1" value={String(a.agent_id)} required />
          </div>
          <button type="submit" id={`app-${key}-save`}>
            Save {a.appkey}
          </button>
        </form>
      );
    })}
  </div>
);
