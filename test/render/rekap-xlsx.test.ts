/**
 * The rekap's .xlsx opened in LibreOffice Calc (headless, its own profile, as test/cli/libreoffice.test.ts
 * does): every sheet read back as CSV carries the rekap's figures as numbers, and the PDF LibreOffice
 * prints holds the chart of kriteria per OPD as an image. Without soffice the test is skipped
 * loudly, except on CI (CI=true), where that is a failure.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rekapOfFiles } from "../../src/cli/rekap";
import { sha256 } from "../../src/cli/sakip";
import { saveXlsx } from "../../src/emulator/xlsx";
import { rekapChartImage } from "../../src/render/rekap-chart";
import { rekapXlsx } from "../../src/render/rekap-xlsx";
import { convert as convertFiles, onCi, parseCsv, soffice, warnWithoutSoffice } from "../utils/libreoffice";
import { opdWorkbook, review } from "../utils/opd";

warnWithoutSoffice("UJI REKAP .XLSX DI LIBREOFFICE", "'libreoffice-calc-nogui' dan 'poppler-utils'");

const dir = mkdtempSync(join(tmpdir(), "sakip-rekap-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function convert(file: string, format: string): void {
  convertFiles([file], format, dir, join(dir, "profile"));
}

describe.skipIf(!soffice && !onCi)("the rekap .xlsx in LibreOffice Calc", () => {
  it("shows every file's figures as numbers, the total, the ranking, the findings, and the chart as an image", async () => {
    expect(
      soffice,
      "soffice tidak ditemukan, padahal CI=true: pasang libreoffice-calc-nogui.",
    ).not.toBeNull();
    const files: string[] = [];
    for (const [seed, stage] of [
      [1, "dikirim"],
      [2, "berubah"],
    ] as const) {
      const wb = opdWorkbook(seed, 24, 2);
      review(wb, 2, stage);
      files.push(join(dir, `opd-${seed}.xlsx`));
      await saveXlsx(wb, files[files.length - 1]);
    }
    files.push(join(dir, "rusak.xlsx"));
    writeFileSync(files[2], "bukan workbook");
    const rekap = await rekapOfFiles(files, 2, sha256);
    const target = join(dir, "rekap.xlsx");
    writeFileSync(target, await rekapXlsx(rekap, await rekapChartImage(rekap)));

    // Every sheet to its own CSV, raw values (not as shown): the figures LibreOffice reads.
    convert(target, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
    const sheet = (name: string) => {
      const path = join(dir, `rekap-${name}.csv`);
      expect(existsSync(path), path).toBe(true);
      return parseCsv(readFileSync(path, "utf8"));
    };
    const main = sheet("Rekap TW II");
    const header = main[3];
    const at = (row: string[], h: string) => row[header.indexOf(h)];
    const num = (row: string[], h: string) => Number(at(row, h));
    rekap.files.forEach((f, i) => {
      const row = main[4 + i];
      expect(at(row, "Berkas")).toBe(f.file);
      if (f.error !== null) {
        expect(at(row, "Keterangan")).toBe(f.error);
        return;
      }
      expect(at(row, "OPD")).toBe(f.opd);
      expect(num(row, "Jumlah indikator")).toBe(f.indikator);
      for (const l of rekap.labels) expect(num(row, l), l).toBe(f.kriteria[l]);
      expect(num(row, "Rata-rata capaian s.d. TW II (%)")).toBeCloseTo(f.rataCapaian as number, 9);
      expect(num(row, "Median capaian s.d. TW II (%)")).toBeCloseTo(f.medianCapaian as number, 9);
      expect(num(row, "Pagu (Rp)")).toBe(f.pagu);
      expect(num(row, "Realisasi anggaran s.d. TW II (Rp)")).toBe(f.realisasiAnggaran);
      expect(num(row, "Serapan thd pagu (%)")).toBeCloseTo(f.serapan as number, 9);
      expect(num(row, "Galat")).toBe(f.galat);
      expect(at(row, "Status reviu")).toBe(f.status);
      expect(at(row, "Sidik jari")).toBe(
        f.sidikBerubah ? "berubah setelah dikirim" : "sama dengan yang dikirim",
      );
    });
    const total = main[4 + rekap.files.length];
    expect(at(total, "OPD")).toBe("Jumlah (3 berkas, 1 tidak terbaca)");
    expect(num(total, "Jumlah indikator")).toBe(rekap.total.indikator);
    expect(num(total, "Pagu (Rp)")).toBe(rekap.total.pagu);
    const ranking = sheet("Peringkat");
    expect(ranking.slice(3, 5).map((r) => [Number(r[0]), r[1]])).toEqual(
      rekap.ranking.map((i) => [rekap.files[i].peringkat, rekap.files[i].opd]),
    );
    const findings = sheet("Temuan");
    expect(findings[0].slice(0, 6)).toEqual(["Berkas", "OPD", "Tab", "Sel", "Aturan", "Tingkat"]);
    expect(findings.length - 1).toBe(rekap.findings.length);

    // Printed by LibreOffice, the rekap tab carries the chart: a PNG image in the PDF.
    convert(target, "pdf");
    const pdf = join(dir, "rekap.pdf");
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("REKAP EVALUASI KINERJA OPD TRIWULAN II");
    const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" })
      .trim()
      .split("\n")
      .slice(2);
    expect(images.length, "the chart image in the PDF").toBeGreaterThanOrEqual(1);
  }, 180_000);
});
