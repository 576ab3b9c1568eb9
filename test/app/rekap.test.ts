/**
 * The Inspektorat's rekap over a set of generated OPD files (template offices at every stage of
 * review, an office's own layout never sent, a file that is no workbook): every field of every row
 * is checked against the file's own evaluation — its Ringkasan and Evaluasi tabs as the formula
 * engine computes them, Periksa on the same file, and Verifikasi's fingerprint comparison.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import { NO_PLAN, rekapFiles, rekapSource } from "../../src/app/rekap";
import { HISTORY_TAB, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import type { CellValue } from "../../src/core/cells";
import { ruleTitles } from "../../src/core/checks";
import { evaluasiTabName } from "../../src/core/evaluasi";
import {
  findingCounts,
  median,
  type Rekap,
  type RekapRow,
  type ReviewStatus,
  rekapStatus,
} from "../../src/core/rekap";
import { ringkasanTabName } from "../../src/core/ringkasan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx } from "../../src/emulator/xlsx";
import { reviuDeps } from "../fixtures/reviu";
import { type OpdFile, writeOpdSet } from "../utils/opd";

const dir = mkdtempSync(join(tmpdir(), "sakip-rekap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files: OpdFile[] = [];
let rekap: Rekap;
beforeAll(async () => {
  files = await writeOpdSet(dir);
  rekap = await rekapFiles(
    files.map((f) => ({ file: f.file, open: async () => emulatedPort(await loadXlsx(f.path)).port })),
    2,
    sha256,
  );
}, 120_000);

const LABELS = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];

/** What the file itself says, each figure from where a person would read it in that file. */
async function ownEvaluation(path: string) {
  const workbook = await loadXlsx(path);
  const { port } = emulatedPort(workbook);
  const tabs = port.tabs().map((t) => t.name);
  const settings = port.tabs().some((t) => t.name === "Pengaturan") ? port.read("Pengaturan").values : [];
  const check = periksa(port, { tw: 2, writeReport: false });
  const history = tabs.includes(HISTORY_TAB) ? port.read(HISTORY_TAB).values.slice(1) : [];
  const ofTw = history.filter((r) => r[2] === "TW II");
  const sent = ofTw.filter((r) => r[3] === "Dikirim").pop();
  const moves = ofTw.filter((r) => ["Dikirim", "Dibuka kembali", "Pernyataan dibuat"].includes(String(r[3])));
  // Verifikasi, as the reviewer's panel runs it.
  const changed = sent ? verify(port, reviuDeps("reviewer@inspektorat.go.id"), { tw: 2 }).changed : null;
  // The evaluation tab and its Ringkasan as "Buat tab Triwulan" makes them (again) from this file;
  // it refuses a TW under review, so this copy (never saved) forgets its history first.
  if (tabs.includes(HISTORY_TAB)) workbook.removeTab(HISTORY_TAB);
  generateTriwulan(port, { tw: 2 });
  const ring = port.read(ringkasanTabName(2, "2024")).values;
  const head = ring[4].map(String);
  const total = ring.find((r) => r[0] === "Jumlah") as CellValue[];
  const at = (prefix: string) => total[head.findIndex((h) => h.startsWith(prefix))];
  const evaluasi = port.read(evaluasiTabName(2, "2024")).values;
  const eh = evaluasi[4].map(String);
  const column = (name: string) => evaluasi.slice(5).map((r) => r[eh.indexOf(name)]);
  const capaian = column("Capaian s.d. TW II (%)").filter((v): v is number => typeof v === "number");
  const kriteria = column("Kriteria");
  const notReported = column("Realisasi TW II").filter(
    (v, i) => v === "" && column("Indikator")[i] !== "" && kriteria[i] !== "–",
  ).length;
  const settingOf = (label: string) => settings.find((r) => r[0] === label)?.[1] ?? "";
  return {
    opd: String(settingOf("OPD")),
    ring: {
      indikator: at("Jumlah indikator"),
      kriteria: Object.fromEntries(LABELS.map((l) => [l, at(l)])),
      tanpaTarget: at("Tanpa target"),
      belumDiisi: at("Realisasi s.d. TW II belum diisi"),
      belumAdaCapaian: at("Belum ada capaian"),
      rata: at("Rata-rata capaian"),
      pagu: at("Pagu"),
      realisasi: at("Realisasi anggaran"),
      serapan: at("Serapan"),
    },
    capaian,
    notReported,
    check,
    status: (!sent
      ? "belum dikirim"
      : moves[moves.length - 1][3] === "Dibuka kembali"
        ? "dibuka kembali"
        : moves[moves.length - 1][3] === "Pernyataan dibuat"
          ? "direviu"
          : "dikirim") as ReviewStatus,
    sentAt: sent ? (sent[1] as Date).toISOString() : null,
    sentBy: sent ? String(sent[4]) : null,
    changed,
  };
}

const near = (a: number | null, b: unknown) => {
  if (a === null) return b === "" || b === 0 || b === null;
  return typeof b === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
};

