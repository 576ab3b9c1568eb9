/**
 * "Cara tab dibaca": what the add-on understood of each plan tab (header rows, first data row,
 * indicator count, each column's meaning) and the person's correction of it, kept in Pengaturan.
 * The sidebar panel and `sakip baca` show the same reading.
 */
import type { ColumnReading, TabReading } from "../api";
import { columnLetter } from "../core/a1";
import type { CellValue, WriteCell } from "../core/cells";
import { familyHeader, fieldHeader } from "../core/columns";
import {
  AUTO,
  CORRECTABLE_FIELDS,
  type CorrectionEntry,
  correctionRow,
  correctionSlot,
  KODE_PART,
  KOREKSI_COL,
  KOREKSI_HEADER,
  MEANINGS,
  MONTH_PART,
  meaningLabel,
  NOT_USED,
  RENSTRA_FIELDS,
} from "../core/koreksi";
import { guessNotes, renstraTableSentence } from "../core/layout";
import { toDateField } from "../core/layout/values";
import { isNumberLike } from "../core/layout/vocabulary";
import { type Meaning, MONTHS_NEED, type PlanField, type PlanTable, ROMAN, TW_FIELD } from "../core/plan";
import { UserError } from "../core/result";
import { SETTINGS_TAB } from "../core/settings";
import { parseSifat, readSifat } from "../core/sifat";
import { readWorkbook, tahunSentence, valuesOf, type Workbook } from "./plans";
import type { WorkbookPort } from "./port";

/** "Target TW I–IV" for the four TW fields read from one column (per-TW rows), else each header. */
function labelOf(fields: PlanField[]): string {
  const family = TW_FIELD.exec(fields[0] ?? "");
  if (family && fields.length === 4 && fields.every((f) => TW_FIELD.exec(f)?.[1] === family[1]))
    return `${familyHeader(fields[0])} TW I–IV`;
  return fields.map(fieldHeader).join(", ");
}

const cellText = (v: CellValue | undefined) =>
  v === undefined || v === "" ? "" : String(v).replace(/\s+/g, " ").trim();

/** The reading of one plan tab. */
export function readingOf(wb: Workbook, table: PlanTable): TabReading {
  const values = valuesOf(wb, table.tab);
  const band = values.slice(table.headerTop, table.headerBottom + 1);
  let width = 0;
  for (const row of values.slice(table.headerTop, table.dataStart + 50))
    for (let c = row.length - 1; c >= width; c--) if (cellText(row[c])) width = c + 1;
  const byCol = new Map<number, PlanField[]>();
  for (const [f, c] of Object.entries(table.columns)) {
    // A per-TW realisasi pointing at the figures to date is how they are used, not a second reading.
    if (
      c === undefined ||
      (f !== toDateField(f as PlanField) && table.columns[toDateField(f as PlanField)] === c)
    )
      continue;
    byCol.set(c, [...(byCol.get(c) ?? []), f as PlanField]);
  }
  const fix = wb.reading.get(table.tab)?.correction;
  const corrected = new Set([...(fix?.columns ?? []), ...(fix?.renstra ?? [])].map((c) => c.col));
  const indicatorRows = table.rows.filter((r) => r.indikator).map((r) => values[r.row] ?? []);
  const columns: ColumnReading[] = [];
  // The reader's provenance per column (header word, value evidence, doubt), when it gives one.
  const explained = new Map((table.reading ?? []).map((e) => [e.col, e]));
  for (let c = 0; c < width; c++) {
    const note = explained.get(c);
    // A second Indikator column (Hasil, Keluaran) is read too, though the table names one.
    const fields = byCol.get(c) ?? note?.fields.filter((f) => f === "indikator") ?? [];
    const header: string[] = [];
    for (const row of band) {
      const t = cellText(row[c]);
      if (t && header[header.length - 1] !== t) header.push(t);
    }
    const column: ColumnReading = {
      col: c,
      letter: columnLetter(c + 1),
      field: fields.length === 1 ? fields[0] : null,
      // A column of another year or of the Renstra is read, though no field of this year's plan.
      label: fields.length ? labelOf(fields) : note?.role || NOT_USED,
      header: header.join(" / "),
      path: header,
      corrected: corrected.has(c),
    };
    const why = [note?.word ? `kata "${note.word}"` : "", note?.evidence ?? ""].filter(Boolean).join("; ");
    if (why) column.why = why;
    // The reader gives every unsure column its doubt (core/layout/assign.ts).
    if (note?.unsure && !column.corrected)
      column.unsure = `${note.doubt}${!note.evidence ? "" : note.doubt?.endsWith("nilainya") ? `: ${note.evidence}` : ` (${note.evidence})`}`;
    else if (!fields.length && !note?.role && !column.corrected) {
      const filled = indicatorRows.filter((row) => isNumberLike(row[c] ?? "")).length;
      if (filled) column.unsure = `berisi angka di ${filled} baris indikator, tetapi tidak dipakai`;
    }
    columns.push(column);
  }
  return {
    tab: table.tab,
    headerTop: table.headerTop + 1,
    headerBottom: table.headerBottom + 1,
    dataStart: table.dataStart + 1,
    indicators: table.rows.filter((r) => r.indikator).length,
    columns,
    corrected: corrected.size > 0 || fix?.header !== undefined,
    // A Renstra table is evaluated by nobody: how it was read, no sifat or polaritas to look at.
    guesses: table.renstraTable ? [renstraTableSentence(table.tab)] : guessNotes(table),
    // Indicators whose sifat a person should look at, or has corrected: one choice each.
    sifat: (table.renstraTable ? [] : table.rows).flatMap((pr) => {
      const s = readSifat(pr);
      return pr.indikator && (s.unsure || pr.sifatKoreksi)
        ? [
            {
              row: pr.row + 1,
              indikator: pr.indikator,
              sifat: s.sifat,
              why: s.why,
              corrected: !!pr.sifatKoreksi,
            },
          ]
        : [];
    }),
  };
}

