/**
 * Trial 2, item 2: "61,68%" typed as the realisasi of an indicator whose target is 63,57 (points) is
 * stored by Sheets as 0,6168; where Periksa cannot tell how the cell is formatted, 0,6168 beside 63,57
 * gives capaian 0,97 % "Sangat Rendah": a galat (Kirim asks for a reason) saying what to type instead.
 * Trial 4, #4: where the cell's number format is read and shows "%", the evaluation tab reads it × 100
 * (core/persen.ts) and computes right, so Periksa says nothing about it either.
 */
import { expect, it } from "vitest";
import { formatAngka } from "../../../../src/core/checks/rules/format-angka";
import { TEMPLATE_COLUMNS } from "../../../../src/core/columns";
import { col, type Row, templateTab } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

/** The reference row (LAKIP TW I: target 63,57, realisasi 61,68) with "61,68%" stored by Sheets as 0,6168. */
const rows: Row[] = [
  {
    indikator: "Persentase Warga Transmigran Mandiri",
    satuan: "%",
    targetTahunan: 63.57,
    targetTw2: 63.57,
    realisasiTw2: 0.6168,
  },
];

it("a percent-formatted realisasi beside a target in points is a galat naming 61,68", () => {
  const fs = run(formatAngka, [templateTab("Bidang Penempatan", rows)]);
  expect(fs.map((f) => [f.severity, f.cell])).toEqual([["error", `${col("realisasiTw2")}2`]]);
  expect(fs[0].message).toContain("0,62 di");
  expect(fs[0].suggestion).toBe(
    `Ketik 61,68 di ${col("realisasiTw2")}2, agar skalanya sama dengan ${col("targetTahunan")}2.`,
  );
});

it("the same 0,6168 in a cell formatted 0.00% is 61,68 for Periksa too, as for the evaluation tab: no galat", () => {
  const tab = templateTab("Bidang Penempatan", rows);
  const at = TEMPLATE_COLUMNS.findIndex((c) => c.field === "realisasiTw2");
  tab.numberFormats = tab.values.map((r, i) => r.map((_, c) => (i === 1 && c === at ? "0.00%" : "General")));
  expect(run(formatAngka, [tab])).toEqual([]);
});
