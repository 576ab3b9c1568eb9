/**
 * Trial 7 #26: targets written as in the PK — "≥ 80%", "min. 80", "paling sedikit 80", "≤ 5",
 * "maks. 5" — were refused ("Target … bukan angka" in the tab, "Bukan angka: pakai add-on" in the
 * file for Excel). They are bounds: met → 100 (as inside a range, DOMAIN.md), else the realisasi
 * against the bound by polaritas; the same figure in Sheets (CAPAIAN), in the file for Excel /
 * LibreOffice (the row's hidden "Skala Target …" cells, only on such rows) and in LibreOffice.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseBidang, readWorkbook } from "../../src/app/plans";
import type { WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { main } from "../../src/cli/sakip";
import { SCALES } from "../../src/core/kriteria";
import { indicatorFigures } from "../../src/core/report/figures";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import { binapentaWorkbook } from "../utils/binapenta";
import { evaluationRows } from "../utils/evaluasi";
import { CSV_ALL_SHEETS, convert, onCi, parseCsv, soffice, warnWithoutSoffice } from "../utils/libreoffice";

warnWithoutSoffice(
  "UJI LIBREOFFICE",
  "'libreoffice-calc-nogui' untuk menjalankan test/cli/triwulan-batas.test.ts",
);

/** Target tahunan (G) and TW I–IV (H–K) of a row, realisasi TW I (V) and TW II (W). */
const row = (r: number, tahunan: string, tws: string[], v: number, w: number) => ({
  [`G${r}`]: tahunan,
  ...Object.fromEntries(["H", "I", "J", "K"].map((c, i) => [`${c}${r}`, tws[i]])),
  [`V${r}`]: v,
  [`W${r}`]: w,
});
/** The trial 3 plan (no Polaritas column: positif), its rows' targets typed as a PK writes them. */
const EDIT = {
  // At most 5 %: 4,05 meets it (100); the TW I bound "maks. 4" is not met by 4,30.
  ...row(6, "≤ 5%", ["maks. 4", "≤ 5", "≤ 5", "≤ 5"], 4.3, 4.05),
  // Sifat akhir, read from the bounds (60, 60, 70, 80 → 80; it was kumulatif: the bounds were no
  // numbers, and their sum no target): 72 meets "min. 60" (100), not the annual "minimal 80 orang"
  // (90; the file for Excel read its last word, "orang", trial 8).
  ...row(7, "minimal 80 orang", ["min. 60", "min. 60 orang", "min. 70", "paling sedikit 80 orang"], 65, 72),
  // The trial's jembatan row: "≥ 78%" with 78,5 (100); annual "≥ 80%": 78,5 / 80 = 98,13.
  ...row(8, "≥ 80%", ["≥ 78%", "≥ 78%", "≥ 79%", "≥ 80%"], 78.5, 78.5),
};
const ROWS = [
  "Tingkat Pengangguran Terbuka",
  "Jumlah pencari kerja yang ditempatkan",
  "Persentase lowongan kerja yang terisi",
];
const CAPAIAN = ["Capaian TW II (%)", "Capaian thd target tahunan (%)", "Kriteria"];
const LABELS = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];
const shown = (v: unknown) =>
  typeof v === "number" || (typeof v === "string" && v !== "" && !Number.isNaN(Number(v)))
    ? Number(Number(v).toFixed(9))
    : LABELS.includes(String(v))
      ? v
      : "bukan angka";

function figures(port: WorkbookPort, tab: string) {
  const rows = evaluationRows(port, tab);
  return ROWS.map((name) => {
    const found = rows.find((r) => r.Indikator === name);
    if (!found) throw new Error(name);
    return CAPAIAN.map((h) => shown(found[h]));
  });
}

function generate(standard: boolean) {
  const { port } = emulatedPort(binapentaWorkbook(EDIT));
  const report = generateTriwulan(port, { tw: 2, ...(standard ? { standard: standardRowFormulas } : {}) });
  return figures(port, report.tab);
}

describe("a bound target (≥, min., maks.) in the evaluation tab", () => {
  it("is read in Sheets and in the file for Excel alike: met → 100, else against the bound", () => {
    const sheets = generate(false);
    expect(sheets).toEqual([
      [100, 100, "Sangat Tinggi"],
      [100, 90, "Sangat Tinggi"],
      [100, 98.125, "Sangat Tinggi"],
    ]);
    expect(generate(true)).toEqual(sheets);
  });

  it("the report computes the same capaian and kriteria (LAKIP, LKjIP)", () => {
    const { port } = emulatedPort(binapentaWorkbook(EDIT));
    const report = generateTriwulan(port, { tw: 2 });
    const tab = evaluationRows(port, report.tab);
    const figures = indicatorFigures(chooseBidang(readWorkbook(port)), {
      tw: 2,
      scale: SCALES.permendagri86,
    });
    const got = ROWS.map((name) => {
      const f = figures.find((x) => x.row.indikator === name);
      return [f?.capaianSd, f?.capaianTahunan, f?.kriteria].map(shown);
    });
    const inTab = ROWS.map((name) => {
      const r = tab.find((x) => x.Indikator === name) ?? {};
      return ["Capaian s.d. TW II (%)", "Capaian thd target tahunan (%)", "Kriteria"].map((h) => shown(r[h]));
    });
    expect(got).toEqual(inTab);
    expect(got.map((r) => r[1])).toEqual([100, 90, 98.125]);
  });
});

const dir = mkdtempSync(join(tmpdir(), "sakip-batas-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!soffice && !onCi)("sakip triwulan's file recalculated in LibreOffice", () => {
  it("shows the bound rows' capaian and kriteria as the add-on computes them", async () => {
    const input = join(dir, "batas.xlsx");
    await saveXlsx(binapentaWorkbook(EDIT), input);
    expect(await main(["triwulan", input, "--tw", "2"], () => {})).toBe(0);
    const file = join(dir, "batas-TW2.xlsx");
    convert([file], CSV_ALL_SHEETS, join(dir, "csv"), join(dir, "profile"));
    const tab = "Evaluasi TW II 2025";
    const csv = join(dir, "csv", `batas-TW2-${tab}.csv`);
    expect(existsSync(csv), csv).toBe(true);
    const lo = parseCsv(readFileSync(csv, "utf8"));
    const header = lo[4];
    const inLo = ROWS.map((name) => {
      const r = lo.find((x) => x[header.indexOf("Indikator")] === name) ?? [];
      return CAPAIAN.map((h) => shown(r[header.indexOf(h)]));
    });
    expect(inLo).toEqual(generate(false));
    // The emulator reading the same file agrees (what `sakip rekap` and Verifikasi read).
    const { port } = emulatedPort(await loadXlsx(file));
    expect(figures(port, tab)).toEqual(inLo);
  });
});
