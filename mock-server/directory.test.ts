import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Directory } from "./directory.js";
import { size } from "./intervals.js";

const directory = new Directory({ seed: 7, largeDepartmentSize: 1_000_000 });
const APP = "cli_9f0a1b2c3d4e5f60";
const OTHER = "cli_0000000000000b0b";

describe("Directory", () => {
  it("gives every user ids in the vendors' formats that decode back to the user", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: directory.size - 1 }), (i) => {
        expect(directory.openId(APP, i)).toMatch(/^ou_[0-9a-f]{32}$/);
        expect(directory.unionId(i)).toMatch(/^on_[0-9a-f]{32}$/);
        expect(directory.userId(i)).toMatch(/^[0-9a-f]{8}$/);
        expect(directory.indexOfOpenId(APP, directory.openId(APP, i))).toBe(i);
        expect(directory.indexOfUnionId(directory.unionId(i))).toBe(i);
        expect(directory.indexOfUserId(directory.userId(i))).toBe(i);
        expect(directory.indexOfEmail(directory.email(i))).toBe(i);
        expect(directory.indexOfDingtalkUserId(directory.dingtalkUserId(i))).toBe(i);
      }),
    );
  });

  it("gives each app its own open_ids, as Feishu does", () => {
    const id = directory.openId(APP, 3);
    expect(directory.openId(OTHER, 3)).not.toBe(id);
    expect(directory.indexOfOpenId(OTHER, id)).toBeUndefined();
  });

  it("rejects ids that are well-formed but name no one", () => {
    expect(directory.indexOfOpenId(APP, `ou_${"0".repeat(32)}`)).toBeUndefined();
    expect(directory.indexOfUnionId(`on_${"f".repeat(32)}`)).toBeUndefined();
    expect(directory.indexOfUserId("zzzzzzzz")).toBeUndefined();
  });

  it("is the same for the same seed and differs for another", () => {
    const again = new Directory({ seed: 7, largeDepartmentSize: 10 });
    const other = new Directory({ seed: 8, largeDepartmentSize: 10 });
    expect(again.user(5, APP)).toEqual(directory.user(5, APP));
    expect(other.user(5, APP).open_id).not.toBe(directory.user(5, APP).open_id);
    expect(directory.user(5, APP).name.length).toBeGreaterThan(0);
  });

  it("has a large department of the configured size, and sub-departments inside their parents", () => {
    expect(size(directory.departmentById("engineering")!.members)).toBe(1_000_000);
    const design = directory.departmentById("design")!.members[0]!;
    const product = directory.departmentById("product")!.members[0]!;
    expect(design[0]).toBeGreaterThanOrEqual(product[0]);
    expect(design[1]).toBeLessThanOrEqual(product[1]);
    expect(directory.departmentById(directory.departmentById("sales")!.open_department_id)?.department_id).toBe("sales");
  });
});
