/**
 * Review 8 §9: a kegiatan whose realisasi anggaran of the TW is blank is its sub kegiatan's sum only when
 * those are ALL its lines (their pagu make its pagu). A sub kegiatan the evaluation tab does not hold (no
 * indikator) leaves it 'belum diisi', never a partial sum shown as a low serapan (750 M / 7,5 % of 10 M).
 */
import { describe, expect, it } from "vitest";
import { rekapFile } from "../../src/app/rekap";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import type { CellValue } from "../../src/core/cells";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { ringkasanTabName } from "../../src/core/ringkasan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const KEG = "1.03.02.2.01";
const col = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field);

/** Kegiatan 10 M (spending blank), sub kegiatan 6 M spent 750 M and 4 M spent 500 M. */
function evaluate(secondHasIndikator: boolean) {
  const lines: [string, string, number, CellValue][] = [
    [KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 10_000_000_000, ""],
    [`${KEG}.0011`, "Rekonstruksi Jalan", 6_000_000_000, 750_000_000],
    [`${KEG}.0012`, "Rehabilitasi Jalan", 4_000_000_000, 500_000_000],
  ];
  const rows = lines.map(([kode, uraian, pagu, spent], i) => {
    const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
    const set = (f: string, v: CellValue) => {
      row[col(f)] = v;
    };
    set("no", i + 1);
    set("kode", kode);
    set("uraian", uraian);
    if (i < 2 || secondHasIndikator) set("indikator", `Persentase ${uraian.toLowerCase()}`);
    set("satuan", "%");
    set("targetTahunan", 100);
    set("targetTw1", 25);
    set("pagu", pagu);
    set("rakTw1", pagu / 4);
    set("realisasiTw1", 25);
    set("realisasiAnggaranTw1", spent);
    return row;
  });
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Bid. A"), 1, 1, [
    ["RENCANA AKSI BID. A TAHUN 2026"],
    [],
    TEMPLATE_COLUMNS.map((c) => c.header),
    ...rows,
  ]);
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw: 1 });
  const ev = port.read("Evaluasi TW I 2026").values;
  const h = ev.findIndex((r) => r.includes("Indikator"));
  const c = ev[h].findIndex((x) => String(x).startsWith("Realisasi anggaran"));
  const kegiatan = ev.find((r) => r.includes(KEG)) ?? [];
  const ring = port.read(ringkasanTabName(1, "2026")).values;
  const jumlah = ring.find((r) => r[0] === "Jumlah") ?? [];
  const rekap = rekapFile(port, "pupr.xlsx", 1, sha256).row;
  return { spent: kegiatan[c], serapan: kegiatan[c + 1], jumlah, rekap };
}

describe("a kegiatan's blank spending and sub kegiatan the tab does not all hold", () => {
  it("one sub kegiatan without indikator: the kegiatan, the Jumlah and the rekap are 'belum diisi', not 750 M / 7,5 %", () => {
    const { spent, serapan, jumlah, rekap } = evaluate(false);
    expect(spent).toBe("belum diisi");
    expect(serapan).toBe("belum diisi");
    expect(jumlah).not.toContain(750_000_000);
    expect(jumlah).toContain("belum diisi");
    expect([rekap.realisasiAnggaran, rekap.serapan]).toEqual([null, null]);
  });
  it("with every sub kegiatan in the tab: their sum, 1.250.000.000", () => {
    const { spent, jumlah, rekap } = evaluate(true);
    expect(spent).toBe(1_250_000_000);
    expect(jumlah).toContain(1_250_000_000);
    expect([rekap.pagu, rekap.realisasiAnggaran]).toEqual([10_000_000_000, 1_250_000_000]);
  });
});
