/**
 * The rekap as the Inspektorat reads it (trial 3, D10): a file whose data changed after it was sent
 * or reviewed is never "dikirim" or "direviu" nor counted so, and is marked in the ranking; files of
 * the same OPD and year are named in one sentence and counted once (the one sent last whose data is
 * unchanged), or not at all when none can be trusted, so the totals are those of the offices.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { assemble, rekapSource } from "../../src/app/rekap";
import { sha256 } from "../../src/cli/sakip";
import type { CellValue } from "../../src/core/cells";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { type FileResult, failedRow, type RekapRow } from "../../src/core/rekap";
import { rekapTable, rekapText } from "../../src/core/rekap-table";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { rekapXlsx } from "../../src/render/rekap-xlsx";
import { opdWorkbook, review, type Stage } from "../utils/opd";

const REALISASI_TW2 = TEMPLATE_COLUMNS.findIndex((c) => c.field === "realisasiTw2") + 1;

/** An office's file (8 indicators in one bidang tab) taken through review up to `stage`. */
function office(
  seed: number,
  stage: Stage,
  options: { tahun?: string; edit?: CellValue } = {},
): MemoryWorkbook {
  const wb = opdWorkbook(seed, 8, 1, options.tahun ? { tahun: options.tahun } : {});
  // A corrected realisasi typed before it was sent: another version of the same office's file.
  if (options.edit !== undefined) wb.write(wb.getTab("Bidang A"), 2, REALISASI_TW2, [[options.edit]]);
  review(wb, 2, stage);
  return wb;
}

/** Reviewed, then a realisasi typed over (the lock is only a warning). */
function changedAfterReview(seed: number): MemoryWorkbook {
  const wb = office(seed, "direviu");
  wb.write(wb.getTab("Bidang A"), 3, REALISASI_TW2, [[0.5]]);
  return wb;
}

const read = (file: string, wb: MemoryWorkbook) =>
  rekapSource({ file, open: async () => emulatedPort(wb).port }, 2, sha256);

async function rekapOf(files: [string, MemoryWorkbook][]) {
  const results: FileResult[] = [];
  for (const [file, wb] of files) results.push(await read(file, wb));
  return { results, rekap: assemble(2, results) };
}

const row = (rows: readonly RekapRow[], file: string) => rows.find((r) => r.file === file) as RekapRow;

describe("a file changed after it was sent or reviewed", () => {
  it("shows 'berubah setelah …', is not counted as sent or reviewed, and is marked in the ranking", async () => {
    const { rekap } = await rekapOf([
      ["a-direviu-lalu-diubah.xlsx", changedAfterReview(21)],
      ["b-dikirim-lalu-diubah.xlsx", office(22, "berubah")],
      ["c-direviu.xlsx", office(23, "direviu")],
      ["d-dikirim.xlsx", office(24, "dikirim")],
    ]);
    expect(rekap.files.map((f) => [f.status, f.sidikBerubah])).toEqual([
      ["berubah setelah direviu", true],
      ["berubah setelah dikirim", true],
      ["direviu", false],
      ["dikirim", false],
    ]);
    expect(rekap.total).toMatchObject({
      direviu: 1,
      dikirim: 1,
      berubahSesudahDireviu: 1,
      berubahSesudahDikirim: 1,
      berubahSetelahDikirim: 2,
    });
    const text = rekapText(rekap);
    expect(text).toContain("   Reviu: berubah setelah direviu (dikirim ");
    expect(text).toMatch(/; 1 dikirim, 1 direviu, 1 berubah setelah dikirim, 1 berubah setelah direviu\.\n$/);
    // Still ranked by its figures, but the ranking says they are not what was reviewed.
    const table = rekapTable(rekap);
    const note = table.ranking.columns.findIndex((c) => c.header === "Catatan");
    const ranked = new Map(table.ranking.rows.map((r) => [r[5], r[note]]));
    expect(ranked.get("a-direviu-lalu-diubah.xlsx")).toBe(
      "berubah setelah direviu: angkanya bukan yang direviu",
    );
    expect(ranked.get("b-dikirim-lalu-diubah.xlsx")).toBe(
      "berubah setelah dikirim: angkanya bukan yang dikirim",
    );
    expect(ranked.get("c-direviu.xlsx")).toBeNull();
    const a = row(rekap.files, "a-direviu-lalu-diubah.xlsx");
    expect(text).toContain(`(peringkat ${a.peringkat}, berubah setelah direviu)`);
    // The table's Status reviu column says it too.
    const status = table.columns.findIndex((c) => c.header === "Status reviu");
    expect(table.rows.map((r) => r[status])).toEqual([
      "berubah setelah direviu",
      "berubah setelah dikirim",
      "direviu",
      "dikirim",
    ]);
    expect(table.total[status]).toBe(
      "1 dikirim, 1 direviu, 1 berubah setelah dikirim, 1 berubah setelah direviu",
    );
  }, 60_000);
});

