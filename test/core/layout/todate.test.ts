/**
 * Realisasi typed to date (trial 6 #22): a realisasi family whose header says "s.d." or "Kumulatif"
 * and whose values do not fall on most rows is read as "Realisasi s.d. TW I–IV" (its per-TW fields
 * point at the same cells, each TW's own figure made from them by sifat); values that fall keep the
 * per-TW reading, shown as unsure; a person's correction wins either way.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { detectPlan, type LayoutCorrection } from "../../../src/core/layout";
import { ownFigures } from "../../../src/core/layout/todate";
import type { PlanField } from "../../../src/core/plan";

const E = "";
const ROMAN = ["I", "II", "III", "IV"];
/** Dinkes P2P (trial 6 dinkes6.xlsx): posyandu kumulatif, imunisasi akhir; TW II reported. */
function tab(
  fisik: string,
  keuangan: string,
  leaf: (r: string) => string,
  posyandu: CellValue[] = [28, 63],
): CellValue[][] {
  const tws = ROMAN.map(leaf);
  // biome-ignore format: one sheet row per line reads like the sheet
  return [
    ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Pagu", fisik, E, E, E, keuangan, E, E, E],
    [E, E, E, E, E, E, E, E, E, ...tws, ...tws],
    [1, "Jumlah posyandu aktif", "posyandu", 120, 30, 30, 30, 30, 300_000_000, ...posyandu, E, E, 40_000_000, 110_000_000, E, E],
    [2, "Cakupan imunisasi dasar lengkap", "%", 95, 20, 45, 70, 95, 150_000_000, 22, 44.5, E, E, 20_000_000, 70_000_000, E, E],
    [3, "Jumlah kader kesehatan terlatih", "orang", 60, 10, 20, 20, 10, 150_000_000, 8, 25, E, E, "Rp 20.000.000,00", "Rp 70.000.000,00", E, E],
  ];
}
const SD = (r: string) => `s.d. TW ${r}`;
const PER_TW = (r: string) => `TW ${r}`;
const cols = (p: string, from: number) =>
  Object.fromEntries(ROMAN.map((_, i) => [`${p}${i + 1}`, from + i])) as Partial<Record<PlanField, number>>;

function read(values: CellValue[][], correction?: LayoutCorrection) {
  const d = detectPlan("P2P", values, correction ? { correction } : {});
  if (!d.ok) throw new Error(d.reason);
  return d.table;
}

