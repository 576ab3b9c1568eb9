/**
 * `sakip laporan FILE.xlsx --tw 2 [-o laporan.docx]` and `--tahunan`: a Word document next to the
 * input (or where -o says), the input untouched, and one Indonesian sentence for bad input.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/sakip";
import { UserError } from "../../src/core/result";
import { demoWorkbook } from "../../src/emulator/demo";
import { saveXlsx } from "../../src/emulator/xlsx";

const dir = mkdtempSync(join(tmpdir(), "sakip-laporan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const documentXml = (docx: string) =>
  execFileSync("unzip", ["-p", docx, "word/document.xml"], { encoding: "utf8" });

describe("sakip laporan", () => {
  it("writes the LAKIP TW II and the LKjIP Bab III as .docx, leaving the workbook as it was", async () => {
    const xlsx = join(dir, "renaksi.xlsx");
    await saveXlsx(demoWorkbook(), xlsx);
    const before = readFileSync(xlsx);
    const said: string[] = [];
    expect(await main(["laporan", xlsx, "--tw", "2"], (s) => said.push(s))).toBe(0);
    const lakip = join(dir, "renaksi-LAKIP-TW2.docx");
    expect(said.join("")).toBe(
      `Laporan Kinerja Triwulan II Tahun 2024 (19 tabel, 3 grafik) disimpan di ${lakip}.\nTahun 2024 dipakai (dari baris Tahun di tab Pengaturan).\n`,
    );
    const xml = documentXml(lakip);
    expect(xml).toContain(
      "PERNYATAAN TELAH DIEVALUASI ATAS KINERJA BIDANG TRANSMIGRASI TRIWULAN II TAHUN 2024",
    );
    expect(xml).toContain("KAMAL RASYID, S.STP");
    const out = join(dir, "lkjip.docx");
    expect(await main(["laporan", xlsx, "--tahunan", "-o", out], () => {})).toBe(0);
    const lkjip = documentXml(out);
    for (const table of ["Tabel 3.17", "Tabel 3.18", "Tabel 3.19", "Tabel 3.20", "Tabel 3.21", "Tabel 3.22"])
      expect(lkjip).toContain(table);
    // The demo reported TW I and II only: the year's realisasi is "belum diisi", never 0.
    expect(lkjip).toContain("belum diisi");
    expect(readFileSync(xlsx).equals(before)).toBe(true);
    expect(statSync(out).size).toBeGreaterThan(20_000);
  });

  it("says in one sentence what is wrong, and writes nothing", async () => {
    const xlsx = join(dir, "renaksi2.xlsx");
    await saveXlsx(demoWorkbook(), xlsx);
    await expect(main(["laporan", xlsx, "--tw", "2", "--tahunan"], () => {})).rejects.toThrow(
      new UserError("Pilih salah satu: --tw 1..4 (LAKIP triwulan) atau --tahunan (LKjIP Bab III)."),
    );
    await expect(main(["laporan", xlsx], () => {})).rejects.toThrow(/--tw 1, 2, 3 atau 4/);
    await expect(main(["laporan", join(dir, "tidak-ada.xlsx"), "--tw", "1"], () => {})).rejects.toThrow(
      /tidak ditemukan/,
    );
    expect(existsSync(join(dir, "renaksi2-LAKIP-TW2.docx"))).toBe(false);
  });
});