/** The choices a column can be given in the panel, with their Indonesian names. */
export function correctableFields(): { field: string; label: string }[] {
  return [
    ...CORRECTABLE_FIELDS.flatMap((f): (PlanField | Meaning)[] =>
      f === "kode" ? [f, KODE_PART] : f === "rakTw4" ? [f, MONTH_PART] : [f],
    ),
    ...RENSTRA_FIELDS,
  ].map((f) => ({ field: f, label: meaningLabel(f) }));
}

/** The reading as text, consecutive columns of one TW family on one line ("L–O: RAK TW I–IV"). */
export function readingText(r: TabReading): string {
  const lines = [
    `${r.tab}: baris judul ${r.headerTop === r.headerBottom ? r.headerTop : `${r.headerTop}–${r.headerBottom}`}, data mulai baris ${r.dataStart}, ${r.indicators} indikator${r.corrected ? " (dikoreksi di Pengaturan)" : ""}`,
  ];
  for (let i = 0; i < r.columns.length; i++) {
    const c = r.columns[i];
    const family = TW_FIELD.exec(c.field ?? "");
    let j = i;
    if (family && family[2] === "1") {
      while (
        j + 1 < r.columns.length &&
        j - i < 3 &&
        r.columns[j + 1].field === `${family[1]}${j - i + 2}` &&
        r.columns[j + 1].col === r.columns[j].col + 1
      )
        j++;
    }
    const mark = r.columns.slice(i, j + 1).some((x) => x.corrected) ? " (koreksi)" : "";
    const unsure = r.columns.slice(i, j + 1).find((x) => x.unsure)?.unsure;
    const doubt = unsure ? `  ⚠ belum pasti: ${unsure}` : "";
    if (j > i) {
      const base = c.label.replace(/ TW I$/, "");
      lines.push(`  ${c.letter}–${r.columns[j].letter}: ${base} TW I–${ROMAN[j - i]}${mark}${doubt}`);
      i = j;
    } else {
      const header = c.header && c.label !== c.header ? `  ← "${c.header}"` : "";
      lines.push(
        `  ${c.letter}: ${c.label === NOT_USED ? `tidak dipakai` : c.label}${mark}${header}${doubt}`,
      );
    }
  }
  for (const g of r.guesses ?? []) lines.push(`  ${/^(?:Baris \d|Kolom [A-Z])/.test(g) ? "⚠ " : ""}${g}`);
  return lines.join("\n");
}

/**
 * Keeps corrections in the table of Pengaturan (G:I), each replacing an earlier one for the same tab
 * and column: one family ("Q–T: Realisasi TW I–IV") is four rows written in one block, under the
 * document lock, the rest of Pengaturan untouched.
 */
