/**
 * The checks as a whole (src/core/checks/index.ts): every rule on correct rows gives no galat, and
 * checkWorkbook over whole workbooks: which tabs are read, how findings are sorted and counted, the
 * wording contract, and a large workbook.
 */
import { describe, expect, it } from "vitest";
import type { TabSnapshot } from "../../../src/app/port";
import { buildContext, checkWorkbook, RULES } from "../../../src/core/checks";
import { anggaranInduk } from "../../../src/core/checks/rules/anggaran-induk";
import { anggaranTw } from "../../../src/core/checks/rules/anggaran-tw";
import { capaianTertulis } from "../../../src/core/checks/rules/capaian-tertulis";
import { lintasTab } from "../../../src/core/checks/rules/lintas-tab";
import { realisasiAnggaran } from "../../../src/core/checks/rules/realisasi-anggaran";
import { twTarget } from "../../../src/core/checks/rules/tw-target";
import {
  col,
  LKJIP_PENEMPATAN,
  LKJIP_PENUNJANG,
  pkTab,
  type Row,
  snapshot,
  templateTab,
  tw,
} from "../../fixtures/checks";
import * as plans from "../../fixtures/plans";
import { errors } from "../../utils/checks";

describe("no galat on correct rows", () => {
  it("the LKjIP program tables and the Luwu Timur template raise no error in any rule", async () => {
    const plans = await import("../../fixtures/plans");
    const tabs = [
      templateTab("Renaksi Kukar", [...LKJIP_PENUNJANG, ...LKJIP_PENEMPATAN]),
      snapshot(plans.TEMPLATE_TRANSMIGRASI_TAB, plans.TEMPLATE_TRANSMIGRASI),
    ];
    const { ctx } = buildContext(tabs, 1);
    const all = [anggaranTw, anggaranInduk, lintasTab, realisasiAnggaran, capaianTertulis, twTarget].flatMap(
      (rule) => rule.run(ctx),
    );
    expect(errors(all)).toEqual([]);
  });
});

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

/** A broken row: RAK that does not add up and TW targets that fit no sifat. */
const broken: Row = {
  no: 1,
  uraian: "Penyuluhan Transmigrasi",
  indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
  satuan: "KK",
  targetTahunan: 40,
  ...tw("targetTw", [38, 0, 0, 0]),
  pagu: 30_580_000,
  ...tw("rakTw", [3_058_000, 0, 0, 0]),
};

function workbook(): TabSnapshot[] {
  return [
    pkTab("PK 2024", [
      [
        "Meningkatnya Pengembangan dan Kemandirian Warga Transmigran",
        "Persentase Warga Transmigran Mandiri",
        "%",
        "63,57",
      ],
      ["Terlaksananya Penetapan Kawasan Transmigrasi", "Persentase Penetapan Kawasan Transmigrasi", "%", 100],
    ]),
    snapshot(plans.RENCANA_AKSI_TRANSMIGRASI_TAB, plans.RENCANA_AKSI_TRANSMIGRASI),
    snapshot(plans.TEMPLATE_TRANSMIGRASI_TAB, plans.TEMPLATE_TRANSMIGRASI),
    snapshot(plans.LAKIP_SEKRETARIAT_TAB, plans.LAKIP_SEKRETARIAT),
    snapshot("Daftar Hadir", plans.DAFTAR_HADIR),
    snapshot("Bidang Umum", [["Catatan rapat bidang"], ["belum ada tabel"]]),
    // The add-on's own tabs and the evaluation tabs are never checked, whatever they hold.
    templateTab("Hasil Pemeriksaan", [broken]),
    templateTab("Riwayat Reviu", [broken]),
    templateTab("Catatan Reviu TW I", [broken]),
    templateTab("Evaluasi TW I 2024", [broken]),
  ];
}

