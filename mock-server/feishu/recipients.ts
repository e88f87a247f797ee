// Who a batch send reaches, as interval sets of the directory: valid recipients, and those it can deliver to
// (not outside the bot's contact scope, not outside the app's availability). O(ids), whatever the departments' size.
import type { FeishuAppConfig } from "../config.js";
import type { Directory } from "../directory.js";
import { normalize, size, subtract, type Interval, type IntervalSet } from "../intervals.js";

export interface BatchRecipients {
  recipients: IntervalSet;
  valid: number;
  deliverable: number;
  invalid: { department_ids: string[]; open_ids: string[]; user_ids: string[]; union_ids: string[] };
}

export interface BatchTargets {
  department_ids?: string[];
  open_ids?: string[];
  user_ids?: string[];
  union_ids?: string[];
}

/** Users outside the app's availability: its `unavailable` departments and users. */
export function unavailableTo(directory: Directory, app: FeishuAppConfig): IntervalSet {
  const out: Interval[] = [];
  for (const id of app.unavailable) {
    const department = directory.departmentById(id);
    if (department) out.push(...department.members);
    const index =
      directory.indexOfUserId(id) ?? directory.indexOfUnionId(id) ?? directory.indexOfOpenId(app.app_id, id);
    if (index !== undefined) out.push([index, index + 1]);
  }
  return normalize(out);
}

export function resolveBatchRecipients(directory: Directory, app: FeishuAppConfig, targets: BatchTargets): BatchRecipients {
  const found: Interval[] = [];
  const invalid: BatchRecipients["invalid"] = { department_ids: [], open_ids: [], user_ids: [], union_ids: [] };
  for (const id of targets.department_ids ?? []) {
    const department = directory.departmentById(id);
    if (department) found.push(...department.members);
    else invalid.department_ids.push(id);
  }
  const users: [keyof BatchTargets, (id: string) => number | undefined][] = [
    ["open_ids", (id) => directory.indexOfOpenId(app.app_id, id)],
    ["user_ids", (id) => directory.indexOfUserId(id)],
    ["union_ids", (id) => directory.indexOfUnionId(id)],
  ];
  for (const [field, indexOf] of users) {
    for (const id of targets[field] ?? []) {
      const index = indexOf(id);
      if (index === undefined) invalid[field].push(id);
      else found.push([index, index + 1]);
    }
  }
  const recipients = normalize(found);
  const reachable = subtract(subtract(recipients, directory.invisibleToBot), unavailableTo(directory, app));
  return { recipients, valid: size(recipients), deliverable: size(reachable), invalid };
}
