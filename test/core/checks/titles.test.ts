/**
 * Trial 2, item 16: a finding's title names the problem ("Format angka tidak konsisten: 2 temuan"),
 * never the rule as a state that holds ("Format angka konsisten: 2 temuan" reads as 2 cases of
 * consistency) — in Periksa, the Rekap and the report, which all show these titles.
 */
import { expect, it } from "vitest";
import { ruleTitles } from "../../../src/core/checks";

const PROBLEM = /\b(tidak|belum|salah|melebihi|hilang|kosong|berbeda|meragukan|ganda)\b/;

it("every rule title names the problem", () => {
  const titles = ruleTitles();
  for (const [id, title] of Object.entries(titles)) expect(title, id).toMatch(PROBLEM);
  expect(titles["format-angka"]).toBe("Format angka tidak konsisten");
  expect(titles["anggaran-induk"]).toBe("Jumlah pagu anak tidak sama dengan pagu induk");
});
