/**
 * Trial 2, item 2: "61,68%" typed as the realisasi of an indicator whose target is 63,57 (points) is
 * stored by Sheets as 0,6168; the evaluation then shows capaian 0,97 % "Sangat Rendah". Periksa makes
 * it a galat (Kirim asks for a reason) and says what to type instead.
 */
import { expect, it } from "vitest";
import { formatAngka } from "../../../../src/core/checks/rules/format-angka";
import { col, type Row, templateTab } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

it("a percent-formatted realisasi beside a target in points is a galat naming 61,68", () => {
  const rows: Row[] = [
    {
      indikator: "Persentase Warga Transmigran Mandiri",
      satuan: "%",
      targetTahunan: 63.57,
      targetTw2: 63.57,
      realisasiTw2: 0.6168,
    },
  ];
  const fs = run(formatAngka, [templateTab("Bidang Penempatan", rows)]);
  expect(fs.map((f) => [f.severity, f.cell])).toEqual([["error", `${col("realisasiTw2")}2`]]);
  expect(fs[0].message).toContain("0,62 di");
  expect(fs[0].suggestion).toBe(
    `Ketik 61,68 tanpa tanda % di ${col("realisasiTw2")}2 dan ubah format selnya ke angka biasa (Format › Angka › Angka), agar skalanya sama dengan ${col("targetTahunan")}2.`,
  );
});
