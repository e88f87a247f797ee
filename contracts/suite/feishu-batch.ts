// The suite's batch, followed over time: counts never decrease and stay ordered; read_user agrees with
// get_progress; recall answers code 0, then `recall` is true and `recall_count` rises to what was delivered.
// That each answer is ordered on its own (success ≤ valid, read ≤ success, recall_count ≤ success) the vendor
// client checks of every get_progress answer before a contract sees it (spec/traffic/invariants.ts, the rules
// the proxy and the mock's self-check hold too): a contract's own check of it could never fail.
import assert from "node:assert/strict";
import type { Contract, ContractContext } from "../contract.js";

interface Progress {
  valid: number;
  success: number;
  read: number;
  recall: boolean;
  recallCount: number;
}

async function progress(ctx: ContractContext, id: string): Promise<Progress> {
  const answer = await ctx.feishu.call("getBatchMessageProgress", { path: { batch_message_id: id } });
  assert.equal(answer.body.code, 0, `get_progress: ${answer.body.code} ${answer.body.msg}`);
  const send = answer.body.data.batch_message_send_progress;
  const recall = answer.body.data.batch_message_recall_progress;
  return {
    valid: send.valid_user_ids_count,
    success: send.success_user_ids_count,
    read: send.read_user_ids_count,
    recall: recall.recall,
    recallCount: recall.recall_count,
  };
}

function assertNotDecreasing(previous: Progress, next: Progress, when: string): void {
  for (const key of ["valid", "success", "read", "recallCount"] as const) {
    assert.ok(next[key] >= previous[key], `${when}: ${key} went from ${previous[key]} down to ${next[key]}`);
  }
  if (previous.recall) assert.equal(next.recall, true, `${when}: recall went back to false`);
}

export const feishuBatchContracts: Contract[] = [
  {
    id: "feishu.batch.progress",
    endpoint: "feishu get_progress",
    title: "progress counts never decrease, success ≤ valid, read ≤ success; read_user agrees with them",
    needs: ["feishu"],
    run: async (ctx) => {
      const id = await ctx.fixtures.batch();
      // Each sample reads get_progress, then read_user, then get_progress again: the string counts of read_user
      // must fall between the two (the counts may move in between, on a live service).
      const samples = await ctx.poll(
        async () => {
          const before = await progress(ctx, id);
          const answer = await ctx.feishu.call("getBatchMessageReadUser", { path: { batch_message_id: id } });
          assert.equal(answer.body.code, 0, `read_user: ${answer.body.code} ${answer.body.msg}`);
          const after = await progress(ctx, id);
          return { before, after, read: Number(answer.body.data.read_user.read_count), total: Number(answer.body.data.read_user.total_count) };
        },
        (all) => {
          const last = all.slice(-3);
          return last.length === 3 && last.every((s) => s.after.valid > 0 && s.after.success === last[0]!.after.success);
        },
      );
      let previous: Progress | undefined;
      samples.forEach((s, i) => {
        if (previous) assertNotDecreasing(previous, s.before, `poll ${i}`);
        assertNotDecreasing(s.before, s.after, `poll ${i}`);
        assert.ok(s.before.read <= s.read && s.read <= s.after.read, `poll ${i}: read_user read_count ${s.read} outside [${s.before.read}, ${s.after.read}]`);
        assert.ok(s.before.success <= s.total && s.total <= s.after.success, `poll ${i}: read_user total_count ${s.total} outside [${s.before.success}, ${s.after.success}]`);
        previous = s.after;
      });
      const last = samples.at(-1)!.after;
      assert.ok(last.valid > 0, `the batch job was not scheduled within ${samples.length} polls (valid_user_ids_count still 0)`);
    },
  },
  {
    id: "feishu.batch.recall",
    endpoint: "feishu batch recall",
    title: "recall answers code 0; then recall is true and recall_count rises to what was delivered",
    needs: ["feishu"],
    run: async (ctx) => {
      const id = await ctx.fixtures.batch();
      const before = await progress(ctx, id);
      const answer = await ctx.feishu.call("deleteBatchMessage", { path: { batch_message_id: id } });
      assert.equal(answer.body.code, 0, `recall: ${answer.body.code} ${answer.body.msg}`);
      ctx.fixtures.recalled.add(id);
      const samples = await ctx.poll(
        () => progress(ctx, id),
        (all) => all.at(-1)!.recallCount >= all.at(-1)!.success && all.at(-1)!.success >= before.success,
      );
      let previous = before;
      samples.forEach((p, i) => {
        assert.equal(p.recall, true, `poll ${i} after the recall: recall is still false`);
        assertNotDecreasing(previous, p, `poll ${i}`);
        previous = p;
      });
      const last = samples.at(-1)!;
      if (last.success > 0) assert.ok(last.recallCount > 0, `recall_count stayed 0 over ${samples.length} polls`);
    },
  },
];
