/**
 * Finds a Rencana Aksi / evaluation table in a tab matrix (values as `getValues()` returns them).
 * Pure: no I/O. Stages, one module each: vocabulary (header words), rowkinds (what a row is), band,
 * families (header grid and paths), evidence (what a path says), assign (fields and level blocks,
 * corrections first), longform (per-TW rows), rows (indicator rows), explain (missing columns).
 * The steps: find the header band (1–4 rows, MAX_BAND_ROWS; merged cells appear as a value in the first
 * cell and "" in the rest), give each column a field from its header path (group headers above apply
 * to the sub-headers under them until the next group to the right), split the columns into level
 * blocks (a name column such as "Program" / "Kegiatan" / "Sub Kegiatan", or a group with that name,
 * starts a block), then read the data rows.
 *
 * Choices worth knowing:
 * - Side by side levels (the LAKIP "EVALUASI KINERJA" sheets: Program | Kegiatan | Sub Kegiatan, each
 *   with its own Indikator/Satuan/Target): every indicator of every level becomes its own PlanRow with
 *   `level` set from its block. `PlanTable.columns` then holds the columns of the most detailed block
 *   (plus the shared ones: kode, pagu, RAK, penanggung jawab…) and the name column of every level.
 * - Per-TW rows (the same sheets write "Triwulan I … Triwulan IV" down a column under "Target", with the
 *   value in the merged cell's second column): the four rows fill targetTw/realisasiTw of the indicator
 *   above; `columns.targetTw1…4` (and realisasiTw1…4) then all point to that one column.
 * - "JUMLAH" / "TOTAL …" rows are skipped: they are not indicators and do not change the inherited
 *   names. Reading stops at a signature block ("Malili, Maret 2024", "Mengetahui", "NIP. …").
 * - A row holding only text in text columns (names, indikator, penanggung jawab) right below another
 *   row continues that row's wrapped text and is joined to it.
 */
import type { CellValue } from "../cells";
import { type PlanField, type PlanTable, twFields } from "../plan";
import { normalise } from "../text";
import { readHeader } from "./assign";
import { correctedBand, dataStartOf, findBand } from "./band";
import { explainColumns, missingFields, titleYear } from "./explain";
import { isEmptyRow, widthOf } from "./rowkinds";
import { readRows } from "./rows";
import { splitKode } from "./splitkode";
import { pointAtToDate } from "./todate";
import { HEADER_SCAN_ROWS, type PlanDetection, type ReadOptions } from "./types";
import { normaliseHeader, TW_NUMBER, TW_RE } from "./vocabulary";

export {
  guessNotes,
  missingMessage,
  REQUIRED_FIELDS,
  renstraTableSentence,
  TITLE_YEAR,
  unreadSentence,
} from "./explain";
export { isHeaderRow } from "./rowkinds";
export type { LayoutCorrection, PlanDetection, ReadOptions } from "./types";
export { HEADER_AREA_ROWS } from "./types";
export { normaliseHeader, twLabel } from "./vocabulary";

/** This year's figures: a table with none of them and Renstra targets is the Renstra table. */
const THIS_YEAR: PlanField[] = [
  "targetTahunan",
  "realisasiTahunan",
  ...twFields("targetTw"),
  ...twFields("realisasiTw"),
];

/** Finds the plan table of a tab and reads its indicator rows. */
export function detectPlan(tab: string, values: CellValue[][], options: ReadOptions = {}): PlanDetection {
  if (values.every(isEmptyRow))
    return { ok: false, reason: `Tab '${tab}' kosong; tidak ada Rencana Aksi yang bisa dibaca.` };
  const width = widthOf(values);
  const merges = options.merges ?? [];
  const fix = options.correction;
  const band = fix?.header ? correctedBand(fix.header, values.length) : findBand(values, width, merges, fix);
  if (band && "headerOnly" in band) {
    // No Indikator column: the header as read, so a person can point at it in Cara dibaca.
    const dataStart = dataStartOf(values, band);
    const h = readHeader(values, band.top, band.bottom, width, merges, {
      fix,
      dataStart,
      tahun: options.tahun,
    });
    const columns = Object.assign({}, ...h.blocks.map((b) => b.cols), h.shared);
    return {
      ok: false,
      reason: `Tab '${tab}' memiliki baris judul kolom, tetapi tidak ada kolom Indikator, jadi tidak bisa dibaca sebagai Rencana Aksi.`,
      table: {
        tab,
        headerTop: band.top,
        headerBottom: band.bottom,
        dataStart,
        columns,
        rows: [],
        reading: explainColumns(h, columns),
      },
    };
  }
  if (!band) {
    return {
      ok: false,
      reason: `Tab '${tab}' tidak memuat baris judul kolom Rencana Aksi (Indikator, Target, …) pada ${HEADER_SCAN_ROWS} baris pertama.`,
    };
  }
  const dataStart = dataStartOf(values, band);
  const h = readHeader(values, band.top, band.bottom, width, merges, {
    fix,
    dataStart,
    tahun: options.tahun,
  });
  h.kodeParts = splitKode(h, values, dataStart, fix?.kodeParts);
  const { columns, rows } = readRows(values, band, h, dataStart);
  // A person's sifat for an indicator row wins over the plan's cell and over the values.
  // It follows its indicator: the row when its text still matches, else the row with that text.
  const lost: string[] = [...h.fixNotes];
  for (const s of fix?.sifat ?? []) {
    const same = (r: (typeof rows)[number]) =>
      !!r.indikator && normalise(r.indikator) === normalise(s.indikator ?? "");
    const at = rows.find((r) => r.row === s.row);
    const r = !s.indikator ? at : at && same(at) ? at : rows.find(same);
    if (r) {
      r.sifat = s.sifat;
      r.sifatKoreksi = true;
    } else if (s.indikator)
      lost.push(
        `Koreksi sifat target “baris ${s.row + 1}: ${s.indikator}” di Pengaturan tidak menemukan indikatornya lagi; perbaiki teks indikatornya di tabel koreksi atau pilih sifatnya lagi di Cara dibaca.`,
      );
  }
  const table: PlanTable = { tab, headerTop: band.top, headerBottom: band.bottom, dataStart, columns, rows };
  if (lost.length) table.koreksiHilang = lost;
  if (h.months && columns.rakTw1 === undefined) table.rakBulan = h.months;
  const tahun = h.tahun ?? titleYear(values, band.top);
  if (tahun !== null) table.tahun = tahun;
  table.reading = explainColumns(h, columns);
  pointAtToDate(table);
  // "Capaian s.d. TW II": the TW its figures are of.
  const tw = TW_RE.exec(normaliseHeader(h.notes.find((n) => n.col === columns.capaian)?.header ?? ""));
  if (tw) table.capaianTw = TW_NUMBER[tw[1]];
  if (h.years.length || h.renstra)
    table.periodColumns = {
      years: h.years.map((y) => ({ tahun: y.tahun, ...y.cols })),
      ...(h.renstra ? { renstra: { ...h.renstra.cols } } : {}),
    };
  // Targets only of the Renstra's years, none of this year's (no Target, no TW figure): the office's
  // Renstra table, read for the reports' target akhir, never a bidang evaluated per TW.
  if (h.renstra?.cols.target !== undefined && !THIS_YEAR.some((f) => columns[f] !== undefined)) {
    table.renstraTable = true;
    return { ok: true, table, missing: [] };
  }
  return { ok: true, table, missing: missingFields(columns) };
}
