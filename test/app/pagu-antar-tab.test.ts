/**
 * Trial 8, Dinas PUPR: the same kegiatan in two bidang tabs. Each bidang runs some of its sub kegiatan
 * and shows its own SHARE of the kegiatan's pagu: the shares are added (the Ringkasan's Jumlah, the
 * report's TOTAL), Periksa says in one sentence that it read them as shares and why (they add up to the
 * kegiatan's pagu in another tab, or each is what its own sub kegiatan add up to), and advises no
 * equal pagu. The same kode with the same pagu is one line; pagu that differ otherwise stay a galat.
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import { readWorkbook } from "../../src/app/plans";
import type { WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { paguDiffers } from "../../src/core/budget";
import type { CellValue } from "../../src/core/cells";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { ringkasanTabName } from "../../src/core/ringkasan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

type Line = [kode: string, uraian: string, pagu: number];

/** A bidang tab in the template's columns: one indicator per line, its RAK a quarter of its pagu. */
function tab(lines: Line[], pagu = "Pagu"): CellValue[][] {
  const at = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field);
  const header = TEMPLATE_COLUMNS.map((c) => (c.field === "pagu" ? pagu : c.header));
  return [
    header,
    ...lines.map(([kode, uraian, p], i) => {
      const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
      const set = (f: string, v: CellValue) => {
        row[at(f)] = v;
      };
      set("no", i + 1);
      set("kode", kode);
      set("uraian", uraian);
      set("indikator", `Persentase capaian ${uraian.toLowerCase()}`);
      set("satuan", "%");
      set("sifat", "akhir");
      set("targetTahunan", 100);
      for (const [n, t] of [25, 50, 75, 100].entries()) set(`targetTw${n + 1}`, t);
      set("pagu", p);
      for (let n = 1; n <= 4; n++) set(`rakTw${n}`, p / 4);
      set("realisasiTw1", 25);
      set("realisasiAnggaranTw1", p / 8);
      return row;
    }),
  ];
}

function office(tabs: Record<string, CellValue[][]>) {
  const wb = new MemoryWorkbook();
  for (const [name, values] of Object.entries(tabs)) wb.write(wb.addTab(name), 1, 1, values);
  return emulatedPort(wb).port;
}

const KEG = "1.03.02.2.01";
const findings = (port: WorkbookPort, rule: string) =>
  periksa(port, { writeReport: false }).findings.filter((f) => f.rule === rule);
function ringkasan(port: WorkbookPort) {
  generateTriwulan(port, { tw: 1 });
  const ring = port.read(ringkasanTabName(1, "2026")).values;
  const header = ring.findIndex((r) => r[0] === "Bidang");
  const pagu = ring[header].findIndex((h) => String(h).startsWith("Pagu (Rp)"));
  const row = (name: string) => ring.find((r) => r[0] === name)?.[pagu];
  const text = ring.flat().join("\n");
  return { row, text };
}

const BINA_MARGA: Line[] = [
  [KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 6_000_000_000],
  [`${KEG}.0011`, "Rekonstruksi Jalan", 4_000_000_000],
  [`${KEG}.0012`, "Rehabilitasi Jalan", 2_000_000_000],
];
const JEMBATAN: Line[] = [
  [KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 2_000_000_000],
  [`${KEG}.0015`, "Pembangunan Jembatan", 2_000_000_000],
];
const titled = (name: string, lines: Line[], pagu?: string) => ({
  [name]: [[`RENCANA AKSI ${name.toUpperCase()} TAHUN 2026`], [], ...tab(lines, pagu)],
});

