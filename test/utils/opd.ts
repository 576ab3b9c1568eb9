/**
 * Generated OPD files for the Inspektorat's rekap: offices in the add-on's template layout and in
 * an office's own layout, at each stage of review (never sent, sent, changed after it was sent,
 * reopened, reviewed), and a file that is no workbook at all. Shared by the rekap tests and the
 * benchmark (scripts/bench.ts).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { reopen, statement, submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { type Settings, settingsCells } from "../../src/core/settings";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { saveXlsx } from "../../src/emulator/xlsx";
import { RENCANA_AKSI_TRANSMIGRASI, RENCANA_AKSI_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { reviuDeps } from "../fixtures/reviu";

const field = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f);

/**
 * Indicator `i` of office `seed` in the template layout with TW I–II reported. Spread so that every
 * kriteria occurs: capaian from about 40 to 115 %, negative indicators, a TW without target, a
 * quarter not reported yet ("belum diisi"), sub kegiatan under kegiatan (the pagu counted once).
 */
export function opdRow(seed: number, i: number, tab: number): CellValue[] {
  const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
  const set = (f: string, v: CellValue) => {
    row[field(f)] = v;
  };
  const k = (seed * 7 + i * 13) % 29;
  const kind = i % 6; // 0–2 kumulatif, 3 tetap (%), 4 akhir (%), 5 negative tetap (%)
  const sub = i % 3 !== 0;
  const kegiatan = `2.0${tab + 1}.01.2.${String(Math.floor(i / 3) + 1).padStart(2, "0")}`;
  set("kode", sub ? `${kegiatan}.000${i % 3}` : kegiatan);
  set("uraian", sub ? `Sub kegiatan ${i + 1}` : `Kegiatan ${i / 3 + 1}`);
  set("indikator", `Indikator ${tab + 1}.${i + 1} kantor ${seed}`);
  if (kind <= 2) {
    set("satuan", "Dokumen");
    set("sifat", "kumulatif");
    set("polaritas", "positif");
    // Every fifth has no target in TW I–II: "–".
    const tws = i % 5 === 4 ? [0, 0, 6, 6] : [3, 3, 3, 3];
    set(
      "targetTahunan",
      tws.reduce((a, b) => a + b, 0),
    );
    for (const [q, t] of tws.entries()) set(`targetTw${q + 1}`, t);
    if (tws[1]) {
      set("realisasiTw1", 1 + (k % 3));
      // Some offices have not reported TW II yet: "belum diisi", not rated on TW I alone.
      if ((seed + i) % 7 !== 0) set("realisasiTw2", 1 + ((k + seed) % 3));
    }
  } else if (kind === 3 || kind === 4) {
    set("satuan", "%");
    set("sifat", kind === 3 ? "tetap" : "akhir");
    set("polaritas", "positif");
    set("targetTahunan", 80);
    for (let q = 1; q <= 4; q++) set(`targetTw${q}`, kind === 3 ? 80 : q * 20);
    set("realisasiTw1", kind === 3 ? 40 + k * 2.5 : 15);
    // An unreported TW II on some tetap and akhir indicators: "belum diisi".
    if ((seed + i) % 4 !== 0) set("realisasiTw2", kind === 3 ? 40 + k * 2.5 : 20 + (k % 8));
  } else {
    set("satuan", "%");
    set("sifat", "tetap");
    set("polaritas", "negatif");
    set("targetTahunan", 5);
    for (let q = 1; q <= 4; q++) set(`targetTw${q}`, 5);
    set("realisasiTw1", 5);
    set("realisasiTw2", 4 + (k % 5) * 0.5);
  }
  const pagu = sub ? 10_000_000 + ((seed * 31 + i * 17) % 50) * 1_000_000 : "";
  if (pagu !== "") {
    set("pagu", pagu);
    for (let q = 1; q <= 4; q++) set(`rakTw${q}`, pagu / 4);
    set("realisasiAnggaranTw1", Math.round((pagu / 4) * 0.9));
    set("realisasiAnggaranTw2", Math.round((pagu / 4) * (0.5 + (k % 10) / 20)));
  }
  return row;
}

