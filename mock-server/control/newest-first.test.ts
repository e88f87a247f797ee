import { describe, expect, it } from "vitest";
import { newestFirst } from "./newest-first.js";

const ids = (map: Map<string, number>, offset: number, limit: number) => newestFirst(map, offset, limit, (v) => v).items;

describe("newestFirst", () => {
  it("pages from the newest, and sees records added since the last page", () => {
    const map = new Map([["a", 1], ["b", 2], ["c", 3]]);
    expect(ids(map, 0, 2)).toEqual([3, 2]);
    expect(ids(map, 2, 2)).toEqual([1]);
    map.set("d", 4);
    expect(newestFirst(map, 0, 2, (v) => v)).toEqual({ total: 4, offset: 0, limit: 2, items: [4, 3] });
    expect(ids(map, 9, 2)).toEqual([]);
  });

  it("sees an old record removed and a new one added, though the size is the same", () => {
    const map = new Map([["a", 1], ["b", 2]]);
    expect(ids(map, 0, 5)).toEqual([2, 1]);
    map.delete("a");
    map.set("c", 3);
    expect(ids(map, 0, 5)).toEqual([3, 2]);
  });
});
