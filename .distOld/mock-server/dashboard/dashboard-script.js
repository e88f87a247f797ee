// The dashboard's client script, inlined in the page as it is written here (plain browser JavaScript: no build
// step). It listens to /__mock/events, re-renders the parts of the page those events touch (server-rendered
// fragments), and turns buttons and forms into control calls. With a control token it sends it as a header on
// every call (the events stream too: it is read with fetch, since EventSource cannot send headers).
export const DASHBOARD_SCRIPT = String.raw `
(() => {
  "use strict";
  const base = document.body.dataset.controlBase;
  const tokenMeta = document.querySelector('meta[name="mock-control-token"]');
  const auth = tokenMeta ? { authorization: "Bearer " + tokenMeta.content } : {};
  if (new URLSearchParams(location.search).has("token")) history.replaceState(null, "", location.pathname + location.hash);
  const statusLine = document.getElementById("status");
  const say = (text, isError) => {
    statusLine.textContent = "";
    const p = document.createElement("p");
    p.className = isError ? "error" : "";
    p.textContent = text;
    statusLine.append(p);
  };

  async function control(method, path, body) {
    const headers = { ...auth, accept: "application/json" };
    const init = { method, headers };
    if (body !== undefined) { headers["content-type"] = "application/json"; init.body = JSON.stringify(body); }
    const response = await fetch(base + path, init);
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.error || "HTTP " + response.status + " from " + method + " " + base + path);
    return json;
  }

  // Parts of the page: re-rendered by the server, one request at a time each; a part holding the focus in a
  // text field waits until the field loses it (a re-render would drop what is being typed).
  const parts = new Map();
  const region = (name) => document.querySelector('[data-fragment="' + name + '"]');
  const typingIn = (el) => el.contains(document.activeElement) && /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
  function refresh(name) {
    const el = region(name);
    if (!el) return Promise.resolve();
    const part = parts.get(name) || { running: null, queued: null, waiting: false };
    parts.set(name, part);
    if (typingIn(el)) { part.waiting = true; return Promise.resolve(); }
    // One request at a time; asked again meanwhile, one more render follows (with the query as it is then).
    if (part.running) {
      part.queued = part.queued || part.running.then(() => { part.queued = null; return refresh(name); });
      return part.queued;
    }
    part.running = (async () => {
      try {
        const response = await fetch(base + "/ui/fragments/" + name + "?" + el.dataset.query, { headers: auth });
        const html = await response.text();
        if (!typingIn(el)) swap(el, html); else part.waiting = true;
      } catch (error) {
        say("Could not update " + name + ": " + error.message, true);
      }
    })().finally(() => { part.running = null; });
    return part.running;
  }
  function swap(el, html) {
    const active = el.contains(document.activeElement) ? document.activeElement.id : "";
    el.innerHTML = html;
    const again = active && document.getElementById(active);
    if (again && !again.disabled) again.focus();
  }
  document.addEventListener("focusout", (event) => {
    for (const [name, part] of parts) {
      const el = region(name);
      if (part.waiting && el && el.contains(event.target)) { part.waiting = false; setTimeout(() => refresh(name), 0); }
    }
  });
  const setQuery = (name, changes) => {
    const el = region(name);
    const query = new URLSearchParams(el.dataset.query);
    for (const [key, value] of Object.entries(changes)) {
      if (value === "" || value === undefined) query.delete(key); else query.set(key, value);
    }
    el.dataset.query = query.toString();
    return refresh(name);
  };

  // Live updates. Time moves progress, so every clock tick re-renders what shows progress (when time moved).
  const moving = ["batches", "messages", "tasks", "detail"];
  const lists = { batch: "batches", message: "messages", task: "tasks" };
  let lastNow = 0;
  const pending = new Set();
  let timer = 0;
  const soon = (...names) => {
    for (const n of names) pending.add(n);
    if (!timer) timer = setTimeout(() => { timer = 0; const names = [...pending]; pending.clear(); names.forEach(refresh); }, 150);
  };
  function onEvent(type, data) {
    if (type === "clock") {
      const now = document.getElementById("clock-now");
      if (now) { now.textContent = data.iso.replace("T", " ").replace(/\.\d{3}Z$/, "Z"); now.dateTime = data.iso; }
      if (data.now !== lastNow) { lastNow = data.now; soon(...moving); }
    } else if (lists[type]) {
      soon(lists[type], "detail");
    } else if (type === "request") {
      soon("requests", "faults");
    } else if (type === "control") {
      soon("clock", "faults", ...moving);
      if (data.path.includes("/apps") || data.path.includes("/chats")) soon("apps", "directory");
    } else if (type === "reset") {
      soon("clock", "faults", "apps", "requests", ...moving);
    }
  }
  const liveState = document.getElementById("live-state");
  async function listen() {
    for (;;) {
      try {
        const response = await fetch(base + "/events", { headers: auth });
        if (!response.ok) throw new Error("HTTP " + response.status);
        liveState.textContent = "on";
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let type = "message";
            let data = "";
            for (const line of block.split("\n")) {
              if (line.startsWith("event: ")) type = line.slice(7);
              else if (line.startsWith("data: ")) data += line.slice(6);
            }
            try { onEvent(type, JSON.parse(data)); } catch (error) { console.error(error); }
          }
        }
      } catch (error) {
        liveState.textContent = "off (" + error.message + "), retrying";
      }
      liveState.textContent = "off, retrying";
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }

  // Buttons.
  const showResult = (what, result) => {
    const last = result.calls[result.calls.length - 1];
    const answer = last.dropped ? "connection dropped" : "HTTP " + last.status + " " + JSON.stringify(last.body);
    say(what + (result.ok ? " done: " : " refused: ") + last.method + " " + last.path + " → " + answer, !result.ok);
  };
  const actions = {
    async clock(el) { await control("POST", "/clock", JSON.parse(el.dataset.body)); await refresh("clock"); soon(...moving); },
    page(el) { return setQuery(el.dataset.target, { offset: el.dataset.offset }); },
    async detail(el) {
      region("detail").dataset.query = new URLSearchParams({ kind: el.dataset.kind, id: el.dataset.id }).toString();
      await refresh("detail");
      const title = document.getElementById("record-title");
      if (title) { title.scrollIntoView({ block: "nearest" }); title.focus(); }
    },
    "detail-page"(el) { return setQuery("detail", { [el.dataset.param]: el.dataset.value }); },
    "close-detail"() { region("detail").dataset.query = ""; return refresh("detail"); },
    async recall(el) { showResult("Recall of " + el.dataset.id, await control("POST", "/batches/" + encodeURIComponent(el.dataset.id) + "/recall")); soon("batches", "detail"); },
    async "remove-fault"(el) { await control("DELETE", "/faults/" + encodeURIComponent(el.dataset.rule)); say("Fault rule " + el.dataset.rule + " removed"); await refresh("faults"); },
  };
  document.addEventListener("click", async (event) => {
    const el = event.target.closest("button[data-action]");
    if (!el || !actions[el.dataset.action]) return;
    try { await actions[el.dataset.action](el); } catch (error) { say(error.message, true); }
  });

  // Forms.
  const list = (text) => text.split(/[\s,]+/).filter(Boolean);
  const forms = {
    scale(f) { return control("POST", "/clock", { scale: Number(f.get("scale")) }).then(() => { say("Scale set"); return refresh("clock"); }); },
    "goto-page"(f, form) { return setQuery(form.dataset.target, { offset: String(Math.max(0, Number(f.get("page")) - 1) * Number(form.dataset.limit)) }); },
    "request-filters"(f) { return setQuery("requests", { operation: f.get("operation"), status: f.get("status") }); },
    "directory-app"(f) { return setQuery("directory", { app_id: f.get("app_id"), offset: "0" }); },
    async fault(f) {
      const rule = { count: Number(f.get("count")) };
      for (const key of ["operation", "id", "app"]) if (f.get(key)) rule[key] = f.get(key);
      const kind = f.get("kind");
      if (kind === "error_code") rule.error_code = Number(f.get("error_code"));
      if (kind === "http_status") rule.http_status = Number(f.get("http_status"));
      if (kind === "drop") rule.drop = true;
      if (f.get("delay_ms") !== "") rule.delay_ms = Number(f.get("delay_ms"));
      const added = await control("POST", "/faults", rule);
      say("Fault rule " + added.rule_id + " added");
      await refresh("faults");
    },
    async "test-batch"(f) {
      const body = { app_id: f.get("app_id"), text: f.get("text"), department_ids: f.getAll("department_ids"), user_ids: list(f.get("user_ids")) };
      const result = await control("POST", "/test-batch", body);
      showResult("Test batch", result);
      soon("batches");
    },
    async "feishu-app"(f, form) {
      await control("PATCH", "/apps/" + encodeURIComponent(form.dataset.app), { name: f.get("name"), bot: f.get("bot") === "on", scopes: f.getAll("scopes"), unavailable: list(f.get("unavailable")) });
      say("App " + form.dataset.app + " saved");
    },
    async "dingtalk-app"(f, form) {
      await control("PATCH", "/apps/" + encodeURIComponent(form.dataset.app), { name: f.get("name"), agent_id: Number(f.get("agent_id")) });
      say("App " + form.dataset.app + " saved");
    },
  };
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    const handle = forms[form.dataset.form];
    if (!handle) return;
    event.preventDefault();
    try { await handle(new FormData(form), form); } catch (error) { say(error.message, true); }
  });

  // The fault form offers the codes the chosen operation documents (all of them for "any operation").
  const allCodeGroups = [...document.querySelectorAll("#fault-code optgroup")].map((group) => group.cloneNode(true));
  function syncFaultCodes() {
    const operation = document.getElementById("fault-operation");
    const codes = document.getElementById("fault-code");
    if (!operation || !codes) return;
    const chosen = codes.value;
    codes.replaceChildren(...allCodeGroups.filter((g) => operation.value === "" || g.dataset.operation === operation.value).map((g) => g.cloneNode(true)));
    if ([...codes.options].some((o) => o.value === chosen)) codes.value = chosen;
  }
  document.addEventListener("change", (event) => {
    if (event.target.id === "fault-operation") syncFaultCodes();
    if (event.target.id === "fault-code") document.getElementById("fault-kind-code").checked = true;
    if (event.target.id === "fault-http") document.getElementById("fault-kind-http").checked = true;
  });
  syncFaultCodes();
  listen();
})();
`;
//# sourceMappingURL=dashboard-script.js.map