describe("checkWorkbook", () => {
  const { findings, summary } = checkWorkbook(workbook(), { currentTw: 1 });
  const names = workbook().map((t) => t.name);

  it("reads the plan tabs and the PK, skips the others, and notes a bidang tab without a header", () => {
    const sheets = new Set(findings.map((f) => f.sheet));
    for (const ignored of [
      "Hasil Pemeriksaan",
      "Riwayat Reviu",
      "Catatan Reviu TW I",
      "Evaluasi TW I 2024",
      "Daftar Hadir",
    ]) {
      expect(sheets.has(ignored), ignored).toBe(false);
    }
    const note = findings.filter((f) => f.sheet === "Bidang Umum");
    expect(note.map((f) => [f.severity, f.cell])).toEqual([["info", "A1"]]);
    expect(summary.tabs).toBe(4);
    // 15 in the Renaksi, 12 in the template, 16 in the evaluation sheet
    expect(summary.indicators).toBe(43);
  });

  it("finds the planted defects: the RAK split of the Renaksi and the capped capaian of the evaluation sheet", () => {
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "anggaran-tw",
        severity: "error",
        sheet: plans.RENCANA_AKSI_TRANSMIGRASI_TAB,
        row: 18,
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "capaian-tertulis",
        severity: "info",
        sheet: plans.LAKIP_SEKRETARIAT_TAB,
        cell: "U51",
      }),
    );
  });

  it("sorts by severity, then tab order, then row, and counts what it returns", () => {
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1];
      const b = findings[i];
      const key = (f: typeof a) => [SEVERITY[f.severity], names.indexOf(f.sheet), f.row];
      const [sa, ta, ra] = key(a);
      const [sb, tb, rb] = key(b);
      expect(sa < sb || (sa === sb && (ta < tb || (ta === tb && ra <= rb))), `${i}`).toBe(true);
    }
    expect(summary.error + summary.warning + summary.info).toBe(findings.length);
    expect(summary.error).toBe(findings.filter((f) => f.severity === "error").length);
  });

  it("writes every message as one Indonesian sentence with a suggestion and valid cells", () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(ids.has(f.rule) || f.rule === "tab", f.rule).toBe(true);
      expect(f.message, f.message).toMatch(/^[A-Z][^\n]*\.$/);
      expect(f.message).not.toMatch(/NaN|undefined|null|\[object/);
      expect(f.suggestion.length).toBeGreaterThan(10);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.cell.endsWith(String(f.row))).toBe(true);
      for (const r of f.related) expect(r.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  it("lists each rule once with an Indonesian title", () => {
    expect(RULES.map((r) => [r.id, r.severity])).toEqual([
      ["tab-bidang", "error"],
      ["kolom-terbaca", "warning"],
      ["tw-target", "error"],
      ["sifat-target", "warning"],
      ["anggaran-tw", "error"],
      ["anggaran-induk", "error"],
      ["anggaran-induk-antar-tab", "error"],
      ["lintas-tab", "error"],
      ["pk-renaksi", "error"],
      ["realisasi-anggaran", "error"],
      ["realisasi-kosong", "warning"],
      ["realisasi-janggal", "warning"],
      ["capaian-tertulis", "error"],
      ["capaian-tahunan", "error"],
      ["evaluasi-hitungan", "error"],
      ["persentase-lain", "error"],
      ["polaritas", "warning"],
      ["format-angka", "warning"],
      ["kode", "error"],
      ["wajib", "warning"],
    ]);
    for (const r of RULES) expect(r.title).toMatch(/^[A-Z]/);
  });

  it("finds nothing in an empty workbook", () => {
    expect(checkWorkbook([])).toEqual({
      findings: [],
      summary: { error: 0, warning: 0, info: 0, tabs: 0, indicators: 0 },
    });
  });
});

