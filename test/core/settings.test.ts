/** The year a person types, checked once for the template form, Pengaturan and `--tahun`. */
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/result";
import { checkTahun } from "../../src/core/settings";

describe("checkTahun", () => {
  it.each([
    ["2024", "2024"],
    [" 2025 ", "2025"],
    ["1999", "1999"],
  ])("%j is the year %s", (typed, tahun) => {
    expect(checkTahun(typed)).toBe(tahun);
  });

  it.each(["20x4", "24", "3024", "20245", "", "2024/2025"])("%j is refused, naming the field", (typed) => {
    let error: unknown;
    try {
      checkTahun(typed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({
      code: "masukan",
      field: "tahun",
      message: `Tahun "${typed}" tidak valid: tulis empat angka, misalnya 2024.`,
    });
  });
});
