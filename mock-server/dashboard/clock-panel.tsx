/** @jsxImportSource hono/jsx */
// The mock's clock and the buttons that move it (POST /__mock/clock). The client script keeps "now" current from
// the events stream's clock events between re-renders.
import type { FC } from "hono/jsx";
import type { ClockState } from "./control-types.js";

const STEPS = [
  { id: "minute", label: "+1 min", ms: 60_000 },
  { id: "hour", label: "+1 h", ms: 3_600_000 },
  { id: "day", label: "+1 day", ms: 86_400_000 },
];

export const ClockPanel: FC<{ clock: ClockState }> = ({ clock }) => (
  <div class="clock">
    <p class="clock-now">
      <span class="label">Mock time</span> <time id="clock-now" datetime={clock.iso}>{clock.iso.replace("T", " ").replace(/\.\d{3}Z$/, "Z")}</time>{" "}
      <span id="clock-state" class={clock.frozen ? "status status-queued" : "status status-sending"}>
        {clock.frozen ? "frozen" : `running ×${clock.scale}`}
      </span>
    </p>
    <div class="toolbar" role="group" aria-label="Move mock time">
      {STEPS.map((s) => (
        <button type="button" id={`clock-${s.id}`} data-action="clock" data-body={JSON.stringify({ advance_ms: s.ms })}>
          {s.label}
        </button>
      ))}
      <button
        type="button"
        id="clock-freeze"
        data-action="clock"
        data-body={JSON.stringify({ freeze: !clock.frozen })}
        aria-pressed={clock.frozen ? "true" : "false"}
      >
        {clock.frozen ? "Resume" : "Freeze"}
      </button>
    </div>
    <form data-form="scale" class="inline">
      <label for="clock-scale">Scale (mock seconds per real second)</label>
      <input id="clock-scale" name="scale" type="number" min="0.001" max="1000000" step="any" value={String(clock.scale)} required />
      <button type="submit" id="clock-scale-set">
        Set scale
      </button>
    </form>
  </div>
);
