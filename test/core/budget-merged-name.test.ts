/**
 * A program merged over two indicator rows with no kode (the Dinkes Rencana Aksi: "Persentase balita
 * stunting" under the same Program, its second row carrying pagu 0) is one budget line: listed once
 * in the report's anggaran table, counted once in the TOTAL, the Ringkasan and the rekap.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { generateTriwulan } from "../../src/app/triwulan";
import { type BudgetSource, budgetLines } from "../../src/core/budget";
import type { ReportTable } from "../../src/core/report/model";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { RENAKSI_DINKES } from "../fixtures/layouts";

const PROGRAM = "Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat";

describe("a budget line without a kode is its name", () => {
  it.each<[string, BudgetSource[], number[]]>([
    [
      "the same program on two rows (the second pagu 0): one line, the first",
      [
        { kode: "", level: "program", pagu: 100, uraian: "P", program: "P", kegiatan: "" },
        { kode: "", level: "program", pagu: 0, uraian: "P", program: "P", kegiatan: "" },
      ],
      [0],
    ],
    [
      "two kegiatan of the same name under different programs: two lines",
      [
        { kode: "", level: "kegiatan", pagu: 10, uraian: "K", program: "P1", kegiatan: "K" },
        { kode: "", level: "kegiatan", pagu: 20, uraian: "K", program: "P2", kegiatan: "K" },
      ],
      [0, 1],
    ],
    [
      "the same name in two bidang tabs: two lines",
      [
        { kode: "", level: "program", pagu: 10, uraian: "P", tab: "A" },
        { kode: "", level: "program", pagu: 10, uraian: "P", tab: "B" },
      ],
      [0, 1],
    ],
    [
      "rows with neither kode nor name: each its own",
      [
        { kode: "", level: null, pagu: 1 },
        { kode: "", level: null, pagu: 1 },
      ],
      [0, 1],
    ],
    [
      "a kode decides over the name",
      [
        { kode: "2.07.01", level: "program", pagu: 10, uraian: "P" },
        { kode: "2.07.02", level: "program", pagu: 10, uraian: "P" },
      ],
      [0, 1],
    ],
  ])("%s", (_, rows, want) => {
    expect(budgetLines(rows)).toEqual(want);
  });

  it("the Dinkes program shows once in the LAKIP anggaran table, and the TOTAL is the Ringkasan's pagu", () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Renaksi 2024"), 1, 1, RENAKSI_DINKES);
    const { port, gas } = emulatedPort(wb);
    generateTriwulan(port, { tw: 2 });
    const tables = laporanDocument(port, { tw: 2 }).blocks.filter(
      (b): b is ReportTable => b.kind === "table" && b.id.startsWith("anggaran"),
    );
    const names = tables.flatMap((t) => t.rows.map((r) => r.cells[1].text));
    expect(names.filter((n) => n === PROGRAM)).toHaveLength(1);
    const ringkasan = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Ringkasan TW II 2024");
    const jumlah = ringkasan
      ?.getDataRange()
      .getDisplayValues()
      .find((r) => r[0] === "Jumlah");
    expect(jumlah?.[11]).toBe("3.700.000.000");
    const totals = tables.flatMap((t) =>
      t.rows.filter((r) => r.cells[0].text === "TOTAL").map((r) => r.cells[2].text),
    );
    expect(totals).toEqual(["2.500.000.000", "1.200.000.000"]);
  });
});
