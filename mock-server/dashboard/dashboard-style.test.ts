// The style sheet's colours keep text readable: every text colour on every background it is used on has a
// contrast ratio of at least 4.5:1 (WCAG 2.1 AA, normal text), and the focus ring at least 3:1 (non-text).
import { describe, expect, it } from "vitest";
import { DASHBOARD_STYLE } from "./dashboard-style.js";

function variable(name: string): string {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{3,6})`, "i").exec(DASHBOARD_STYLE)?.[1];
  if (!value) throw new Error(`no --${name} in the style sheet`);
  return value;
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((d) => d + d).join("")}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe("the dashboard's colours", () => {
  const backgrounds = [variable("card"), variable("bg")];
  it.each(["ink", "muted", "accent", "bad", "ok", "warn"])("--%s text reads at 4.5:1 or more on the page's backgrounds", (name) => {
    for (const background of backgrounds) expect(contrast(variable(name), background)).toBeGreaterThanOrEqual(4.5);
  });

  it("button text, disabled button text and the focus ring are readable too", () => {
    expect(contrast(variable("accent-ink"), variable("accent"))).toBeGreaterThanOrEqual(4.5);
    const disabled = /button:disabled \{ background: (#[0-9a-f]+); color: (#[0-9a-f]+)/i.exec(DASHBOARD_STYLE)!;
    expect(contrast(disabled[2]!, disabled[1]!)).toBeGreaterThanOrEqual(4.5);
    const ring = /:focus-visible \{ outline: 3px solid (#[0-9a-f]+)/i.exec(DASHBOARD_STYLE)![1]!;
    for (const background of backgrounds) expect(contrast(ring, background)).toBeGreaterThanOrEqual(3);
  });

  it("measures contrast as WCAG does", () => {
    expect(contrast("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});
