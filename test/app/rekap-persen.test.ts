/**
 * The rekap reads a percent-formatted cell as the evaluation tab does (trial 4 #4): "63,1%" typed in
 * Sheets id-ID is stored as 0,631 with the format 0.00 %, the evaluation tab and its Ringkasan read
 * 63,1 (capaian 99,26, Sangat Tinggi), and `sakip rekap` on the saved file must say the same, not
 * 0,99 % "Sangat Rendah".
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { rekapFiles } from "../../src/app/rekap";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import { evaluationRows, summaryRows } from "../utils/evaluasi";
import { typedPlan } from "../utils/typed-plan";

const dir = mkdtempSync(join(tmpdir(), "sakip-rekap-persen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TAB = "Kesmas";
/** Two indicators as typed in Sheets; the first one's TW I realisasi typed "63,1%". */
const plan = () =>
  typedPlan(TAB, [
    {
      kode: "1.02.01",
      indikator: "Cakupan imunisasi dasar lengkap",
      satuan: "%",
      sifat: "tetap",
      targetTahunan: "63,57",
      targetTw1: "63,57",
      realisasiTw1: "63,1%",
    },
    {
      kode: "1.02.02",
      indikator: "Jumlah puskesmas terakreditasi",
      satuan: "unit",
      sifat: "kumulatif",
      targetTahunan: "18",
      targetTw1: "4",
      realisasiTw1: "4",
    },
  ]);

it("a percent-formatted realisasi counts in the rekap as the evaluation tab and its Ringkasan rate it", async () => {
  const wb = plan();
  const { port } = emulatedPort(wb);
  const report = generateTriwulan(port, { tw: 1, tahun: "2025" });
  const own = evaluationRows(port, report.tab)[0];
  expect(own["Realisasi TW I"]).toBeCloseTo(63.1, 9);
  expect(own.Kriteria).toBe("Sangat Tinggi");
  const jumlah = summaryRows(port, "Ringkasan TW I 2025").at(-1) ?? {};
  expect(jumlah["Sangat Tinggi"]).toBe(2);

  // The file as saved (the cell stays 0,631 formatted 0.00%), read by `sakip rekap`.
  const path = join(dir, "dinkes.xlsx");
  await saveXlsx(wb, path);
  const rekap = await rekapFiles(
    [{ file: "dinkes.xlsx", open: async () => emulatedPort(await loadXlsx(path)).port }],
    1,
    sha256,
  );
  const [row] = rekap.files;
  expect(row.error).toBeNull();
  expect(row.kriteria).toEqual({ "Sangat Tinggi": 2, Tinggi: 0, Sedang: 0, Rendah: 0, "Sangat Rendah": 0 });
  expect(row.rataCapaian).toBeCloseTo(((63.1 / 63.57) * 100 + 100) / 2, 9);
});