describe("a kegiatan whose bidang each show their share of its pagu", () => {
  it("each share its own sub kegiatan add up to: added (Jumlah 8 M, not 6 M), said, no galat", () => {
    const port = office({ ...titled("Bina Marga", BINA_MARGA), ...titled("Jembatan", JEMBATAN) });
    expect(findings(port, "lintas-tab").map((f) => [f.severity, f.message, f.suggestion])).toEqual([
      [
        "info",
        "Pagu kegiatan \"Penyelenggaraan Jalan Kabupaten/Kota\" di tab 'Bina Marga' Rp 6.000.000.000 dan di tab 'Jembatan' Rp 2.000.000.000 dibaca sebagai bagian tiap tab dan dijumlahkan: Rp 8.000.000.000, di tiap tab sama dengan jumlah pagu di bawahnya.",
        "Tidak ada yang perlu diubah: tiap tab memuat bagiannya sendiri dari pagu itu.",
      ],
    ]);
    const { row, text } = ringkasan(port);
    expect([row("Bina Marga"), row("Jembatan"), row("Jumlah")]).toEqual([
      6_000_000_000, 2_000_000_000, 8_000_000_000,
    ]);
    expect(text).not.toMatch(/samakan pagunya/);
  });

  it("the shares add up to the kegiatan's pagu in another tab: that one is counted, the shares are part of it", () => {
    const port = office({
      ...titled("Eselon III", [[KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 8_000_000_000]]),
      ...titled(
        "Bina Marga",
        BINA_MARGA.slice(0, 2).map(([k, u, p]) => [k, u, p === 4_000_000_000 ? 6_000_000_000 : p]),
      ),
      ...titled("Jembatan", JEMBATAN),
    });
    const said = findings(port, "lintas-tab");
    expect(said.map((f) => f.severity)).toEqual(["info"]);
    expect(said[0].message).toContain(
      "dijumlahkan: Rp 8.000.000.000, sama dengan pagunya di tab 'Eselon III'.",
    );
    expect(findings(port, "anggaran-induk-antar-tab")).toEqual([]);
    const { row, text } = ringkasan(port);
    expect(row("Jumlah")).toBe(8_000_000_000);
    expect(text).toContain(
      `kegiatan ${KEG} (tab 'Jembatan') sudah termasuk dalam pagu kegiatan ${KEG} (tab 'Eselon III')`,
    );
    expect(text).not.toMatch(/samakan pagunya/);
  });

  it("the same pagu in both tabs is one line, counted once", () => {
    const port = office({
      ...titled("Bina Marga", [[KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 8_000_000_000]]),
      ...titled("Jembatan", [[KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 8_000_000_000]]),
    });
    expect(findings(port, "lintas-tab")).toEqual([]);
    const { row, text } = ringkasan(port);
    expect(row("Jumlah")).toBe(8_000_000_000);
    expect(text).toContain(
      `kegiatan ${KEG} (tab 'Jembatan') juga tercantum di tab 'Bina Marga' dan dihitung sekali`,
    );
  });

  it("pagu that differ and are no shares stay a galat: samakan", () => {
    const port = office({
      ...titled("Bina Marga", BINA_MARGA),
      ...titled("Jembatan", [[KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 5_000_000_000], JEMBATAN[1]]),
    });
    const galat = findings(port, "lintas-tab");
    expect(galat.map((f) => f.severity)).toEqual(["error"]);
    expect(galat[0].suggestion).toMatch(/^Samakan pagu/);
    expect(ringkasan(port).text).toMatch(/samakan pagunya/);
  });
});

describe("shares whose sub kegiatan sit in another tab only", () => {
  it("are measured against the whole kegiatan, not the first tab's share: no 'melebihi pagu induk'", () => {
    const port = office({
      ...titled("Bina Marga", [[KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 6_000_000_000]]),
      ...titled("Jembatan", [[KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 2_000_000_000]]),
      ...titled("Eselon III", [[KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 8_000_000_000]]),
      ...titled("Eselon IV", [
        [`${KEG}.0011`, "Rekonstruksi Jalan", 4_000_000_000],
        [`${KEG}.0012`, "Rehabilitasi Jalan", 2_000_000_000],
        [`${KEG}.0015`, "Pembangunan Jembatan", 2_000_000_000],
      ]),
    });
    expect(findings(port, "anggaran-induk-antar-tab")).toEqual([]);
    expect(findings(port, "lintas-tab").map((f) => f.severity)).toEqual(["info"]);
  });
});

describe("a program split over bidang tabs, each with its share (trial 8 #12, Disdikbud)", () => {
  const PROG = "1.01.02";
  const bidang = (keg: string, pagu: number, subs: number[]): Line[] => [
    [PROG, "PROGRAM PENGELOLAAN PENDIDIKAN", pagu],
    [`${PROG}.${keg}`, `Pengelolaan Pendidikan ${keg}`, pagu],
    ...subs.map((p, i): Line => [`${PROG}.${keg}.000${i + 1}`, `Sub kegiatan ${keg}.${i + 1}`, p]),
  ];
  it("adds the shares: the Dinas' total is 36,34 M (was PAUD's 4,82 M), the report names no difference", () => {
    const port = office({
      ...titled("Bid. PAUD", bidang("2.04", 4_820_000_000, [4_820_000_000])),
      ...titled("Bid. SD", bidang("2.01", 21_650_000_000, [21_200_000_000, 450_000_000])),
      ...titled("Bid. SMP", bidang("2.02", 9_870_000_000, [9_870_000_000])),
    });
    expect(findings(port, "lintas-tab").map((f) => [f.severity, f.message])).toEqual([
      [
        "info",
        "Pagu program \"PROGRAM PENGELOLAAN PENDIDIKAN\" di tab 'Bid. PAUD' Rp 4.820.000.000, di tab 'Bid. SD' Rp 21.650.000.000 dan di tab 'Bid. SMP' Rp 9.870.000.000 dibaca sebagai bagian tiap tab dan dijumlahkan: Rp 36.340.000.000, di tiap tab sama dengan jumlah pagu di bawahnya.",
      ],
    ]);
    expect(ringkasan(port).row("Jumlah")).toBe(36_340_000_000);
    const rows = readWorkbook(port).plans.flatMap((p) => p.rows.map((r) => ({ ...r, tab: p.tab })));
    expect(paguDiffers(rows)).toEqual([]);
  });
});

