const VENDORS = ["feishu", "dingtalk"];
export class RequireError extends Error {
}
/** "feishu,dingtalk" → ["feishu", "dingtalk"]; "" or undefined → []; anything else is refused. */
export function parseRequired(value) {
    const names = (value ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
    const unknown = names.filter((n) => !VENDORS.includes(n));
    if (unknown.length > 0)
        throw new RequireError(`unknown vendor ${unknown.join(", ")} to require (feishu, dingtalk)`);
    return [...new Set(names)];
}
/** Why this contract must fail rather than be skipped, or undefined. */
export function requiredButMissing(contract, target, required) {
    // A contract this kind of target cannot run at all (it needs a mock's control API or clock) stays skipped.
    if (contract.needs.includes("control") && !target.capabilities.control)
        return undefined;
    if (contract.needs.includes("clock") && !target.capabilities.clock)
        return undefined;
    for (const vendor of required) {
        if (contract.needs.includes(vendor) && !target[vendor]) {
            const name = vendor === "feishu" ? "Feishu" : "DingTalk";
            return `${name} is required (--require / CONTRACTS_REQUIRE) but ${target.name} has no ${name} credentials: set ${target.missing[vendor].join(", ")}`;
        }
    }
    return undefined;
}
//# sourceMappingURL=required-vendors.js.map