/** An office in the template layout: Pengaturan, `tabs` bidang tabs, `n` indicators in all. */
export function opdWorkbook(
  seed: number,
  n: number,
  tabs: number,
  settings: Partial<Settings> = {},
): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: `opd-${seed}` });
  const names = Array.from({ length: tabs }, (_, t) => `Bidang ${String.fromCharCode(65 + t)}`);
  const cells = settingsCells({
    opd: `Dinas Contoh ${seed}`,
    tahun: "2024",
    skala: "permendagri86",
    bidang: names,
    namaBidang: [],
    reviewer: "reviewer@inspektorat.go.id",
    proteksi: "peringatan",
    ...settings,
  });
  wb.write(wb.addTab("Pengaturan"), 1, 1, cells as CellValue[][]);
  names.forEach((name, t) => {
    const count = Math.floor(n / tabs) + (t < n % tabs ? 1 : 0);
    const rows = [
      TEMPLATE_COLUMNS.map((c) => c.header),
      ...Array.from({ length: count }, (_, i) => opdRow(seed, i, t)),
    ];
    wb.write(wb.addTab(name), 1, 1, rows as CellValue[][]);
  });
  return wb;
}

/** An office's own layout (the reference Rencana Aksi of Luwu Timur): no Pengaturan, the OPD only in its titles. */
export function ownLayoutWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "renaksi" });
  const width = Math.max(...RENCANA_AKSI_TRANSMIGRASI.map((r) => r.length));
  wb.write(
    wb.addTab(RENCANA_AKSI_TRANSMIGRASI_TAB),
    1,
    1,
    RENCANA_AKSI_TRANSMIGRASI.map((r) =>
      Array.from({ length: width }, (_, c) => r[c] ?? ""),
    ) as CellValue[][],
  );
  return wb;
}

export type Stage = "belum dikirim" | "dikirim" | "berubah" | "dibuka kembali" | "direviu";

/** Makes the TW's evaluation tab and takes the file through review up to `stage`. */
export function review(
  wb: MemoryWorkbook,
  tw: 1 | 2 | 3 | 4,
  stage: Stage,
  user = "staf@contoh.go.id",
): void {
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw });
  if (stage === "belum dikirim") return;
  const sent = submitForReview(port, reviuDeps(user), {
    tw,
    force: true,
    reason: "diperbaiki setelah reviu",
  });
  if (sent.status !== "dikirim") throw new Error(sent.message);
  if (stage === "berubah") {
    // A realisasi typed over after it was sent (the lock is a warning only).
    const tab = wb.tabs().find((t) => t.name.startsWith("Bidang")) ?? wb.tabs()[1];
    wb.write(tab, 3, field("realisasiTw2") + 1, [[2]]);
  }
  if (stage === "dibuka kembali") reopen(port, reviuDeps(user), { tw, reason: "perbaikan catatan reviu" });
  if (stage === "direviu") statement(port, reviuDeps("reviewer@inspektorat.go.id"), { tw });
}

export interface OpdFile {
  file: string;
  path: string;
}

/**
 * The set the rekap tests run over, written to `dir`: template offices at every review stage, an
 * office's own layout never sent, and a file that is no workbook.
 */
export async function writeOpdSet(dir: string): Promise<OpdFile[]> {
  const out: OpdFile[] = [];
  const save = async (name: string, wb: MemoryWorkbook) => {
    const path = join(dir, name);
    await saveXlsx(wb, path);
    out.push({ file: name, path });
  };
  const stages: [string, number, Stage][] = [
    ["01-dikirim.xlsx", 1, "dikirim"],
    ["02-berubah.xlsx", 2, "berubah"],
    ["03-belum-dikirim.xlsx", 3, "belum dikirim"],
    ["04-dibuka-kembali.xlsx", 4, "dibuka kembali"],
    ["05-direviu.xlsx", 5, "direviu"],
  ];
  for (const [name, seed, stage] of stages) {
    const wb = opdWorkbook(seed, 24 + seed * 6, 1 + (seed % 3));
    review(wb, 2, stage);
    await save(name, wb);
  }
  await save("06-renaksi-sendiri.xlsx", ownLayoutWorkbook());
  const broken = join(dir, "07-rusak.xlsx");
  writeFileSync(broken, "bukan spreadsheet, hanya teks yang diberi nama .xlsx\n");
  out.push({ file: "07-rusak.xlsx", path: broken });
  return out;
}