describe("a sub kegiatan given the kode of the row above (trial 8 #11)", () => {
  it("is still a sub kegiatan of its own: the kode galat, no 'kurang dari pagu kegiatan'", () => {
    const port = office(
      titled("Bid. SD", [
        [KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 6_500_000_000],
        [`${KEG}.0011`, "Rekonstruksi Jalan", 4_000_000_000],
        [`${KEG}.0012`, "Rehabilitasi Jalan", 2_000_000_000],
        [`${KEG}.0012`, "Pemeliharaan Jembatan", 500_000_000],
      ]),
    );
    const all = periksa(port, { writeReport: false }).findings;
    expect(all.filter((f) => f.rule === "kode").map((f) => f.message)).toEqual([
      `Kode "${KEG}.0012" dipakai untuk dua nama berbeda: "Pemeliharaan Jembatan" dan baris 'Bid. SD'!B6.`,
    ]);
    expect(all.filter((f) => f.rule === "anggaran-induk")).toEqual([]);
  });
});

describe("review 8: what is no share and no second item", () => {
  it("§1 a program in two per-eselon tabs with the same kegiatan under it is one plan typed twice: 11 M, samakan", () => {
    const P = "1.01.02";
    const port = office({
      ...titled("Eselon II", [
        [P, "PROGRAM X", 11_000_000_000],
        [`${P}.2.01`, "Keg A", 6_000_000_000],
        [`${P}.2.02`, "Keg B", 5_000_000_000],
      ]),
      ...titled("Eselon III", [
        [P, "PROGRAM X", 10_000_000_000],
        [`${P}.2.01`, "Keg A", 6_000_000_000],
        [`${P}.2.02`, "Keg B", 4_000_000_000],
      ]),
    });
    expect(findings(port, "lintas-tab").map((f) => f.severity)).toEqual(["error", "error"]);
    const { row, text } = ringkasan(port);
    expect(row("Jumlah")).toBe(11_000_000_000);
    expect(text).toMatch(/samakan pagunya/);
  });

  it("§3 a sub kegiatan's indicator rows whose name differs only in case or spaces are one line: 6 M", () => {
    const port = office(
      titled("Bid. SD", [
        [`${KEG}.0011`, "Rekonstruksi Jalan", 4_000_000_000],
        [`${KEG}.0011`, "Rekonstruksi jalan ", 4_000_000_000],
        [`${KEG}.0012`, "Rehabilitasi Jalan", 2_000_000_000],
      ]),
    );
    expect(ringkasan(port).row("Jumlah")).toBe(6_000_000_000);
  });
});

describe("review 8 §5: the whole's spending when its shares have sub kegiatan", () => {
  it("is the shares' (750 M + 250 M = 1.000.000.000, 12,5 %), not shares and their sub kegiatan added", () => {
    const e3 = titled("Eselon III", [[KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 8_000_000_000]]);
    e3["Eselon III"][3][TEMPLATE_COLUMNS.findIndex((c) => c.field === "realisasiAnggaranTw1")] = "";
    const port = office({
      ...e3,
      ...titled("Bina Marga", [
        [KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 6_000_000_000],
        [`${KEG}.0011`, "Rekonstruksi Jalan", 6_000_000_000],
      ]),
      ...titled("Jembatan", [
        [KEG, "Penyelenggaraan Jalan Kabupaten/Kota", 2_000_000_000],
        [`${KEG}.0015`, "Pembangunan Jembatan", 2_000_000_000],
      ]),
    });
    generateTriwulan(port, { tw: 1 });
    const ev = port.read("Evaluasi TW I 2026").values;
    const h = ev.findIndex((r) => r.includes("Indikator"));
    const c = ev[h].findIndex((x) => String(x).startsWith("Realisasi anggaran"));
    const whole = ev.find((r) => r[1] === KEG);
    expect([whole?.[c], whole?.[c + 1]]).toEqual([1_000_000_000, 12.5]);
  });
});
