import { describe, expect, it } from "vitest";
import { list, nullable, object, optional, record, text, union, validate, whole } from "../src/schema";

/** What the use cases receive from the sidebar's arguments (the endpoints' bounds: test/api.test.ts). */
describe("the contract's schemas", () => {
  const note = object({ tw: whole(1, 4), catatan: text(20), tabs: optional(list(text(10, 1), 3)) });

  it("passes on only the declared keys, an absent optional one left absent", () => {
    expect(validate(note, { tw: 2, catatan: "cek", extra: "<b>", tabs: undefined })).toEqual({
      ok: true,
      value: { tw: 2, catatan: "cek" },
    });
  });

  it("names the first part that does not fit, for the panel to point at its field", () => {
    expect(validate(note, { tw: 2, catatan: 3 })).toEqual({ ok: false, path: ["catatan"] });
    expect(validate(note, { tw: 2, catatan: "", tabs: ["A", ""] })).toEqual({ ok: false, path: ["tabs", 1] });
    expect(validate(note, { catatan: "" })).toEqual({ ok: false, path: ["tw"] });
    expect(validate(note, null)).toEqual({ ok: false, path: [] });
    expect(validate(note, [2, "cek"])).toEqual({ ok: false, path: [] });
  });

  it("keeps a key such as __proto__ as a plain entry of a map of texts", () => {
    const answers = validate(record(text(20), text(20)), JSON.parse('{"__proto__": "x", "a": ""}'));
    expect(answers.ok && Object.getPrototypeOf(answers.value)).toBe(Object.prototype);
    expect(answers.ok && Object.entries(answers.value)).toEqual([
      ["__proto__", "x"],
      ["a", ""],
    ]);
  });

  it("takes null only where allowed, and the first alternative that fits", () => {
    expect(validate(nullable(text(5)), null)).toEqual({ ok: true, value: null });
    expect(validate(text(5), null).ok).toBe(false);
    const tw = union(whole(1, 4), text(7, 7));
    expect(validate(tw, 3)).toEqual({ ok: true, value: 3 });
    expect(validate(tw, "tahunan")).toEqual({ ok: true, value: "tahunan" });
    expect(validate(tw, 5)).toEqual({ ok: false, path: [] });
  });
});
