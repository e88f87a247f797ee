// DingTalk work notifications: progress goes 0 → 1 → 2 with the percentage 0–100 never decreasing and 100 when
// done; the result is consistent; the suite's notification is recalled; bad token and unknown task answer their codes.
import assert from "node:assert/strict";
import type { Contract, ContractContext } from "../contract.js";

async function progress(ctx: ContractContext, taskId: number) {
  const answer = await ctx.dingtalk.call("getSendProgress", { body: { agent_id: ctx.target.dingtalk!.agentId, task_id: taskId } });
  assert.equal(answer.body.errcode, 0, `getsendprogress: ${answer.body.errcode} ${answer.body.errmsg}`);
  return answer.body.progress as { progress_in_percent: number; status: number };
}

export const dingtalkContracts: Contract[] = [
  {
    id: "dingtalk.auth.invalid-token",
    endpoint: "dingtalk auth",
    title: "an invalid access_token answers 40014 (or 88 with sub_code 40014, as the live topapi wraps it)",
    needs: ["dingtalk"],
    run: async ({ dingtalk, target, note }) => {
      const answer = await dingtalk.call("getSendProgress", {
        auth: "contract-suite-invalid-token",
        body: { agent_id: target.dingtalk!.agentId, task_id: 1 },
      });
      assert.equal(answer.status, 200);
      const { errcode, sub_code: subCode, errmsg } = answer.body;
      assert.ok(errcode === 40014 || (errcode === 88 && subCode === "40014"), `errcode ${errcode}, sub_code ${subCode}`);
      // The wrapped form folds the reason into errmsg (live captures): "ding talk error[subcode=40014,submsg=…]".
      if (errcode === 88) assert.match(errmsg, /subcode=40014/, `errmsg ${errmsg}`);
      note(`getSendProgress: an invalid access_token answered ${errcode === 88 ? "88 with sub_code 40014 (the TOP gateway's wrapping)" : "the plain 40014"}`);
    },
  },
  {
    id: "dingtalk.getsendprogress.unknown-task",
    endpoint: "dingtalk getsendprogress",
    title: "an unknown task_id answers 40035",
    needs: ["dingtalk"],
    run: async ({ dingtalk, target }) => {
      const answer = await dingtalk.call("getSendProgress", { body: { agent_id: target.dingtalk!.agentId, task_id: 1 } });
      assert.equal(answer.body.errcode, 40035);
    },
  },
  {
    id: "dingtalk.getsendprogress.progress",
    endpoint: "dingtalk getsendprogress",
    title: "status moves 0 → 1 → 2, progress_in_percent 0–100 never decreases, 100 when done",
    needs: ["dingtalk"],
    run: async (ctx) => {
      const taskId = await ctx.fixtures.task();
      const samples = await ctx.poll(() => progress(ctx, taskId), (all) => all.at(-1)!.status === 2);
      // Done at 100% and not started at 0% the vendor client checks of every answer before a contract sees it
      // (spec/traffic/invariants.ts, as the proxy and the mock's self-check do): a contract's check could never fail.
      samples.forEach((p, i) => {
        const previous = samples[i - 1];
        if (previous) {
          assert.ok(p.status >= previous.status, `poll ${i}: status went from ${previous.status} back to ${p.status}`);
          assert.ok(p.progress_in_percent >= previous.progress_in_percent, `poll ${i}: percent went down`);
        }
      });
      assert.equal(samples.at(-1)!.status, 2, `not done after ${samples.length} polls`);
    },
  },
  {
    id: "dingtalk.getsendresult.consistent",
    endpoint: "dingtalk getsendprogress",
    title: "the send result lists each recipient at most once, read or unread, among those it was sent to",
    needs: ["dingtalk"],
    run: async (ctx) => {
      const taskId = await ctx.fixtures.task();
      const answer = await ctx.dingtalk.call("getSendResult", { body: { agent_id: ctx.target.dingtalk!.agentId, task_id: taskId } });
      assert.equal(answer.body.errcode, 0, `getsendresult: ${answer.body.errcode} ${answer.body.errmsg}`);
      const result = answer.body.send_result;
      const reached = [...result.read_user_id_list, ...result.unread_user_id_list];
      assert.equal(new Set(reached).size, reached.length, "a user is listed twice");
      const sentTo = new Set(ctx.target.dingtalk!.userIds);
      for (const id of reached) assert.ok(sentTo.has(id), `${id} was not a recipient`);
    },
  },
  {
    id: "dingtalk.recall",
    endpoint: "dingtalk getsendprogress",
    title: "the suite's notification is recalled (errcode 0)",
    needs: ["dingtalk"],
    run: async (ctx) => {
      const taskId = await ctx.fixtures.task();
      const answer = await ctx.dingtalk.call("recallWorkNotification", { body: { agent_id: ctx.target.dingtalk!.agentId, msg_task_id: taskId } });
      assert.equal(answer.body.errcode, 0, `recall: ${answer.body.errcode} ${answer.body.errmsg}`);
      ctx.fixtures.recalled.add(String(taskId));
    },
  },
];
