/**
 * Trial 8 #3, #10, #15, #17: offices fill the realisasi anggaran on sub kegiatan rows only; their
 * program and kegiatan rows carry a pagu (and a RAK, or none) but no realisasi. The evaluation tab
 * said "belum diisi" (RAK planned) or nothing for them, so the Ringkasan's Jumlah was "belum diisi"
 * (RSUD) or 0 (Kecamatan), the LAKIP's TOTAL "-" with "Rp - atau 0,00 %" in its sentence (Dinas
 * Pendidikan) and the rekap had no serapan for anyone. One rule everywhere: a budget line whose own
 * spending of the TW is not typed is its child lines' sum when each of them has one; typed, its own.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { rekapFile } from "../../src/app/rekap";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import type { CellValue } from "../../src/core/cells";
import type { ReportParagraph, ReportTable } from "../../src/core/report/model";
import { ringkasanTabName } from "../../src/core/ringkasan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const TW = ["I", "II", "III", "IV"];
const header = (rak: boolean) => [
  "No",
  "Kode",
  "Program / Kegiatan / Sub Kegiatan",
  "Indikator",
  "Satuan",
  "Target Tahunan",
  ...TW.map((t) => `Target TW ${t}`),
  "Pagu",
  ...(rak ? TW.map((t) => `RAK TW ${t}`) : []),
  ...TW.map((t) => `Realisasi TW ${t}`),
  ...TW.map((t) => `Realisasi Anggaran TW ${t}`),
];

/** One line: its pagu split over the year (when the plan has RAK), TW I–II realisasi, and its spending or none. */
function line(
  kode: string,
  uraian: string,
  pagu: number,
  spent: [CellValue, CellValue] | null,
  rak: boolean,
) {
  return [
    1,
    kode,
    uraian,
    `Persentase ${uraian.toLowerCase()} terlaksana`,
    "%",
    100,
    25,
    25,
    25,
    25,
    pagu,
    ...(rak ? [pagu / 4, pagu / 4, pagu / 4, pagu / 4] : []),
    25,
    50,
    "",
    "",
    ...(spent ?? ["", ""]),
    "",
    "",
  ];
}

/** Program 1.01.02 over two kegiatan: one filled on its two sub kegiatan, one on its own row. */
function office(
  rak: boolean,
  sub2: [CellValue, CellValue] = [50_000_000, 80_000_000],
  program: [CellValue, CellValue] | null = null,
) {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Pengaturan"), 1, 1, [
    ["Pengaturan", "Nilai"],
    ["OPD", "Dinas Pendidikan"],
    ["Tahun", 2026],
  ]);
  wb.write(wb.addTab("Bid. SD"), 1, 1, [
    header(rak),
    line("1.01.02", "Program Pengelolaan Pendidikan", 1_450_000_000, program, rak),
    line("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", 850_000_000, null, rak),
    line("1.01.02.2.01.0001", "Pembangunan Ruang Kelas", 500_000_000, [100_000_000, 150_000_000], rak),
    line("1.01.02.2.01.0002", "Rehabilitasi Ruang Kelas", 350_000_000, sub2, rak),
    line("1.01.02.2.02", "Penyediaan Pendidik SD", 600_000_000, [120_000_000, 160_000_000], rak),
  ]);
  return emulatedPort(wb).port;
}

function triwulan(port: ReturnType<typeof office>) {
  generateTriwulan(port, { tw: 2 });
  const ev = port.read("Evaluasi TW II 2026").values;
  const c = ev[4].findIndex((h) => String(h).startsWith("Realisasi anggaran s.d."));
  const spent = ev
    .slice(5)
    .filter((r) => typeof r[0] === "number")
    .map((r) => r[c]);
  const ring = port.read(ringkasanTabName(2, "2026")).values;
  const h = ring.findIndex((r) => r[0] === "Bidang");
  const jumlah = ring.find((r) => r[0] === "Jumlah") ?? [];
  const col = (name: string) => ring[h].findIndex((x) => String(x).startsWith(name));
  return { spent, jumlah: [jumlah[col("Pagu")], jumlah[col("Realisasi anggaran")], jumlah[col("Serapan")]] };
}

