/** The CLI turns a failure's kind into its exit status in one place (src/cli/sakip.ts EXIT_STATUS). */
import { describe, expect, it } from "vitest";
import { EXIT_STATUS, failure, UNEXPECTED } from "../../src/cli/sakip";
import { FAILURE_CODES, UserError } from "../../src/core/result";
import { sakip } from "../sakip-process";

describe("sakip's exit status follows the failure's kind", () => {
  it("every kind has a status, none of them 0 (done) or 1 (periksa found galat)", () => {
    expect(Object.keys(EXIT_STATUS).sort()).toEqual([...FAILURE_CODES].sort());
    for (const status of Object.values(EXIT_STATUS)) expect(status).toBeGreaterThan(1);
  });

  it.each([
    [new UserError("Tahun tidak valid."), 2, "Tahun tidak valid."],
    [
      new UserError('Berkas "a.xlsx" tidak ditemukan.', "tidak-ditemukan"),
      2,
      'Berkas "a.xlsx" tidak ditemukan.',
    ],
    [
      new UserError("Berkas sedang ditulis oleh proses lain.", "terkunci"),
      75,
      "Berkas sedang ditulis oleh proses lain.",
    ],
    // A bug: the person reads one Indonesian sentence; the English stays for SAKIP_DEBUG=1.
    [new TypeError("x is undefined"), 70, UNEXPECTED],
  ])("%s → %i", (error, status, message) => {
    expect(failure(error)).toMatchObject({ status, message });
  });

  it("a missing file, run as a person runs it: one sentence on stderr and status 2", async () => {
    const run = await sakip("periksa", "/tidak/ada/renaksi.xlsx");
    expect(run.code).toBe(2);
    expect(run.err.trim()).toBe('Berkas "/tidak/ada/renaksi.xlsx" tidak ditemukan.');
  });
});
