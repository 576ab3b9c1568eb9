/**
 * The report as a Word document, opened in LibreOffice (headless, its own profile, as
 * test/cli/libreoffice.test.ts does) and converted to PDF and to text: every figure of the evaluation
 * form equals the evaluation tab's, numbers in id-ID, the reference LAKIP TW I anggaran total, the
 * charts present as images, and the Pernyataan page signed by the names typed in Pengaturan.
 * Without soffice the test is skipped loudly, except on CI (CI=true), where that is a failure.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import { renderDocx } from "../../src/render/docx";
import { convert, onCi, soffice, warnWithoutSoffice } from "../utils/libreoffice";

warnWithoutSoffice("UJI LAPORAN .DOCX", "'libreoffice-writer-nogui' dan 'poppler-utils'");

const dir = mkdtempSync(join(tmpdir(), "sakip-docx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts the files with one LibreOffice run per format; returns the text and PDF paths. */
function inLibreOffice(files: string[]): void {
  for (const format of ["pdf", "txt:Text (encoded):UTF8"]) convert(files, format, dir, join(dir, "profile"));
}

const SIGNER: [string, CellValue][] = [
  ["Nama evaluator", "Dra. SITI AMINAH, M.Si"],
  ["NIP evaluator", "19700101 199503 2 004"],
  ["Jabatan evaluator", "Kepala Dinas"],
  ["Pangkat evaluator", "Pembina Tk. I"],
  ["Tempat laporan", "Malili"],
  ["Tanggal laporan", "8 Juli 2024"],
];