describe("sakip rekap over a set of OPD files", () => {
  it("has one row per file, in the order given, the broken one included", () => {
    expect(rekap.files.map((f) => f.file)).toEqual(files.map((f) => f.file));
  });

  it("every field of every readable row equals the file's own Ringkasan, Evaluasi, Periksa and Verifikasi", async () => {
    const readable = files.filter((f) => !f.file.includes("rusak"));
    expect(readable.length).toBe(6);
    for (const file of readable) {
      const own = await ownEvaluation(file.path);
      const row = rekap.files.find((f) => f.file === file.file) as RekapRow;
      const where = file.file;
      expect(row.error, where).toBeNull();
      expect(row.tw, where).toBe(2);
      expect(row.tahun, where).toBe(2024);
      // OPD: Pengaturan, else the plan's titles (the office's own layout has no Pengaturan).
      expect(row.opd, where).toBe(own.opd || "Dinas Transmigrasi dan Tenaga Kerja");
      expect(row.indikator, where).toBe(own.ring.indikator);
      expect(row.kriteria, where).toEqual(own.ring.kriteria);
      expect(row.tanpaTarget, where).toBe(own.ring.tanpaTarget);
      expect(row.belumDiisi, where).toBe(own.ring.belumDiisi);
      expect(row.belumDiisi, where).toBe(own.notReported);
      expect(row.tidakDihitung, where).toBe(own.ring.belumAdaCapaian);
      expect(near(row.rataCapaian, own.ring.rata), `${where} rata-rata ${row.rataCapaian}`).toBe(true);
      expect(near(row.medianCapaian, median(own.capaian) ?? ""), `${where} median`).toBe(true);
      expect(near(row.pagu, own.ring.pagu), `${where} pagu`).toBe(true);
      expect(near(row.realisasiAnggaran, own.ring.realisasi), `${where} realisasi`).toBe(true);
      expect(near(row.serapan, own.ring.serapan), `${where} serapan`).toBe(true);
      expect(row.galat, where).toBe(own.check.summary.error);
      expect(row.peringatan, where).toBe(own.check.summary.warning);
      expect(row.aturanTeratas, where).toEqual(findingCounts(own.check.findings, ruleTitles()).aturanTeratas);
      // Changed since it was sent or reviewed: neither (trial 3, D10).
      expect(row.status, where).toBe(rekapStatus(own.status, own.changed));
      expect(row.dikirimPada, where).toBe(own.sentAt);
      expect(row.dikirimOleh, where).toBe(own.sentBy);
      expect(row.sidikBerubah, where).toBe(own.changed);
      // Its findings are the second tab's rows for this file, as Periksa lists them.
      const mine = rekap.findings.filter((f) => f.file === file.file);
      expect(
        mine.map((f) => [f.tab, f.cell, f.rule, f.severity, f.message]),
        where,
      ).toEqual(own.check.findings.map((f) => [f.sheet, f.cell, f.rule, f.severity, f.message]));
    }
  }, 120_000);

  it("covers what the Inspektorat asks: every review state, a change after sending, kriteria of every band", () => {
    const by = (name: string) => rekap.files.find((f) => f.file.includes(name)) as RekapRow;
    expect(by("01-dikirim")).toMatchObject({ status: "dikirim", sidikBerubah: false });
    expect(by("02-berubah")).toMatchObject({ status: "berubah setelah dikirim", sidikBerubah: true });
    expect(by("03-belum")).toMatchObject({ status: "belum dikirim", sidikBerubah: null, dikirimPada: null });
    expect(by("04-dibuka")).toMatchObject({ status: "dibuka kembali" });
    expect(by("05-direviu")).toMatchObject({ status: "direviu", sidikBerubah: false });
    expect(by("06-renaksi")).toMatchObject({
      status: "belum dikirim",
      opd: "Dinas Transmigrasi dan Tenaga Kerja",
    });
    for (const l of LABELS) expect(rekap.total.kriteria[l], l).toBeGreaterThan(0);
    expect(rekap.total.belumDiisi).toBeGreaterThan(0);
    expect(rekap.total.tanpaTarget).toBeGreaterThan(0);
  });

  it("a file that is no workbook is a row saying why in one Indonesian sentence; the rekap goes on", () => {
    const broken = rekap.files.find((f) => f.file.includes("rusak")) as RekapRow;
    expect(broken.error).toMatch(/^Berkas ".*07-rusak\.xlsx" bukan spreadsheet \.xlsx .*\.$/);
    expect(broken).toMatchObject({ indikator: null, rataCapaian: null, status: null, peringkat: null });
    expect(rekap.total).toMatchObject({ berkas: 7, gagal: 1 });
  });

  it("the total pools the rows and the ranking orders the files by average capaian", () => {
    const ok = rekap.files.filter((f) => f.error === null);
    expect(rekap.total.indikator).toBe(ok.reduce((n, f) => n + (f.indikator ?? 0), 0));
    expect(rekap.total.galat).toBe(ok.reduce((n, f) => n + (f.galat ?? 0), 0));
    const ranked = rekap.ranking.map((i) => rekap.files[i].rataCapaian as number);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    expect(rekap.ranking.map((i) => rekap.files[i].peringkat)).toEqual(ranked.map((_, i) => i + 1));
  });
});

describe("a workbook with nothing to rekap", () => {
  it("is a row saying so, not an empty row of zeros", async () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Catatan"), 1, 1, [["rapat tanggal 3"]]);
    const result = await rekapSource(
      { file: "catatan.xlsx", open: async () => emulatedPort(wb).port },
      2,
      sha256,
    );
    expect(result.row).toMatchObject({ file: "catatan.xlsx", indikator: null, galat: null, error: NO_PLAN });
  });
});
