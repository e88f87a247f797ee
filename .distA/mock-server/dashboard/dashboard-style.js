// The dashboard's style sheet, inlined in the page (no other request). Colours keep text at a contrast of at
// least 4.5:1 (WCAG AA) on its background; focus is always visible; no style attribute is needed (the CSP
// allows only this sheet).
export const DASHBOARD_STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4d5561; --line: #c9ced6; --bg: #f4f6f8; --card: #fff;
  --accent: #0b57d0; --accent-ink: #fff; --bad: #a4161a; --ok: #1e6b34; --warn: #7a4b00; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 12px 20px; background: var(--card); border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: baseline; }
h1 { font-size: 1.3rem; margin: 0; }
h2 { font-size: 1.15rem; margin: 0 0 8px; }
h3 { font-size: 1rem; margin: 16px 0 6px; }
h4 { font-size: .95rem; margin: 12px 0 4px; }
nav a { color: var(--accent); margin-right: 8px; }
main { display: grid; grid-template-columns: minmax(0, 7fr) minmax(0, 4fr); gap: 16px; padding: 16px 20px;
  grid-template-areas: "clock clock" "sends detail" "requests faults" "directory send" "directory apps"; align-items: start; }
#clock { grid-area: clock; } #sends { grid-area: sends; } #detail { grid-area: detail; } #requests { grid-area: requests; }
#faults { grid-area: faults; } #directory { grid-area: directory; } #send { grid-area: send; } #apps { grid-area: apps; }
@media (max-width: 1100px) { main { grid-template-columns: minmax(0, 1fr); grid-template-areas: "clock" "sends" "detail" "send" "requests" "faults" "apps" "directory"; } }
.clock { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; } .clock > * { margin: 0; }
.scroll { overflow-x: auto; }
time { white-space: nowrap; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.apps { display: grid; gap: 12px; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
thead th { font-weight: 600; color: var(--muted); }
tbody th { font-weight: normal; }
tbody th code { word-break: break-all; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
pre.content { background: var(--bg); padding: 8px; border-radius: 4px; white-space: pre-wrap; word-break: break-all; max-height: 16em; overflow: auto; }
.muted { color: var(--muted); font-size: .85rem; }
.bad { color: var(--bad); font-weight: 600; }
.bars { display: grid; gap: 2px; min-width: 14em; }
.bar { display: flex; gap: 6px; align-items: center; }
.bar progress { width: 7em; height: .9em; accent-color: var(--accent); }
.bar-text, .count { font-size: .8rem; color: var(--muted); white-space: nowrap; }
.status { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.status-queued { color: var(--muted); } .status-sending, .status-reading { color: var(--accent); }
.status-done { color: var(--ok); } .status-recalling, .status-recalled { color: var(--warn); }
button { font: inherit; font-size: .88rem; padding: 4px 10px; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink); cursor: pointer; }
button:disabled { background: #e3e6ea; color: #4d5561; border-color: #c9ced6; cursor: not-allowed; }
button[data-action="page"], button[data-action="detail"], button[data-action="detail-page"], #detail-close { background: var(--card); color: var(--accent); }
select { max-width: 100%; }
input, select { font: inherit; font-size: .9rem; padding: 3px 6px; border: 1px solid #6b7480; border-radius: 4px; background: #fff; color: var(--ink); }
:focus-visible { outline: 3px solid #9a3412; outline-offset: 2px; }
.toolbar, .pager, .inline, .actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0; }
.stack { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; }
.row > select, .row > input[type=text] { min-width: 0; flex: 0 1 auto; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
fieldset { min-width: 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; word-break: break-all; }
.detail-head { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
.detail-head h3 { margin: 0; }
.status-line { position: sticky; top: 0; z-index: 1; padding: 0 20px; }
.status-line:not(:empty) { background: #fff8e1; border-bottom: 1px solid #e0c36a; padding: 6px 20px; }
.status-line .error, p.error { color: var(--bad); font-weight: 600; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 2; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.clock-now { font-size: 1.05rem; margin: 0 0 6px; } .label { color: var(--muted); }
`;
//# sourceMappingURL=dashboard-style.js.map