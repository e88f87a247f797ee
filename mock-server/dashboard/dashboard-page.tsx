/** @jsxImportSource hono/jsx */
// The whole page: every live part rendered once (fragments.tsx), the forms that act through control calls, and
// the inline style sheet and client script (dashboard-style.ts, dashboard-script.ts) under the response's nonce.
import { raw } from "hono/html";
import type { FC } from "hono/jsx";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { AppsView, DirectoryView, OperationsView } from "./control-types.js";
import { DASHBOARD_SCRIPT } from "./dashboard-script.js";
import { DASHBOARD_STYLE } from "./dashboard-style.js";
import { FaultForm } from "./faults-panel.js";
import { RequestFilters } from "./request-list.js";
import { SendBatchForm } from "./send-batch-form.js";

export interface DashboardPageProps {
  nonce: string;
  token?: string;
  parts: Record<string, JSX.Element>;
  catalog: OperationsView;
  apps: AppsView;
  directory: DirectoryView;
}

const Section: FC<{ id: string; title: string; children?: unknown }> = ({ id, title, children }) => (
  <section id={id} aria-labelledby={`${id}-title`} class="card">
    <h2 id={`${id}-title`}>{title}</h2>
    {children}
  </section>
);

/** A region the client script re-renders; `query` is its own state (page, record, filters). */
const Live: FC<{ name: string; query?: string; children?: unknown }> = ({ name, query = "", children }) => (
  <div data-fragment={name} data-query={query} id={`part-${name}`}>
    {children}
  </div>
);

export const DashboardPage: FC<DashboardPageProps> = ({ nonce, token, parts, catalog, apps, directory }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>Mock dashboard — fake Feishu and DingTalk</title>
      {/* No favicon request: the page asks for nothing it does not need. */}
      <link rel="icon" href="data:," />
      {token !== undefined && <meta name="mock-control-token" content={token} />}
      <style nonce={nonce}>{raw(DASHBOARD_STYLE)}</style>
    </head>
    <body data-control-base="/__mock">
      <a class="skip" href="#main">
        Skip to the dashboard
      </a>
      <header>
        <h1>Fake Feishu and DingTalk</h1>
        <p class="live">
          Live updates: <span id="live-state">connecting…</span>
        </p>
        <nav aria-label="Sections">
          <a href="#sends">Sends</a> <a href="#detail">Details</a> <a href="#send">Send a test batch</a> <a href="#requests">Requests</a>{" "}
          <a href="#faults">Faults</a> <a href="#apps">Apps</a> <a href="#directory">Directory</a>
        </nav>
      </header>
      <div id="status" role="status" aria-live="polite" class="status-line"></div>
      <main id="main">
        <Section id="clock" title="Clock">
          <Live name="clock">{parts.clock}</Live>
        </Section>
        <Section id="sends" title="What was sent">
          <h3>Feishu batches</h3>
          <Live name="batches" query="offset=0">
            {parts.batches}
          </Live>
          <h3>Feishu messages</h3>
          <Live name="messages" query="offset=0">
            {parts.messages}
          </Live>
          <h3>DingTalk tasks</h3>
          <Live name="tasks" query="offset=0">
            {parts.tasks}
          </Live>
        </Section>
        <Section id="detail" title="Details">
          <Live name="detail">{parts.detail ?? <p class="muted">Choose "Details" on a batch, message or task.</p>}</Live>
        </Section>
        <Section id="send" title="Send a test batch">
          <SendBatchForm apps={apps} directory={directory} />
        </Section>
        <Section id="requests" title="Requests">
          <RequestFilters catalog={catalog} />
          <Live name="requests">{parts.requests}</Live>
        </Section>
        <Section id="faults" title="Fault rules">
          <Live name="faults">{parts.faults}</Live>
          <FaultForm catalog={catalog} />
        </Section>
        <Section id="apps" title="Apps">
          <Live name="apps">{parts.apps}</Live>
        </Section>
        <Section id="directory" title="Directory">
          <Live name="directory" query="offset=0">
            {parts.directory}
          </Live>
        </Section>
      </main>
      <script nonce={nonce}>{raw(DASHBOARD_SCRIPT)}</script>
    </body>
  </html>
);
