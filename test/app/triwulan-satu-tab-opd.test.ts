/**
 * Trial 7 #12 (the evaluation tab): a Kecamatan's only plan tab 'RENAKSI 2026' names the document,
 * not a bidang. The reports name the office for it (962bddb); the evaluation tab and its Ringkasan
 * said "BIDANG: RENAKSI 2026". One rule for all of them (core/settings.ts `unitNames`). A tab made
 * by the version before, headed by the tab's name, is still the add-on's: Kirim sends it, and
 * "Buat tab Triwulan" renames its heading without counting it as a person's. Trial 8 #5: the panel's
 * LAKIP of such an office (the office named by its title row) was refused ("7 angka berbeda": its
 * per-bidang counts named the office, the server's the tab), and "buat laporan lagi" never helped.
 */
import { describe, expect, it } from "vitest";
import { laporanInput, submitLaporan } from "../../src/app/laporan";
import { submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { laporanFromJson } from "../../src/core/report-build";
import { inputJson } from "../../src/core/report-input";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx } from "../../src/emulator/xlsx";
import { reviuDeps } from "../fixtures/reviu";
import { rowsOf } from "../utils/reviu";

const EVAL = "Evaluasi TW II 2026";
const RINGKASAN = "Ringkasan TW II 2026";
const OFFICE = "Kecamatan Sukamaju";
const STAFF = "staf@kecamatan.go.id";

async function kecamatan() {
  const wb = await loadXlsx("test/fixtures/laporan/trial7-kec.xlsx");
  const port = emulatedPort(wb, { user: STAFF, owner: STAFF }).port;
  return { wb, port, run: () => generateTriwulan(port, { tw: 2 }).message };
}

/** The cells that name the unit: the evaluation tab's BIDANG row, the Ringkasan's bidang row. */
function unitCells(wb: MemoryWorkbook) {
  const heading = rowsOf(wb, EVAL).flatMap((r, i) =>
    r.flatMap((v, c) =>
      String(v).startsWith("BIDANG: ") ? [{ row: i + 1, col: c + 1, text: String(v) }] : [],
    ),
  );
  const ring = rowsOf(wb, RINGKASAN);
  const header = ring.findIndex((r) => r[0] === "Bidang");
  const bidang = ring.slice(header + 1).findIndex((r) => r[0] !== "") + header + 2;
  return { heading, bidang: { row: bidang, text: String(ring[bidang - 1][0]) } };
}

describe("a one-tab office whose tab is named as the document ('RENAKSI 2026')", () => {
  it("the evaluation tab and its Ringkasan name the office, as the LAKIP does", async () => {
    const { wb, run } = await kecamatan();
    run();
    const { heading, bidang } = unitCells(wb);
    expect(heading.map((h) => h.text)).toEqual([`BIDANG: ${OFFICE}`]);
    expect(bidang.text).toBe(OFFICE);
    // Made again: the same rows, nothing counted as a person's.
    const again = run();
    expect(again).toContain("(0 baru, 0 tidak ada lagi di rencana)");
    expect(again).toContain("isian Anda: 0 tetap di tempatnya");
  });

  it("tabs made by the version before (headed 'RENAKSI 2026') are sent as they are: their Ringkasan is that tab's", async () => {
    const { wb, port, run } = await kecamatan();
    run();
    const { heading, bidang } = unitCells(wb);
    // As the version before wrote them.
    wb.write(wb.getTab(EVAL), heading[0].row, heading[0].col, [["BIDANG: RENAKSI 2026"]]);
    wb.write(wb.getTab(RINGKASAN), bidang.row, 1, [["RENAKSI 2026"]]);
    const sent = submitForReview(port, reviuDeps(STAFF), { tw: 2, force: true, reason: "uji" });
    expect(sent.status).toBe("dikirim");
  });

  it("made again over the version before's tabs, the heading is the office's and counted as the add-on's", async () => {
    const { wb, run } = await kecamatan();
    run();
    const { heading, bidang } = unitCells(wb);
    wb.write(wb.getTab(EVAL), heading[0].row, heading[0].col, [["BIDANG: RENAKSI 2026"]]);
    wb.write(wb.getTab(RINGKASAN), bidang.row, 1, [["RENAKSI 2026"]]);
    const again = run();
    expect(again).toContain("isian Anda: 0 tetap di tempatnya");
    expect(unitCells(wb).heading.map((h) => h.text)).toEqual([`BIDANG: ${OFFICE}`]);
    expect(unitCells(wb).bidang.text).toBe(OFFICE);
  });
});

describe("the panel's LAKIP of a one-tab office named by its title row (trial 8 #5)", () => {
  it("is written: its per-bidang counts name the office, as the server's figures do", () => {
    const wb = new MemoryWorkbook({ name: "rsud" });
    // biome-ignore format: one sheet row per line reads like the sheet
    wb.write(wb.addTab("RENAKSI 2026"), 1, 1, [
      ["RENCANA AKSI RSUD ANDI DJEMMA MASAMBA TAHUN 2026"],
      [""],
      ["No", "Indikator", "Satuan", "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Realisasi TW I", "Realisasi TW II"],
      [1, "Persentase pasien rawat inap yang puas", "%", 90, 90, 90, 90, 90, 88, 91],
      [2, "Jumlah dokumen akreditasi yang disusun", "dokumen", 12, 3, 3, 3, 3, 3, 3],
    ]);
    const { port } = emulatedPort(wb);
    const doc = laporanFromJson(inputJson(laporanInput(port, { tw: 2 })));
    const chart = doc.blocks.find((b) => b.kind === "chart" && b.id === "grafik-kriteria");
    expect(chart?.kind === "chart" && chart.categories).toEqual(["Rsud Andi Djemma Masamba"]);
    expect(submitLaporan(port, { tw: 2 }, doc).message).toMatch(/^Tab 'Laporan TW II 2026' dibuat/);
    generateTriwulan(port, { tw: 2 });
    expect(rowsOf(wb, EVAL).flat()).toContain("BIDANG: Rsud Andi Djemma Masamba");
  });
});