describe("a realisasi family typed to date", () => {
  it.each<[string, CellValue[][]]>([
    [
      "'Kumulatif' over s.d. TW I…IV",
      tab("Realisasi Fisik Kumulatif", "Realisasi Keuangan Kumulatif (Rp)", SD),
    ],
    ["s.d. TW under plain words", tab("Realisasi Fisik", "Realisasi Keuangan (Rp)", SD)],
    [
      "s.d. Triwulan under an unknown group",
      tab("Laporan Bulanan", "Laporan Dana (Rp)", (r) => `Realisasi s.d. Triwulan ${r}`),
    ],
  ])("%s: read as Realisasi s.d. TW, each TW's own figure by sifat", (_, values) => {
    const t = read(values);
    expect(t.columns).toMatchObject({ ...cols("realisasiSdTw", 9), ...cols("realisasiTw", 9) });
    expect(t.columns).toMatchObject({
      ...cols("realisasiAnggaranSdTw", 13),
      ...cols("realisasiAnggaranTw", 13),
    });
    const [posyandu, imunisasi, kader] = t.rows;
    // Kumulatif: TW II's own is 63 − 28; akhir: the figure itself; spending always a flow.
    expect(posyandu.realisasiTw).toEqual([28, 35, E, E]);
    expect(imunisasi.realisasiTw).toEqual([22, 44.5, E, E]);
    expect(kader.realisasiTw).toEqual([8, 17, E, E]);
    expect(posyandu.realisasiAnggaranTw).toEqual([40_000_000, 70_000_000, E, E]);
    expect(kader.realisasiAnggaranTw).toEqual([20_000_000, 50_000_000, E, E]);
    expect(kader.sdTw?.realisasiAnggaranTw).toEqual(["Rp 20.000.000,00", "Rp 70.000.000,00", E, E]);
    const j = t.reading?.find((c) => c.col === 10);
    expect(j).toMatchObject({ fields: ["realisasiSdTw2"], unsure: false });
    expect(j?.evidence).toContain("tidak pernah turun pada 3 dari 3 baris");
  });

  it("per-TW words stay per TW", () => {
    const t = read(tab("Realisasi Fisik", "Realisasi Keuangan (Rp)", PER_TW));
    expect(t.columns.realisasiSdTw1).toBeUndefined();
    expect(t.rows[0].realisasiTw).toEqual([28, 63, E, E]);
    expect(t.rows[0].sdTw).toBeUndefined();
  });

  it("words to date over values that fall on most rows: per TW, unsure, saying why", () => {
    const values = tab("Realisasi Fisik Kumulatif", "Realisasi Keuangan", SD, [28, 20]);
    values[4][10] = 5; // the kader 8 then 5
    const t = read(values);
    expect(t.columns.realisasiTw2).toBe(10);
    expect(t.columns.realisasiSdTw2).toBeUndefined();
    const j = t.reading?.find((c) => c.col === 9);
    expect(j?.unsure).toBe(true);
    expect(j?.doubt).toBe(
      "judulnya menyebut s.d. triwulan (kumulatif), tetapi nilainya turun pada 2 dari 3 baris, jadi dibaca per triwulan",
    );
  });

  it("a person's per-TW reading of s.d. columns wins, and s.d. chosen for plain columns wins", () => {
    const perTw = read(tab("Realisasi Fisik Kumulatif", "Realisasi Keuangan", SD), {
      columns: ROMAN.map((_, i) => ({ col: 9 + i, field: `realisasiTw${i + 1}` as PlanField })),
    });
    expect(perTw.columns.realisasiSdTw1).toBeUndefined();
    expect(perTw.rows[0].realisasiTw).toEqual([28, 63, E, E]);
    // The spending family, not corrected, is still read to date.
    expect(perTw.columns.realisasiAnggaranSdTw1).toBe(13);
    const sd = read(tab("Realisasi Fisik", "Realisasi Keuangan", PER_TW), {
      columns: ROMAN.map((_, i) => ({ col: 9 + i, field: `realisasiSdTw${i + 1}` as PlanField })),
    });
    expect(sd.columns).toMatchObject(cols("realisasiSdTw", 9));
    expect(sd.rows[0].realisasiTw).toEqual([28, 35, E, E]);
    expect(sd.reading?.find((c) => c.col === 9)).toMatchObject({
      fields: ["realisasiSdTw1"],
      corrected: true,
    });
  });
});

describe("each TW's own figure from figures to date", () => {
  it.each<[string, CellValue[], boolean, CellValue[]]>([
    ["a flow", [28, 63, 90, 120], true, [28, 35, 27, 30]],
    ["a level (akhir, tetap) as typed", [22, 44.5, "", ""], false, [22, 44.5, "", ""]],
    ["a blank TW inside a later figure", ["", 63, "", ""], true, [0, 63, "", ""]],
    ["text money read as the tab reads it", ["Rp 1.000", "Rp 2.500", "", ""], true, [1000, 1500, "", ""]],
    ["text that is no number left as typed", [10, "belum ada", 30, ""], true, [10, "belum ada", 20, ""]],
    ["decimals without floating noise", [0.1, 0.3, "", ""], true, [0.1, 0.2, "", ""]],
  ])("%s", (_, sd, flow, own) => {
    expect(ownFigures(sd, flow)).toEqual(own);
  });
});
