/** Why a contract cannot run on a target, or undefined when it can. */
export function skipReason(contract, target) {
    for (const need of contract.needs) {
        if (need === "feishu" && !target.feishu)
            return `no Feishu credentials (needs ${target.missing.feishu.join(", ")})`;
        if (need === "dingtalk" && !target.dingtalk)
            return `no DingTalk credentials (needs ${target.missing.dingtalk.join(", ")})`;
        if (need === "control" && !target.capabilities.control)
            return `needs the mock's control API, which ${target.name} lacks`;
        if (need === "clock" && !target.capabilities.clock) {
            return `needs a clock it can move: ${target.name} has none${target.capabilities.control ? " the suite may drive (--drive-clock)" : ""}`;
        }
    }
    return undefined;
}
export async function pollWith(target, sample, done) {
    const samples = [await sample()];
    while (!done(samples) && samples.length < target.policy.maxPolls) {
        await target.clock.sleep(target.policy.intervalMs);
        samples.push(await sample());
    }
    return samples;
}
//# sourceMappingURL=contract.js.map