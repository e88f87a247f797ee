// The traffic invariants, table-driven: each holds of consistent answers and catches the inconsistent one.
import { describe, expect, it } from "vitest";
import { answerInvariants, StreamInvariants } from "./invariants.js";

const progress = (valid: number, success: number, read: number, recall = false, recallCount = 0) => ({
  code: 0,
  data: {
    batch_message_send_progress: { valid_user_ids_count: valid, success_user_ids_count: success, read_user_ids_count: read },
    batch_message_recall_progress: { recall, recall_count: recallCount },
  },
});
const batch = { batch_message_id: "bm-1" };

describe("answer invariants", () => {
  it.each([
    ["success above valid", progress(5, 6, 0), "success_user_ids_count 6 > valid_user_ids_count 5"],
    ["read above success", progress(5, 4, 5), "read_user_ids_count 5 > success_user_ids_count 4"],
    ["recall_count above success", progress(5, 4, 1, true, 5), "recall_count 5 > success_user_ids_count 4"],
  ])("get_progress: %s", (_name, answer, message) => {
    expect(answerInvariants("getBatchMessageProgress", answer)).toEqual([{ rule: "ordered", message }]);
  });

  it("get_progress: ordered counts pass", () => {
    expect(answerInvariants("getBatchMessageProgress", progress(5, 5, 5, true, 5))).toEqual([]);
  });

  it("read_user: its string counts, read ≤ total", () => {
    const readUser = (read: string, total: string) => ({ code: 0, data: { read_user: { read_count: read, total_count: total } } });
    expect(answerInvariants("getBatchMessageReadUser", readUser("3", "10"))).toEqual([]);
    expect(answerInvariants("getBatchMessageReadUser", readUser("11", "10"))).toEqual([{ rule: "ordered", message: "read_count 11 > total_count 10" }]);
  });

  it.each([
    [{ has_more: true, page_token: "abc" }, []],
    [{ has_more: false }, []],
    [{ has_more: false, page_token: "" }, []], // an empty token on the last page counts as none
    [{ has_more: false, page_token: "abc" }, ["page_token given with has_more false"]],
    [{ has_more: true }, ["has_more true without a page_token"]],
  ])("read_users %j", (data, messages) => {
    expect(answerInvariants("listMessageReadUsers", { code: 0, data: { items: [], ...data } }).map((f) => f.message)).toEqual(messages);
  });

  it("getsendprogress: done means 100%, not started 0%", () => {
    const answer = (status: number, percent: number) => ({ errcode: 0, progress: { status, progress_in_percent: percent } });
    expect(answerInvariants("getSendProgress", answer(2, 100))).toEqual([]);
    expect(answerInvariants("getSendProgress", answer(2, 90))).toEqual([{ rule: "ordered", message: "status 2 (done) at 90%" }]);
    expect(answerInvariants("getSendProgress", answer(0, 10))).toEqual([{ rule: "ordered", message: "status 0 (not started) at 10%" }]);
  });
});

describe("stream invariants", () => {
  it("counts that rise pass; one that goes down is caught, per batch, against the highest seen", () => {
    const stream = new StreamInvariants();
    const check = (answer: unknown, path = batch) => stream.check({ operationId: "getBatchMessageProgress", path, answer });
    expect(check(progress(0, 0, 0))).toEqual([]);
    expect(check(progress(5, 3, 1))).toEqual([]);
    expect(check(progress(1, 0, 0), { batch_message_id: "bm-2" })).toEqual([]); // another batch is its own record
    expect(check(progress(5, 2, 1))).toEqual([{ rule: "monotonic", message: "success_user_ids_count went from 3 down to 2 (bm-1)" }]);
    expect(check(progress(5, 2, 1)).map((f) => f.message)).toEqual(["success_user_ids_count went from 3 down to 2 (bm-1)"]);
    expect(check(progress(5, 3, 2))).toEqual([]);
  });

  it("a recall cannot be undone", () => {
    const stream = new StreamInvariants();
    expect(stream.check({ operationId: "getBatchMessageProgress", path: batch, answer: progress(5, 5, 0, true, 1) })).toEqual([]);
    expect(stream.check({ operationId: "getBatchMessageProgress", path: batch, answer: progress(5, 5, 0, false, 1) })).toEqual([
      { rule: "monotonic", message: "recall went back to false (bm-1)" },
    ]);
  });

  it("a DingTalk task, keyed by the task_id of the request body, never goes back", () => {
    const stream = new StreamInvariants();
    const check = (status: number, percent: number) =>
      stream.check({ operationId: "getSendProgress", path: {}, requestBody: { agent_id: 1, task_id: 42 }, answer: { errcode: 0, progress: { status, progress_in_percent: percent } } });
    expect(check(1, 40)).toEqual([]);
    expect(check(1, 30)).toEqual([{ rule: "monotonic", message: "progress_in_percent went from 40 down to 30 (42)" }]);
  });

  it("holds bounded memory: the oldest record is forgotten past the limit", () => {
    const stream = new StreamInvariants(2);
    const check = (id: string, success: number) => stream.check({ operationId: "getBatchMessageProgress", path: { batch_message_id: id }, answer: progress(9, success, 0) });
    check("a", 5);
    check("b", 5);
    check("c", 5);
    expect(check("a", 1)).toEqual([]); // forgotten
    expect(check("c", 1)).toHaveLength(1); // remembered
  });
});