const id2 = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe.skipIf(!soffice && !onCi)("the report as a .docx in LibreOffice", () => {
  it("carries the evaluation tab's figures in id-ID, its charts and the Pernyataan signed from Pengaturan", async () => {
    const wb = demoWorkbook();
    const { port } = emulatedPort(wb);
    const settings = wb.getTab("Pengaturan");
    const labels = wb.values(settings, { row: 1, col: 1, rows: 30, cols: 1 }).map((r) => String(r[0]));
    for (const [label, value] of SIGNER) wb.write(settings, labels.indexOf(label) + 1, 2, [[value]]);
    generateTriwulan(port, { tw: 2 });
    const tw2 = join(dir, "laporan-tw2.docx");
    const tw1 = join(dir, "laporan-tw1.docx");
    writeFileSync(tw2, await renderDocx(laporanDocument(port, { tw: 2 })));
    writeFileSync(tw1, await renderDocx(laporanDocument(port, { tw: 1, tabs: ["Bidang Transmigrasi"] })));
    inLibreOffice([tw2, tw1]);
    const lines = readFileSync(join(dir, "laporan-tw2.txt"), "utf8")
      .split(/\r?\n/)
      .map((l) => l.replace(/^\uFEFF/, "").trim());

    // Every indicator of the evaluation tab, in order, with its figures as the tab computed them.
    const evaluasi = wb.getTab("Evaluasi TW II 2024");
    const values = wb.values(evaluasi, { row: 1, col: 1, rows: 80, cols: 27 });
    const header = values[4].map(String);
    const col = (h: string) => header.indexOf(h);
    const rows = values.slice(5).filter((r) => r[col("Kunci")] !== "");
    // A figure may show more decimals than the tab (the indicator's most precise typed figure: 94,20
    // beside 95,33), never another value: it is matched as a number, a capaian with two decimals.
    const shown = (v: CellValue, empty: string, pct = false): string | number =>
      v === ""
        ? empty
        : typeof v === "number"
          ? pct
            ? id2.format(v)
            : Math.round(v * 100) / 100
          : String(v);
    const matches = (line: string, e: string | number) =>
      typeof e === "number"
        ? /^-?[\d.]+(,\d{1,2})?$/.test(line) && Number(line.replace(/\./g, "").replace(",", ".")) === e
        : line === e;
    let from = lines.findIndex((l) => l.startsWith("EVALUASI KINERJA SEKRETARIAT"));
    expect(from).toBeGreaterThan(0);
    for (const r of rows) {
      const expected = [
        String(r[col("Indikator")]),
        String(r[col("Satuan")]),
        shown(r[col("Target TW II")], "–"),
        // A quarter without target (blank or 0, every demo indicator is positif) shows "–", as the tab.
        shown(
          r[col("Realisasi TW II")],
          [0, ""].includes(r[col("Target TW II")] as number) ? "–" : "belum diisi",
        ),
        shown(r[col("Target s.d. TW II")], "–"),
        shown(r[col("Realisasi s.d. TW II")], "belum diisi"),
        shown(r[col("Capaian s.d. TW II (%)")], "-", true),
        shown(r[col("Kriteria")], "-"),
      ];
      const same = (i: number) => expected.every((e, k) => matches(lines[i + k] ?? "", e));
      const at = lines.findIndex((_, i) => i >= from && same(i));
      const near = lines.findIndex((l, i) => i >= from && l === expected[0]);
      expect(
        at,
        `${expected.join(" | ")} in the evaluation form; found ${lines.slice(near, near + 8).join(" | ")}`,
      ).toBeGreaterThan(0);
      from = at + expected.length;
    }
    const text = lines.join("\n");
    // id-ID: thousands dots, decimal comma, two decimals for a percentage; no 1,234,567 nor 97.03.
    expect(text).toContain("4.247.103.144");
    expect(lines.filter((l) => /^-?\d{1,3}(,\d{3})+$/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^-?\d+\.\d{1,2}$/.test(l))).toEqual([]);
    expect(text).toContain("97,03");

    // The charts are images in the document and on the PDF's pages.
    const media =
      execFileSync("unzip", ["-l", tw2], { encoding: "utf8" }).match(/word\/media\/\S+\.png/g) ?? [];
    expect(media).toHaveLength(3);
    const images = execFileSync("pdfimages", ["-list", join(dir, "laporan-tw2.pdf")], { encoding: "utf8" })
      .split("\n")
      .filter((l) => l.trim().split(/\s+/)[2] === "image");
    expect(images.length).toBe(3);

    // Every bidang's Pernyataan page carries the evaluator from Pengaturan.
    const pdfText = execFileSync("pdftotext", ["-layout", join(dir, "laporan-tw2.pdf"), "-"], {
      encoding: "utf8",
    });
    const pages = pdfText.split("\f").filter((p) => p.includes("PERNYATAAN TELAH DIEVALUASI"));
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      expect(page).toContain("Malili, 8 Juli 2024");
      expect(page).toContain("KEPALA DINAS");
      expect(page).toContain("Dra. SITI AMINAH, M.Si");
      expect(page).toContain("NIP. 19700101 199503 2 004");
      expect(page).toContain("Pangkat: Pembina Tk. I");
    }
    expect(pages.some((p) => p.includes("ATAS KINERJA BIDANG TRANSMIGRASI TRIWULAN II TAHUN 2024"))).toBe(
      true,
    );

    // The reference LAKIP TW I anggaran table, as printed from the Word document.
    const tw1Lines = readFileSync(join(dir, "laporan-tw1.txt"), "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim());
    const total = tw1Lines.indexOf("TOTAL");
    expect(tw1Lines.slice(total, total + 5).filter(Boolean)).toEqual([
      "TOTAL",
      "924.007.650",
      "285.785.522",
      "37.843.360",
      "13,24",
    ]);
    const pengembangan = tw1Lines.indexOf("Program Pengembangan Kawasan Transmigrasi");
    expect(tw1Lines.slice(pengembangan, pengembangan + 5)).toEqual([
      "Program Pengembangan Kawasan Transmigrasi",
      "508.889.650",
      "66.436.572",
      "10.045.000",
      "15,12",
    ]);
    // A sub kegiatan is numbered inside its name, as the reference prints "3 Pemindahan dan Penempatan …".
    const pemindahan = tw1Lines.findIndex((l) => l.startsWith("3 Pemindahan dan Penempatan Transmigran"));
    expect(tw1Lines.slice(pemindahan + 1, pemindahan + 5)).toEqual(["37.001.600", "-", "-", "-"]);
    expect(existsSync(join(dir, "laporan-tw1.pdf"))).toBe(true);
    mkdirSync(join(dir, "done"), { recursive: true });
  });
});