describe("a large workbook", () => {
  /**
   * One bidang tab of n rows: program → kegiatan → sub kegiatan with kode, parents' pagu the sum of
   * their children, RAK, TW targets and realisasi, every fifth pagu typed as text. Every tab holds the
   * same names (the worst case for lintas-tab). Planted: TW targets that do not add up every 97th row,
   * and one sub kegiatan whose pagu differs in the tab given by `odd`.
   */
  function bigTab(name: string, n: number, odd: boolean): TabSnapshot {
    const rows: Row[] = [];
    const paguOf: number[] = [];
    const depth: number[] = [];
    let p = 0;
    let k = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      let kode: string;
      let uraian: string;
      if (i % 50 === 0) {
        p++;
        k = 0;
        kode = `2.07.${String(p).padStart(2, "0")}`;
        uraian = `Program ${p}`;
        depth.push(1);
      } else if (i % 10 === 0 || k === 0) {
        k++;
        s = 0;
        kode = `2.07.${String(p).padStart(2, "0")}.2.${String(k).padStart(2, "0")}`;
        uraian = `Kegiatan ${p}.${k}`;
        depth.push(2);
      } else {
        s++;
        kode = `2.07.${String(p).padStart(2, "0")}.2.${String(k).padStart(2, "0")}.${String(s).padStart(4, "0")}`;
        uraian = `Sub Kegiatan ${p}.${k}.${s}`;
        depth.push(3);
      }
      paguOf.push(depth[i] === 3 ? 4_000_000 + ((i * 7919) % 1000) * 1000 : 0);
      rows.push({
        no: i + 1,
        kode,
        uraian,
        indikator: `Jumlah keluaran ${uraian}`,
        satuan: i % 3 === 0 ? "%" : "Dokumen",
        polaritas: "Positif",
        sifat: "Kumulatif",
        targetTahunan: 10,
        ...tw("targetTw", [4, 2, 2, i % 97 === 0 ? 3 : 2]),
        ...tw("realisasiTw", [4, 2, "", ""]),
        penanggungJawab: "Kepala Bidang",
      });
    }
    // Parents get the sum of their children, bottom up.
    const open = [0, 0, 0, 0];
    for (let i = n - 1; i >= 0; i--) {
      const d = depth[i];
      if (d < 3) paguOf[i] = open[d + 1];
      open[d] += paguOf[i];
      for (let deeper = d + 1; deeper < 4; deeper++) open[deeper] = 0;
    }
    if (odd) paguOf[503] += 500_000;
    rows.forEach((row, i) => {
      const pagu = paguOf[i];
      Object.assign(row, {
        pagu: i % 5 === 0 ? pagu.toLocaleString("id-ID") : pagu,
        ...tw("rakTw", [pagu / 4, pagu / 4, pagu / 4, pagu / 4]),
        ...tw("realisasiAnggaranTw", [pagu / 5, pagu / 5, "", ""]),
      });
    });
    return templateTab(name, rows);
  }

  // How long this takes is `periksa_10x1000_ms` in `npm run bench`, reported there, not asserted here.
  it("checks 10 tabs × 1.000 rows and finds exactly the planted errors", () => {
    const tabs = Array.from({ length: 10 }, (_, t) => bigTab(`Bidang ${t + 1}`, 1000, t === 2));
    const { findings, summary } = checkWorkbook(tabs, { currentTw: 2 });
    expect(summary.indicators).toBe(10_000);
    const by = (rule: string) => findings.filter((f) => f.rule === rule);
    expect(by("tw-target")).toHaveLength(10 * 11);
    // The odd pagu: once across tabs, once against its kegiatan (more than the parent), and so are
    // its RAK TW I–IV and realisasi anggaran TW I–II (a quarter and a fifth of it).
    expect(by("lintas-tab").map((f) => [f.sheet, f.row])).toEqual([["Bidang 3", 505]]);
    const induk = by("anggaran-induk");
    expect(induk.every((f) => f.sheet === "Bidang 3" && f.severity === "error")).toBe(true);
    expect(induk.map((f) => f.cell.replace(/\d+$/, ""))).toEqual(
      (
        [
          "pagu",
          "rakTw1",
          "rakTw2",
          "rakTw3",
          "rakTw4",
          "realisasiAnggaranTw1",
          "realisasiAnggaranTw2",
        ] as const
      ).map((f) => col(f)),
    );
    expect(by("anggaran-tw")).toHaveLength(0);
  });
});