export function correctReading(
  port: WorkbookPort,
  entries: CorrectionEntry | readonly CorrectionEntry[],
): { message: string } {
  const given = Array.isArray(entries) ? entries : [entries as CorrectionEntry];
  if (!given.length) throw new UserError("Pilih kolom yang ingin dikoreksi.");
  return port.withLock(() => {
    const wb = readWorkbook(port);
    const list = given.map((e) => {
      // An indicator's sifat keeps the indicator's text, so it follows it when rows move.
      if (!("sifat" in e)) return e;
      const at = wb.plans.find((p) => p.tab === e.tab)?.rows.find((r) => r.row === e.row);
      return at?.indikator ? { ...e, indikator: String(at.indikator).trim() } : e;
    });
    for (const entry of list) {
      if (!wb.snapshots.has(entry.tab))
        throw new UserError(`Tab "${entry.tab}" tidak ada di spreadsheet ini.`, "tidak-ditemukan");
      if (
        "sifat" in entry &&
        !wb.plans.some((p) => p.tab === entry.tab && p.rows.some((r) => r.row === entry.row))
      )
        throw new UserError(
          `Baris ${entry.row + 1} tab "${entry.tab}" bukan baris indikator: sifat target dikoreksi per indikator.`,
          "masukan",
          "row",
        );
      // This year's figure in a column whose header names only an earlier year (trial 6 #20).
      if ("field" in entry && (entry.field === "realisasiTahunan" || entry.field === "targetTahunan")) {
        const table = [...wb.plans, ...wb.unread, ...wb.renstra].find((p) => p.tab === entry.tab);
        const header = table?.reading?.find((c) => c.col === entry.col)?.header ?? "";
        const years = (header.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
        const tahun = table?.tahun;
        const earlier = tahun && years.length && !years.includes(tahun) ? Math.max(...years) : 0;
        if (tahun && earlier < tahun && earlier > 0)
          throw new UserError(
            `Kolom ${columnLetter(entry.col + 1)} ada di bawah judul tahun ${earlier}, padahal tahun yang diukur ${tahun}: ${earlier === tahun - 1 ? `untuk angka tahun ${earlier} pilih "${meaningLabel(entry.field === "targetTahunan" ? "renstra:laluTarget" : "renstra:laluRealisasi")}"` : `angkanya sudah dibaca sebagai angka tahun ${earlier}`}; bila memang angka tahun ${tahun}, ubah dulu judul kolomnya.`,
            "masukan",
            "field",
          );
      }
      if ("header" in entry && entry.header.bottom < entry.header.top)
        throw new UserError(
          "Baris judul terakhir tidak boleh di atas baris judul pertama.",
          "masukan",
          "headerBottom",
        );
    }
    // The panel saves a tab's months (consecutive) in one action: all twelve, or nothing.
    if (list.filter((e) => (e as { field?: string }).field === MONTH_PART).length % 12)
      throw new UserError(MONTHS_NEED);
    if (!wb.snapshots.has(SETTINGS_TAB)) port.create(SETTINGS_TAB);
    const values = valuesOf(wb, SETTINGS_TAB).map((r) => [...r]);
    const blocks = [];
    if (String(values[0]?.[KOREKSI_COL - 1] ?? "").trim() !== KOREKSI_HEADER[0])
      blocks.push({ row: 1, col: KOREKSI_COL, cells: [[...KOREKSI_HEADER]] });
    for (const entry of list) {
      const slot = Math.max(1, correctionSlot(values, entry));
      const cells = correctionRow(entry);
      // Undo: the column's row is blanked (none: nothing to take away).
      if (!cells[0] && !values[slot]?.[KOREKSI_COL - 1]) continue;
      blocks.push({ row: slot + 1, col: KOREKSI_COL, cells: [cells] });
      // The next entry of this batch sees this one (a new row is not taken twice).
      while (values.length <= slot) values.push([]);
      values[slot][KOREKSI_COL - 1] = cells[0] as string;
      values[slot][KOREKSI_COL] = cells[1] as string;
      values[slot][KOREKSI_COL + 1] = cells[2] as string;
    }
    if (blocks.length) port.write(SETTINGS_TAB, mergeRows(blocks));
    return {
      message: `Koreksi disimpan di tab Pengaturan: ${correctionWhat(list)}. Semua perintah memakai pembacaan ini.`,
    };
  });
}

/** Consecutive one-row blocks of the same columns as one block (one write for a family). */
function mergeRows(blocks: { row: number; col: number; cells: WriteCell[][] }[]) {
  const out: typeof blocks = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (
      last &&
      last.col === b.col &&
      last.row + last.cells.length === b.row &&
      b.cells[0].length === last.cells[0].length
    )
      last.cells = [...last.cells, ...b.cells];
    else out.push({ ...b, cells: [...b.cells] });
  }
  return out;
}

