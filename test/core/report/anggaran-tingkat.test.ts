/**
 * Trial 4 #17, third bullet: the LAKIP anggaran table shows each line's level as the reference LAKIP
 * TW I (Luwu Timur) prints it — program in roman numerals and bold, kegiatan numbered 1, 2 … in the
 * No column, sub kegiatan numbered inside the name column under its kegiatan, with No blank:
 *   V	PROGRAM PERENCANAAN KAWASAN TRANSMIGRASI	82.476.650 …
 *   1	Kegiatan Pencadangan Tanah Untuk Kawasan Transmigrasi	82.476.650 …
 *   	1 Identifikasi Potensi Kawasan Transmigrasi	28.336.000 …
 *   	2 Penyediaan Tanah untuk Pembangunan Kawasan Transmigrasi	54.140.650 …
 * (before, a kegiatan and its sub kegiatan were both "1"), in the model, the Sheets tab (and so the
 * .xlsx saved from it) and the .docx (the sub kegiatan indented under the kegiatan).
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { generateLaporan, laporanDocument } from "../../../src/app/laporan";
import type { ReportTable } from "../../../src/core/report/model";
import { demoWorkbook } from "../../../src/emulator/demo";
import { emulatedPort } from "../../../src/emulator/session";
import { renderDocx } from "../../../src/render/docx";

const TRANSMIGRASI = "Bidang Transmigrasi";

// biome-ignore format: No | name as the reference prints the first program of its table
const REFERENCE: [string, string][] = [
  ["I", "Program Perencanaan Kawasan Transmigrasi"],
  ["1", "Kegiatan Pencadangan Tanah untuk Kawasan Transmigrasi"],
  ["", "1 Identifikasi Potensi Kawasan Transmigrasi"],
  ["", "2 Penyediaan Tanah untuk Pembangunan Kawasan Transmigrasi"],
  ["II", "Program Pembangunan Kawasan Transmigrasi"],
  ["1", "Kegiatan Penataan Persebaran Penduduk yang Berasal dari 1 (satu) Daerah Kabupaten/Kota"],
  ["", "1 Koordinasi dan Sinkronisasi Kerjasama Pembangunan Transmigrasi Yang Berasal Dari 1 (satu) Daerah Kabupaten/Kota"],
];

function anggaran() {
  const wb = demoWorkbook();
  const { port } = emulatedPort(wb);
  const doc = laporanDocument(port, { tw: 1, tabs: [TRANSMIGRASI] });
  const table = doc.blocks.find((b): b is ReportTable => b.kind === "table" && b.id.startsWith("anggaran-"));
  if (!table) throw new Error("no anggaran table");
  return { wb, port, doc, table };
}

describe("the anggaran table shows program, kegiatan and sub kegiatan apart, as the reference LAKIP", () => {
  it("numbers them I / 1 / 1 inside the name, bold programs, indented kegiatan and sub kegiatan", () => {
    const { table } = anggaran();
    const rows = table.rows.slice(0, REFERENCE.length);
    expect(rows.map((r) => [r.cells[0].text, r.cells[1].text])).toEqual(REFERENCE);
    expect(rows.map((r) => r.kind ?? "")).toEqual(["group", "", "", "", "group", "", ""]);
    expect(rows.map((r) => r.indent ?? 0)).toEqual([0, 1, 2, 2, 0, 1, 2]);
  });

  it("in the Sheets tab: the same numbers, the sub kegiatan set in further than its kegiatan", () => {
    const { wb, port } = anggaran();
    const { tab } = generateLaporan(port, { tw: 1, tabs: [TRANSMIGRASI] });
    const values = wb.values(wb.getTab(tab), { row: 1, col: 1, ...wb.usedSize(wb.getTab(tab)) });
    // The table's rows: the sub kegiatan's name is printed there only, its kegiatan and program above it.
    const s = values.findIndex((r) => String(r[1]).trim() === REFERENCE[2][1]);
    const [program, kegiatan, sub] = values.slice(s - 2, s + 1);
    expect(program.slice(0, 2)).toEqual(["I", REFERENCE[0][1]]);
    expect(String(kegiatan[1]).trim()).toBe(REFERENCE[1][1]);
    expect(kegiatan[0]).toBe("1");
    expect(sub[0]).toBe("");
    const lead = (v: unknown) => String(v).length - String(v).trimStart().length;
    expect(lead(sub[1])).toBeGreaterThan(lead(kegiatan[1]));
    expect(lead(kegiatan[1])).toBeGreaterThan(0);
  });

  it("in the .docx: the sub kegiatan's paragraph is indented more than its kegiatan's", async () => {
    const { doc } = anggaran();
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const indentOf = (name: string) => {
      const at = xml.indexOf(`>${name.replace(/&/g, "&amp;")}<`);
      expect(at, name).toBeGreaterThan(0);
      const start = xml.lastIndexOf("<w:p>", at) >= 0 ? xml.lastIndexOf("<w:p", at) : 0;
      const m = /<w:ind w:left="(\d+)"/.exec(xml.slice(start, at));
      return m ? Number(m[1]) : 0;
    };
    expect(indentOf(REFERENCE[2][1])).toBeGreaterThan(indentOf(REFERENCE[1][1]));
    expect(indentOf(REFERENCE[1][1])).toBeGreaterThan(indentOf(REFERENCE[0][1]));
  });
});
