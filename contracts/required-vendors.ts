// `--require feishu,dingtalk` / CONTRACTS_REQUIRE: a vendor whose contracts must run. A run that would skip a
// required vendor's contracts for missing credentials fails instead, so expired or unset secrets never go green.
import type { Contract } from "./contract.js";
import type { Target } from "./target.js";

export type Vendor = "feishu" | "dingtalk";
const VENDORS: readonly Vendor[] = ["feishu", "dingtalk"];

export class RequireError extends Error {}

/** "feishu,dingtalk" → ["feishu", "dingtalk"]; "" or undefined → []; anything else is refused. */
export function parseRequired(value: string | undefined): Vendor[] {
  const names = (value ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !VENDORS.includes(n as Vendor));
  if (unknown.length > 0) throw new RequireError(`unknown vendor ${unknown.join(", ")} to require (feishu, dingtalk)`);
  return [...new Set(names as Vendor[])];
}

/** Why this contract must fail rather than be skipped, or undefined. */
export function requiredButMissing(contract: Contract, target: Target, required: readonly Vendor[]): string | undefined {
  // A contract this kind of target cannot run at all (it needs a mock's control API or clock) stays skipped.
  if (contract.needs.includes("control") && !target.capabilities.control) return undefined;
  if (contract.needs.includes("clock") && !target.capabilities.clock) return undefined;
  for (const vendor of required) {
    if (contract.needs.includes(vendor) && !target[vendor]) {
      const name = vendor === "feishu" ? "Feishu" : "DingTalk";
      return `${name} is required (--require / CONTRACTS_REQUIRE) but ${target.name} has no ${name} credentials: set ${target.missing[vendor].join(", ")}`;
    }
  }
  return undefined;
}
