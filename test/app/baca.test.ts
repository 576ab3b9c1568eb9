/**
 * The reading panel's server side: a TW family corrected in one action (four rows of Pengaturan G:I,
 * one write), the columns the reading is unsure of, and the families the panel finds from the
 * reading's headers (sidebar/families.ts).
 */
import { describe, expect, it } from "vitest";
import { familiesOf } from "../../sidebar/families";
import { correctionEntries, correctReading, readings } from "../../src/app/baca";
import { readWorkbook } from "../../src/app/plans";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { APPENDED_COL, APPENDED_GROUP, APPENDED_TAB, appendedWorkbook } from "../utils/appended";

const family = (field: string | null) =>
  [0, 1, 2, 3].map((i) => ({ col: APPENDED_COL + i, field: field ? `${field}${i + 1}` : null }));

describe("the reading of an office's appended realisasi family", () => {
  it("shows S–V as one TW family by its headers, unsure because it holds numbers and is not used", () => {
    const { port } = emulatedPort(appendedWorkbook());
    const r = readings(port).readings[0];
    expect(familiesOf(r.columns).map((f) => [f.letters, f.group, f.leaves.join(" "), f.base])).toEqual([
      ["I–L", "RENCANA AKSI PER TRIWULAN (%)", "TR I TR II TR III TR IV", "targetTw"],
      ["N–Q", "", "I II III IV", "rakTw"],
      ["S–V", APPENDED_GROUP, "Jan–Mar Apr–Jun Jul–Sep Okt–Des", null],
    ]);
    const s = r.columns[APPENDED_COL];
    expect(s).toMatchObject({ letter: "S", label: "tidak dipakai", header: `${APPENDED_GROUP} / Jan–Mar` });
    expect(s.unsure).toBe("berisi angka di 16 baris indikator, tetapi tidak dipakai");
    // TW III and IV are not reported yet: blank, nothing to be unsure of.
    expect(r.columns[APPENDED_COL + 2].unsure).toBeUndefined();
    expect(r.columns.filter((c) => c.unsure).map((c) => c.letter)).toEqual(["S", "T"]);
  });

  it("is corrected in one action: four rows in Pengaturan, then used by Buat tab Triwulan", () => {
    const wb = appendedWorkbook();
    const { port } = emulatedPort(wb);
    const before = generateTriwulan(port, { tw: 1 });
    expect(before.message).toMatch(
      /^Kolom Realisasi TW I–IV dan Realisasi Anggaran TW I–IV di tab 'Renaksi Transmigrasi' belum terbaca/,
    );
    const entries = correctionEntries({ tab: APPENDED_TAB, columns: family("realisasiTw") });
    expect(correctReading(port, entries).message).toBe(
      `Koreksi disimpan di tab Pengaturan: kolom S–V tab '${APPENDED_TAB}' dibaca sebagai Realisasi TW I–IV. Semua perintah memakai pembacaan ini.`,
    );
    expect(wb.values(wb.getTab("Pengaturan"), { row: 1, col: 7, rows: 6, cols: 3 })).toEqual([
      ["Koreksi pembacaan: tab", "Kolom / baris", "Dibaca sebagai"],
      [APPENDED_TAB, "S", "Realisasi TW I"],
      [APPENDED_TAB, "T", "Realisasi TW II"],
      [APPENDED_TAB, "U", "Realisasi TW III"],
      [APPENDED_TAB, "V", "Realisasi TW IV"],
      ["", "", ""],
    ]);
    const plan = readWorkbook(port).plans[0];
    expect([0, 1, 2, 3].map((i) => plan.columns[`realisasiTw${i + 1}` as "realisasiTw1"])).toEqual(
      family("x").map((f) => f.col),
    );
    const r = readings(port).readings[0];
    expect(familiesOf(r.columns)[2]).toMatchObject({ letters: "S–V", base: "realisasiTw" });
    expect(r.columns.filter((c) => c.unsure)).toEqual([]);

    // Corrected again as another family: the same four rows are replaced, none added.
    correctReading(port, correctionEntries({ tab: APPENDED_TAB, columns: family("realisasiAnggaranTw") }));
    correctReading(port, correctionEntries({ tab: APPENDED_TAB, columns: family("realisasiTw") }));
    expect(wb.values(wb.getTab("Pengaturan"), { row: 6, col: 7, rows: 1, cols: 3 })).toEqual([["", "", ""]]);

    const after = generateTriwulan(port, { tw: 1 });
    expect(after.message).toMatch(
      /^Kolom Realisasi Anggaran TW I–IV di tab 'Renaksi Transmigrasi' belum terbaca/,
    );
    const evaluasi = wb.values(wb.getTab("Evaluasi TW I 2024"), { row: 5, col: 1, rows: 4, cols: 15 });
    expect(evaluasi[0].slice(10, 15)).toEqual([
      "Realisasi TW I",
      "Realisasi s.d. TW I",
      "Capaian TW I (%)",
      "Capaian s.d. TW I (%)",
      "Capaian thd target tahunan (%)",
    ]);
    // "Persentase Penetapan Kawasan Transmigrasi": target 100, realisasi TW I 25 (the office's S9).
    expect(evaluasi[3][3]).toBe("Persentase Penetapan Kawasan Transmigrasi");
    expect(evaluasi[3][10]).toBe(25);
    expect(evaluasi[3][14]).toBe(25);
  });

  it("costs the Sheets calls of one column: the four rows are one write", () => {
    const calls = (columns: { col: number; field: string | null }[]) => {
      const { port, gas } = emulatedPort(appendedWorkbook());
      gas.calls.reset();
      correctReading(port, correctionEntries({ tab: APPENDED_TAB, columns }));
      return gas.calls.total - gas.calls.local;
    };
    expect(calls(family("realisasiTw"))).toBe(calls(family("realisasiTw").slice(0, 1)));
  });

  it("refuses a field it does not know and an empty request, in one sentence", () => {
    expect(() =>
      correctionEntries({ tab: APPENDED_TAB, columns: [{ col: 1, field: "realisasiTw5" }] }),
    ).toThrow('Arti kolom "realisasiTw5" tidak dikenal: pilih dari daftar.');
    expect(() => correctionEntries({ tab: APPENDED_TAB, columns: [] })).toThrow(
      "Pilih kolom yang ingin dikoreksi.",
    );
  });
});

