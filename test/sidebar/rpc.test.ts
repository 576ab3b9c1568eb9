/** The panel answers a failure by its kind (sidebar/rpc.ts `reaction`); the browser test shows it. */
import { describe, expect, it } from "vitest";
import { CallError, reaction } from "../../sidebar/rpc";
import { FAILURE_CODES } from "../../src/core/result";

const template = { opd: "t-opd", tahun: "t-tahun", bidang: "t-bidang", skala: "t-skala" };

describe("how the panel answers a failed call", () => {
  it.each([
    ["a busy document offers Coba lagi", new CallError("Spreadsheet sedang diubah…", "terkunci"), true, null],
    [
      "bad input points at its field",
      new CallError("Tahun tidak valid.", "masukan", "tahun"),
      false,
      "t-tahun",
    ],
    ["bad input of an argument the form has no input for", new CallError("x", "masukan", "tw"), false, null],
    [
      "a field named by another kind is not marked",
      new CallError("x", "tidak-ditemukan", "tahun"),
      false,
      null,
    ],
    ["an unexpected error only says so", new CallError("Terjadi kesalahan…", "internal"), false, null],
    ["a plain Error (no reply) only says so", new Error("Server tidak dapat dihubungi"), false, null],
  ])("%s", (_, error, retry, focus) => {
    expect(reaction(error, template)).toEqual({ message: error.message, retry, focus });
  });

  it("only a busy document is worth the same action again", () => {
    const retried = FAILURE_CODES.filter((code) => reaction(new CallError("x", code), template).retry);
    expect(retried).toEqual(["terkunci"]);
  });
});
