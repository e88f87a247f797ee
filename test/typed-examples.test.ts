// The literals type-checked in typed-examples.ts are exactly the vendor documents' examples.
import { describe, expect, it } from "vitest";
import { dingtalkTableExamples, jsonBlocks, SEEDS, seedText, typedExample } from "./helpers/seed-documents.js";
import * as typed from "./typed-examples.js";

describe("typed examples are the documents' own", () => {
  it.each([
    [SEEDS.getProgress, typed.getProgressExample],
    [SEEDS.readUser, typed.readUserExample],
    [SEEDS.recall, typed.recallExample],
    [SEEDS.readUsers, typed.readUsersExample],
  ])("%s", (seed, literal) => {
    expect(literal).toEqual(jsonBlocks(seedText(seed))[0]);
  });

  it(SEEDS.getSendProgress, () => {
    const table = dingtalkTableExamples(seedText(SEEDS.getSendProgress));
    const value = (name: string) => typedExample(table.get(name));
    expect(typed.getSendProgressRequestExample).toEqual({ agent_id: value("agent_id"), task_id: value("task_id") });
    expect(typed.getSendProgressExample).toEqual({
      request_id: value("request_id"),
      errcode: value("errcode"),
      errmsg: value("errmsg"),
      progress: { progress_in_percent: value("progress_in_percent"), status: value("status") },
    });
  });

  it("keeps five refused bodies, each a type error", () => {
    expect(typed.refused).toHaveLength(5);
  });

  it("tells a DingTalk success from a failure by errcode (the narrowing typecheck proves)", () => {
    expect(typed.progressOf(typed.getSendProgressExample)).toEqual({ percent: 100, status: 2 });
    expect(typed.progressOf({ errcode: 40035, errmsg: "不合法的参数" })).toEqual({ failed: 40035 });
  });
});