describe.each([
  ["with RAK (RSUD: 'belum diisi')", true],
  ["without RAK (Kecamatan: 0)", false],
])("spending on sub kegiatan rows only, %s", (_, rak) => {
  const SUM = 250_000_000 + 130_000_000 + 280_000_000;

  it("the evaluation tab's program and kegiatan rows and the Ringkasan's Jumlah are the children's sum", () => {
    const { spent, jumlah } = triwulan(office(rak));
    expect(spent).toEqual([SUM, 380_000_000, 250_000_000, 130_000_000, 280_000_000]);
    expect(jumlah[0]).toBe(1_450_000_000);
    expect(jumlah[1]).toBe(SUM);
    expect(jumlah[2]).toBeCloseTo((SUM / 1_450_000_000) * 100, 9);
  });

  it("the LAKIP's anggaran table, TOTAL and sentence, and the rekap, say the same", () => {
    const port = office(rak);
    const doc = laporanDocument(port, { tw: 2 });
    const t = doc.blocks.find((b): b is ReportTable => b.kind === "table" && b.id.startsWith("anggaran-"));
    const cells = t?.rows.map((r) => [r.cells[1].text, r.cells[r.cells.length - 2].text]);
    expect(cells?.[0]).toEqual(["Program Pengelolaan Pendidikan", "660.000.000"]);
    expect(cells?.[cells.length - 1]).toEqual(["", "660.000.000"]);
    const sentence = doc.blocks.find(
      (b): b is ReportParagraph => b.kind === "paragraph" && /^anggaran-.*-narasi$/.test(b.id),
    );
    expect(sentence?.text).toContain("Rp 660.000.000");
    expect(sentence?.text).not.toMatch(/Rp -|0,00 %/);
    const rekap = rekapFile(port, "disdik.xlsx", 2, sha256).row;
    expect([rekap.pagu, rekap.realisasiAnggaran]).toEqual([1_450_000_000, SUM]);
    expect(rekap.serapan).toBeCloseTo((SUM / 1_450_000_000) * 100, 9);
  });

  it("a sub kegiatan not reported ('-') leaves its kegiatan, program, Jumlah and rekap unknown, never a partial sum", () => {
    // Trial 8 #28: the Kecamatan's program with listrik 0 / "-" was dropped and the Jumlah shown as known.
    const port = office(rak, [0, "-"]);
    const { spent, jumlah } = triwulan(port);
    expect(spent[3]).toBe("belum diisi");
    expect(spent.slice(0, 2)).toEqual(["belum diisi", "belum diisi"]);
    expect(jumlah.slice(1)).toEqual(["belum diisi", "belum diisi"]);
    const rekap = rekapFile(port, "kec.xlsx", 2, sha256).row;
    expect([rekap.realisasiAnggaran, rekap.serapan]).toEqual([null, null]);
  });

  it("without this TW's spending column (TW III not added yet) the program and the Jumlah are 'belum diisi', never 0", () => {
    const port = office(rak);
    const tab = port.read("Bid. SD").values.map((r) => r.slice(0, -2));
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Pengaturan"), 1, 1, port.read("Pengaturan").values);
    wb.write(wb.addTab("Bid. SD"), 1, 1, tab);
    const p = emulatedPort(wb).port;
    generateTriwulan(p, { tw: 3 });
    const ev = p.read("Evaluasi TW III 2026").values;
    const c = ev[4].findIndex((h) => String(h).startsWith("Realisasi anggaran s.d."));
    expect(ev.slice(5).find((r) => r[1] === "1.01.02")?.[c]).toBe("belum diisi");
    const ring = p.read(ringkasanTabName(3, "2026")).values;
    const h = ring.findIndex((r) => r[0] === "Bidang");
    const col = ring[h].findIndex((x) => String(x).startsWith("Realisasi anggaran"));
    expect(ring.find((r) => r[0] === "Jumlah")?.[col]).toBe("belum diisi");
    expect(rekapFile(p, "kec.xlsx", 3, sha256).row.realisasiAnggaran).toBeNull();
  });

  it("a program's own realisasi, typed, is its own", () => {
    const { spent, jumlah } = triwulan(office(rak, undefined, [200_000_000, 300_000_000]));
    expect(spent[0]).toBe(500_000_000);
    expect(jumlah[1]).toBe(500_000_000);
  });
});

