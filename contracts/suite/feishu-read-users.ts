// Read receipts of the suite's message: page_size respected, has_more/page_token semantics, no duplicate across
// pages, ids in the asked type's format; invalid page sizes refused; the message recalled at the end (230110 after).
// A page_token exactly with has_more the vendor client checks of every page before a contract sees it (the
// schema ties the two, and spec/traffic/invariants.ts's page-token rule): a contract's own check could never fail.
import assert from "node:assert/strict";
import type { Contract, ContractContext } from "../contract.js";
import { expectFieldRefused } from "./either-layer.js";

const ID_FORMAT: Record<string, RegExp> = { open_id: /^ou_\w+$/, union_id: /^on_\w+$/, user_id: /^(?!ou_|on_)\S+$/ };
const MAX_PAGES = 20;

async function page(ctx: ContractContext, id: string, query: Record<string, string | number>) {
  return ctx.feishu.call("listMessageReadUsers", { path: { message_id: id }, query });
}

export const feishuReadUsersContracts: Contract[] = [
  ...(["0", "101", "abc"] as const).map(
    (pageSize): Contract => ({
      id: `feishu.read_users.page_size-${pageSize}`,
      endpoint: "feishu read_users",
      title: `page_size=${pageSize} is refused: 99992402 naming page_size (the gateway, live) or 230001`,
      needs: ["feishu"],
      run: async (ctx) => {
        const answer = await page(ctx, await ctx.fixtures.message(), { user_id_type: "open_id", page_size: pageSize });
        expectFieldRefused(ctx, answer, "page_size");
      },
    }),
  ),
  {
    id: "feishu.read_users.user_id_type-required",
    endpoint: "feishu read_users",
    title: "user_id_type is required (seed 004): without it, 99992402 naming it (live) or 230001",
    needs: ["feishu"],
    run: async (ctx) => {
      const answer = await page(ctx, await ctx.fixtures.message(), { page_size: 5 });
      expectFieldRefused(ctx, answer, "user_id_type");
    },
  },
  ...(["open_id", "union_id", "user_id"] as const).map(
    (type): Contract => ({
      id: `feishu.read_users.paging-${type}`,
      endpoint: "feishu read_users",
      title: `pages by ${type}: page_size respected, page_token exactly with has_more, no duplicate, ids of that type`,
      needs: ["feishu"],
      run: async (ctx) => {
        const id = await ctx.fixtures.message();
        // Give readers a chance to arrive (a few polls at most; a quiet chat may have none).
        const first = await ctx.poll(
          () => page(ctx, id, { user_id_type: type, page_size: 2 }),
          (all) => all.length >= 5 || all.at(-1)!.body.code !== 0 || all.at(-1)!.body.data.has_more,
        );
        const opening = first.at(-1)!;
        // The app lacks the user_id field scope: documented (230027, or 99991672 from the gateway).
        if (type === "user_id" && (opening.body.code === 230027 || opening.body.code === 99991672)) return;
        assert.equal(opening.body.code, 0, `read_users: ${opening.body.code} ${opening.body.msg}`);
        const seen = new Set<string>();
        let answer = opening;
        for (let n = 0; ; n++) {
          const { items, has_more: hasMore, page_token: pageToken } = answer.body.data;
          assert.ok(items.length <= 2, `page ${n}: ${items.length} items for page_size 2`);
          for (const item of items) {
            assert.equal(item.user_id_type, type);
            assert.match(item.user_id, ID_FORMAT[type]!, `page ${n}: ${item.user_id} is not a ${type}`);
            assert.ok(!seen.has(item.user_id), `page ${n}: ${item.user_id} appeared on an earlier page`);
            seen.add(item.user_id);
          }
          if (!hasMore || n >= MAX_PAGES) break;
          answer = await page(ctx, id, { user_id_type: type, page_size: 2, page_token: pageToken });
          assert.equal(answer.body.code, 0, `page ${n + 1}: ${answer.body.code} ${answer.body.msg}`);
        }
      },
    }),
  ),
  {
    id: "feishu.message.recall",
    endpoint: "feishu read_users",
    title: "the suite's message is recalled; its read receipts then answer 230110",
    needs: ["feishu"],
    run: async (ctx) => {
      const id = await ctx.fixtures.message();
      const answer = await ctx.feishu.call("deleteMessage", { path: { message_id: id } });
      assert.equal(answer.body.code, 0, `message recall: ${answer.body.code} ${answer.body.msg}`);
      ctx.fixtures.recalled.add(id);
      const after = await page(ctx, id, { user_id_type: "open_id" });
      assert.equal(after.body.code, 230110);
    },
  },
];