/** "dibaca sebagai Indikator", "dibaca otomatis lagi" (a correction taken away). */
const readAs = (field: PlanField | Meaning | null) =>
  field === AUTO ? "dibaca otomatis lagi" : `dibaca sebagai ${field ? meaningLabel(field) : NOT_USED}`;

/**
 * "kolom Q–T tab 'Bidang A' dibaca sebagai Realisasi TW I–IV", "kolom A–E … dibaca sebagai Kode
 * (bagian)" (columns of one tab given one meaning at once), or each correction in turn.
 */
function correctionWhat(list: readonly CorrectionEntry[]): string {
  const columns = list.filter((e): e is Extract<CorrectionEntry, { col: number }> => "col" in e);
  const family = columns.length === 4 ? familyOf(columns.map((e) => e.field)) : null;
  const [first] = columns;
  const alike =
    list.length > 1 && columns.length === list.length && columns.every((e) => e.field === first.field);
  if ((family || alike) && columns.every((e) => e.tab === first.tab)) {
    const letters = columns.map((e) => columnLetter(e.col + 1));
    const adjacent = columns.every((e, i) => i === 0 || e.col === columns[i - 1].col + 1);
    return `kolom ${adjacent ? `${letters[0]}–${letters[letters.length - 1]}` : letters.join(", ")} tab '${first.tab}' ${family ? `dibaca sebagai ${family} TW I–IV` : readAs(first.field)}`;
  }
  return list
    .map((entry) =>
      "header" in entry
        ? `baris judul tab '${entry.tab}' menjadi baris ${entry.header.top + 1}–${entry.header.bottom + 1}`
        : "sifat" in entry
          ? `sifat target baris ${entry.row + 1} tab '${entry.tab}' dibaca ${entry.sifat}`
          : `kolom ${columnLetter(entry.col + 1)} tab '${entry.tab}' ${readAs(entry.field)}`,
    )
    .join("; ");
}

/** "Realisasi" when the four fields are one TW family in order (TW I, II, III, IV). */
function familyOf(fields: (string | null)[]): string | null {
  const first = TW_FIELD.exec(fields[0] ?? "");
  if (!first) return null;
  return fields.every((f, i) => f === `${first[1]}${i + 1}`) ? familyHeader(fields[0] as PlanField) : null;
}

/** Every plan tab's reading, for the sidebar and the CLI. */
export function readings(
  port: WorkbookPort,
  tahun?: string,
): { readings: TabReading[]; skipped: Workbook["skipped"]; tahun: string } {
  // Percent-formatted cells read in points, as Periksa and the evaluation tab read them: a falling
  // target is shown "9,5; 9,2; 8,9", not "0,1; 0,09; 0,09" (trial 7 #7).
  const wb = readWorkbook(port, { tahun, numberFormats: true });
  return {
    readings: [...wb.plans, ...wb.unread, ...wb.renstra].map((p) => readingOf(wb, p)),
    skipped: wb.skipped,
    tahun: tahunSentence(wb, tahun),
  };
}

/** The panel's request as corrections: columns and their fields, or the header rows (1-based). */
export function correctionEntries(a: {
  tab: string;
  col?: number;
  field?: string | null;
  columns?: { col: number; field: string | null }[];
  headerTop?: number;
  headerBottom?: number;
  /** 1-based row of an indicator and its sifat target. */
  row?: number;
  sifat?: string;
}): CorrectionEntry[] {
  if (a.row !== undefined) {
    const sifat = parseSifat(a.sifat ?? "");
    if (!sifat) throw new UserError("Pilih sifat target: kumulatif, akhir, atau tetap.", "masukan", "sifat");
    return [{ tab: a.tab, row: a.row - 1, sifat }];
  }
  if (a.headerTop !== undefined)
    return [{ tab: a.tab, header: { top: a.headerTop - 1, bottom: (a.headerBottom ?? a.headerTop) - 1 } }];
  const asked = a.columns ?? (a.col === undefined ? [] : [{ col: a.col, field: a.field ?? null }]);
  if (!asked.length) throw new UserError("Pilih kolom yang ingin dikoreksi.", "masukan", "col");
  return asked.map(({ col, field }) => {
    if (field !== null && ![...CORRECTABLE_FIELDS, ...MEANINGS].includes(field as PlanField))
      throw new UserError(`Arti kolom "${field}" tidak dikenal: pilih dari daftar.`, "masukan", "field");
    return { tab: a.tab, col, field: field as PlanField | Meaning | null };
  });
}