describe("files of the same OPD, year and TW", () => {
  it("are named in one sentence; only the one sent last with unchanged data is counted and ranked", async () => {
    const offices: [string, MemoryWorkbook][] = [
      ["x1-dikirim-dulu.xlsx", office(31, "dikirim")],
      ["x2-diperbaiki-dikirim-lagi.xlsx", office(31, "dikirim", { edit: 1 })],
      ["x3-belum-dikirim.xlsx", office(31, "belum dikirim", { edit: 2 })],
      ["lain.xlsx", office(32, "dikirim")],
      // The same office, another year: not a duplicate.
      ["x-2025.xlsx", office(31, "belum dikirim", { tahun: "2025" })],
    ];
    const { rekap, results } = await rekapOf(offices);
    expect(rekap.duplikat).toEqual([
      {
        opd: "Dinas Contoh 31",
        tahun: 2024,
        berkas: ["x1-dikirim-dulu.xlsx", "x2-diperbaiki-dikirim-lagi.xlsx", "x3-belum-dikirim.xlsx"],
        dihitung: "x2-diperbaiki-dikirim-lagi.xlsx",
        kalimat:
          'Berkas "x1-dikirim-dulu.xlsx", "x2-diperbaiki-dikirim-lagi.xlsx" dan "x3-belum-dikirim.xlsx" berisi OPD, tahun dan TW yang sama (Dinas Contoh 31, tahun 2024, TW II): hanya "x2-diperbaiki-dikirim-lagi.xlsx", yang terakhir dikirim dan datanya masih sama dengan yang dikirim, dijumlahkan dan diberi peringkat; yang lain tidak.',
      },
    ]);
    // The total is the rekap of the offices, each once: as if the left-out files were not there.
    const once = assemble(
      2,
      results.filter((r) => !["x1-dikirim-dulu.xlsx", "x3-belum-dikirim.xlsx"].includes(r.row.file)),
    );
    const { berkas, tidakDijumlahkan, ...figures } = rekap.total;
    const { berkas: _, tidakDijumlahkan: __, ...expected } = once.total;
    expect(figures).toEqual(expected);
    expect([berkas, tidakDijumlahkan]).toEqual([5, 2]);
    // Not ranked; the row says why; the figures of the file are still shown.
    const x1 = row(rekap.files, "x1-dikirim-dulu.xlsx");
    expect(x1).toMatchObject({
      peringkat: null,
      tidakDijumlahkan:
        'Tidak dijumlahkan: "x2-diperbaiki-dikirim-lagi.xlsx" berisi OPD, tahun dan TW yang sama dan dikirim terakhir.',
    });
    expect(x1.indikator).toBe(8);
    expect(rekap.ranking.map((i) => rekap.files[i].file).sort()).toEqual([
      "lain.xlsx",
      "x-2025.xlsx",
      "x2-diperbaiki-dikirim-lagi.xlsx",
    ]);
    // Said before the figures in every shell: the text, the table (the .xlsx and the page).
    const text = rekapText(rekap);
    expect(text).toContain(
      `Peringatan: ${rekap.duplikat[0].kalimat}\nJumlah: 5 berkas, 2 tidak dijumlahkan, `,
    );
    const table = rekapTable(rekap);
    expect(table.warnings).toEqual([rekap.duplikat[0].kalimat]);
    expect(table.total[1]).toBe("Jumlah (5 berkas, 2 tidak dijumlahkan)");
    const keterangan = table.columns.findIndex((c) => c.header === "Keterangan");
    expect(table.rows[0][keterangan]).toBe(x1.tidakDijumlahkan);
    // The .xlsx the Inspektorat keeps says it above the table, and ranks the office once.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await rekapXlsx(rekap)) as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet("Rekap TW II")?.getCell("A3").value).toBe(rekap.duplikat[0].kalimat);
    const ranking = book.getWorksheet("Peringkat");
    const rankedFiles: unknown[] = [];
    ranking?.eachRow((r, n) => {
      if (n > 3) rankedFiles.push(r.getCell(6).value);
    });
    expect(rankedFiles.map(String).sort()).toEqual([
      "lain.xlsx",
      "x-2025.xlsx",
      "x2-diperbaiki-dikirim-lagi.xlsx",
    ]);
  }, 60_000);

  it("none is counted when none was sent with its data unchanged: the sentence says to keep one", async () => {
    const { rekap } = await rekapOf([
      ["y1-belum-dikirim.xlsx", office(41, "belum dikirim")],
      ["y2-dikirim-lalu-diubah.xlsx", office(41, "berubah")],
      ["lain.xlsx", office(42, "dikirim")],
    ]);
    expect(rekap.duplikat.map((d) => [d.dihitung, d.kalimat])).toEqual([
      [
        null,
        'Berkas "y1-belum-dikirim.xlsx" dan "y2-dikirim-lalu-diubah.xlsx" berisi OPD, tahun dan TW yang sama (Dinas Contoh 41, tahun 2024, TW II) dan tidak satu pun dapat dipastikan sebagai kiriman terakhir yang datanya tidak berubah, jadi tidak satu pun dijumlahkan atau diberi peringkat: sisakan satu berkas untuk OPD ini lalu rekap lagi.',
      ],
    ]);
    expect(rekap.total.indikator).toBe(8);
    expect(rekap.total.tidakDijumlahkan).toBe(2);
    expect(rekap.ranking.map((i) => rekap.files[i].file)).toEqual(["lain.xlsx"]);
  }, 60_000);

  it.each([
    [
      "one file saved twice (same sending, same figures): one is counted",
      ["2024-04-05T02:00:00.000Z", 100],
      ["2024-04-05T02:00:00.000Z", 100],
      "a.xlsx",
    ],
    [
      "two files sent at the same moment with different figures (a rewritten record): none",
      ["2024-04-05T02:00:00.000Z", 100],
      ["2024-04-05T02:00:00.000Z", 108.2],
      null,
    ],
    [
      "the later sending counts",
      ["2024-04-05T02:00:00.000Z", 100],
      ["2024-04-06T02:00:00.000Z", 90],
      "b.xlsx",
    ],
    ["one file never sent, saved twice (same figures): one is counted", [null, 100], [null, 100], "a.xlsx"],
    ["two versions never sent (different figures): none", [null, 100], [null, 90], null],
    [
      "a version sent beside one never sent: the sent one",
      [null, 100],
      ["2024-04-05T02:00:00.000Z", 90],
      "b.xlsx",
    ],
  ] as const)("%s", (_, [sentA, capA], [sentB, capB], counted) => {
    const sent = (file: string, dikirimPada: string | null, rata: number): FileResult => ({
      row: {
        ...failedRow(file, 2, "", "Dinas Tenaga Kerja Kabupaten Maju Jaya"),
        error: null,
        tahun: 2025,
        indikator: 5,
        rataCapaian: rata,
        status: dikirimPada ? "direviu" : "belum dikirim",
        sidikBerubah: dikirimPada ? false : null,
        dikirimPada,
      },
      capaian: [rata],
      findings: [],
    });
    const rekap = assemble(2, [sent("a.xlsx", sentA, capA), sent("b.xlsx", sentB, capB)]);
    expect(rekap.duplikat.map((d) => d.dihitung)).toEqual([counted]);
    expect(rekap.total.indikator).toBe(counted ? 5 : 0);
    expect(rekap.ranking.map((i) => rekap.files[i].file)).toEqual(counted ? [counted] : []);
  });
});