/** Trial 8 #28: program 1.01.02 split over three bidang tabs as shares, every sub kegiatan filled. */
describe("a program each of three tabs shows its share of, filled on its sub kegiatan rows", () => {
  const SHARES = [
    ["Bid. PAUD", "1.01.02.2.04", 600_000_000, [100_000_000, 200_000_000], [50_000_000, 60_000_000]],
    ["Bid. SD", "1.01.02.2.01", 900_000_000, [300_000_000, 400_000_000], [70_000_000, 80_000_000]],
    ["Bid. SMP", "1.01.02.2.02", 450_000_000, [10_000_000, 20_000_000], [30_000_000, 40_000_000]],
  ] as const;
  function office() {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Pengaturan"), 1, 1, [
      ["Pengaturan", "Nilai"],
      ["OPD", "Dinas Pendidikan"],
      ["Tahun", 2026],
    ]);
    for (const [tab, kegiatan, pagu, a, b] of SHARES)
      wb.write(wb.addTab(tab), 1, 1, [
        header(false),
        line("1.01.02", "Program Pengelolaan Pendidikan", pagu, null, false),
        line(kegiatan, `Pengelolaan ${tab}`, pagu, null, false),
        line(`${kegiatan}.0001`, `Pembangunan ${tab}`, pagu / 3, [a[0], a[1]], false),
        line(`${kegiatan}.0002`, `Rehabilitasi ${tab}`, (2 * pagu) / 3, [b[0], b[1]], false),
      ]);
    return emulatedPort(wb).port;
  }
  const sums = SHARES.map(([, , , a, b]) => a[0] + a[1] + b[0] + b[1]);
  const SUM = sums.reduce((x, y) => x + y, 0);

  it("each bidang's program is its own sub kegiatan's sum, in the tab, the Ringkasan and the rekap", () => {
    const port = office();
    const { spent, jumlah } = triwulan(port);
    expect(spent.filter((_, i) => i % 4 === 0)).toEqual(sums);
    const ring = port.read(ringkasanTabName(2, "2026")).values;
    const h = ring.findIndex((r) => r[0] === "Bidang");
    const c = ring[h].findIndex((x) => String(x).startsWith("Realisasi anggaran"));
    expect(SHARES.map(([tab]) => ring.find((r) => String(r[0]).includes(tab))?.[c])).toEqual(sums);
    expect(jumlah.slice(0, 2)).toEqual([1_950_000_000, SUM]);
    const rekap = rekapFile(port, "disdik.xlsx", 2, sha256).row;
    expect([rekap.pagu, rekap.realisasiAnggaran]).toEqual([1_950_000_000, SUM]);
  });

  it("the LAKIP's sentence of each bidang gives its sum, never 'Rp - atau 0,00 %'", () => {
    const doc = laporanDocument(office(), { tw: 2 });
    const texts = doc.blocks
      .filter((b): b is ReportParagraph => b.kind === "paragraph" && /^anggaran-.*-narasi$/.test(b.id))
      .map((b) => b.text);
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t).not.toMatch(/Rp -|0,00 %/);
    expect(texts.map((t) => t.match(/realisasi .* sebesar (Rp [\d.]+)/)?.[1])).toEqual([
      "Rp 410.000.000",
      "Rp 850.000.000",
      "Rp 100.000.000",
    ]);
  });
});
