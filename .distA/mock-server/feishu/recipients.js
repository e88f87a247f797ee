import { normalize, size, subtract } from "../intervals.js";
/** Users outside the app's availability: its `unavailable` departments and users. */
export function unavailableTo(directory, app) {
    const out = [];
    for (const id of app.unavailable) {
        const department = directory.departmentById(id);
        if (department)
            out.push(...department.members);
        const index = directory.indexOfUserId(id) ?? directory.indexOfUnionId(id) ?? directory.indexOfOpenId(app.app_id, id);
        if (index !== undefined)
            out.push([index, index + 1]);
    }
    return normalize(out);
}
export function resolveBatchRecipients(directory, app, targets) {
    const found = [];
    const invalid = { department_ids: [], open_ids: [], user_ids: [], union_ids: [] };
    for (const id of targets.department_ids ?? []) {
        const department = directory.departmentById(id);
        if (department)
            found.push(...department.members);
        else
            invalid.department_ids.push(id);
    }
    const users = [
        ["open_ids", (id) => directory.indexOfOpenId(app.app_id, id)],
        ["user_ids", (id) => directory.indexOfUserId(id)],
        ["union_ids", (id) => directory.indexOfUnionId(id)],
    ];
    for (const [field, indexOf] of users) {
        for (const id of targets[field] ?? []) {
            const index = indexOf(id);
            if (index === undefined)
                invalid[field].push(id);
            else
                found.push([index, index + 1]);
        }
    }
    const recipients = normalize(found);
    const reachable = subtract(subtract(recipients, directory.invisibleToBot), unavailableTo(directory, app));
    return { recipients, valid: size(recipients), deliverable: size(reachable), invalid };
}
//# sourceMappingURL=recipients.js.map