export function restoreConflicts(given, state) {
    const config = (given ?? {});
    const out = [];
    const clock = state.clock.state();
    if (config.time?.start !== undefined)
        out.push(`time.start ${config.time.start} is not used: the clock resumes from the state file (${clock.iso})`);
    if (config.time?.scale !== undefined && config.time.scale !== clock.scale) {
        out.push(`time scale ${config.time.scale} is not used: the state file's clock runs at ×${clock.scale} (POST /__mock/clock {"scale": ${config.time.scale}} to change it)`);
    }
    if (config.time?.frozen !== undefined && config.time.frozen !== clock.frozen) {
        out.push(`time.frozen ${config.time.frozen} is not used: the state file's clock is ${clock.frozen ? "frozen" : "running"}`);
    }
    for (const app of config.feishu?.apps ?? []) {
        const restored = state.feishuApps.get(app.app_id);
        if (!restored)
            out.push(`Feishu app ${app.app_id} of the config is not in the state file (add it with POST /__mock/apps, or reset)`);
        else if (restored.app_secret !== app.app_secret)
            out.push(`Feishu app ${app.app_id}: the state file's app_secret is used, not the config's`);
    }
    for (const app of config.dingtalk?.apps ?? []) {
        const restored = state.dingtalkApps.get(app.appkey);
        if (!restored)
            out.push(`DingTalk app ${app.appkey} of the config is not in the state file (add it with POST /__mock/apps, or reset)`);
        else if (restored.appsecret !== app.appsecret)
            out.push(`DingTalk app ${app.appkey}: the state file's appsecret is used, not the config's`);
    }
    return out;
}
//# sourceMappingURL=restore-conflicts.js.map