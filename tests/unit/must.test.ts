import { describe, expect, it } from "vitest";
import { matchGroup, must } from "@/lib/must";

describe("must", () => {
  it("passes a present value through, falsy ones included", () => {
    expect(must(0, "số")).toBe(0);
    expect(must("", "chuỗi")).toBe("");
    expect(must(null, "giá trị")).toBeNull();
  });

  it("throws a message naming what is missing", () => {
    expect(() => must([1][1], "phần tử thứ hai")).toThrow("Lỗi nội bộ: thiếu phần tử thứ hai");
  });
});

describe("matchGroup", () => {
  it("returns a group's text, empty when it matched nothing", () => {
    const m = /^(\d+)-(\w*)$/.exec("12-")!;
    expect(matchGroup(m, 1)).toBe("12");
    expect(matchGroup(m, 2)).toBe("");
  });

  it("throws for a group that did not take part in the match", () => {
    const m = /^(a)|(b)$/.exec("a")!;
    expect(() => matchGroup(m, 2)).toThrow("nhóm 2");
  });
});