describe("a family of four columns in the panel, by its leaf headers", () => {
  it.each([
    [["TR I", "TR II", "TR III", "TR IV"], true],
    [["TW-1", "TW-2", "TW-3", "TW-4"], true],
    [["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"], true],
    [["Januari - Maret", "April - Juni", "Juli - September", "Oktober - Desember"], true],
    [["s.d. Maret", "s.d. Juni", "s.d. September", "s.d. Desember"], true],
    [["Maret", "Juni", "September", "Desember"], true],
    [["Jan–Mar", "Apr–Jun", "Jul–Sep", "Jan–Mar"], false],
    [["Jan–Feb", "Apr–Jun", "Jul–Sep", "Okt–Des"], false],
    [["Januari", "Februari", "Maret", "April"], false],
  ])("%j is a family: %s", (leaves, family) => {
    const wb = appendedWorkbook();
    wb.write(wb.getTab(APPENDED_TAB), 7, APPENDED_COL + 1, [leaves]);
    const { port } = emulatedPort(wb);
    const r = readings(port).readings[0];
    expect(familiesOf(r.columns).some((f) => f.letters === "S–V")).toBe(family);
  });
});

describe("the reader's explanation in the reading", () => {
  it("says what each column was read by, and why the reader is unsure of a family read from values alone", () => {
    const wb = appendedWorkbook();
    // TW words under a group word of no meaning: the reader takes S–V from their values alone.
    wb.write(wb.getTab(APPENDED_TAB), 6, APPENDED_COL + 1, [["LAPORAN BERKALA", "", "", ""]]);
    wb.write(wb.getTab(APPENDED_TAB), 7, APPENDED_COL + 1, [["TR I", "TR II", "TR III", "TR IV"]]);
    const r = readings(emulatedPort(wb).port).readings[0];
    const col = (letter: string) => r.columns.find((c) => c.letter === letter);
    expect(col("I")?.why).toMatch(/^kata "rencana aksi per triwulan %"; .*sesuai target tahunan/);
    expect(col("S")).toMatchObject({
      label: "Realisasi TW I",
      why: expect.stringMatching(/^bukan nilai rupiah/),
    });
    expect(col("S")?.unsure).toMatch(/^tidak ada kata judul yang dikenal; dibaca dari nilainya: /);
    // Corrected by a person, it is no longer unsure.
    correctReading(
      emulatedPort(wb).port,
      correctionEntries({ tab: APPENDED_TAB, columns: family("realisasiTw") }),
    );
    const again = readings(emulatedPort(wb).port).readings[0];
    expect(again.columns.filter((c) => c.unsure)).toEqual([]);
  });
});
