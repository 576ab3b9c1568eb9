/**
 * "Cara tab dibaca": what the add-on understood of each plan tab (header rows, first data row,
 * indicator count, each column's meaning) and the person's correction of it, kept in Pengaturan.
 * The sidebar panel and `sakip baca` show the same reading.
 */
import type { ColumnReading, TabReading } from "../api";
import { columnLetter } from "../core/a1";
import type { CellValue } from "../core/cells";
import { familyHeader, fieldHeader } from "../core/columns";
import {
  CORRECTABLE_FIELDS,
  type CorrectionEntry,
  correctionRow,
  correctionSlot,
  KOREKSI_COL,
  KOREKSI_HEADER,
  NOT_USED,
} from "../core/koreksi";
import { type PlanField, type PlanTable, ROMAN } from "../core/plan";
import { UserError } from "../core/result";
import { SETTINGS_TAB } from "../core/settings";
import { readWorkbook, type Workbook } from "./plans";
import type { WorkbookPort } from "./port";

const TW_FAMILY = /^(targetTw|rakTw|realisasiTw|realisasiAnggaranTw)([1-4])$/;

/** "Target TW I–IV" for the four TW fields read from one column (per-TW rows), else each header. */
function labelOf(fields: PlanField[]): string {
  const family = TW_FAMILY.exec(fields[0] ?? "");
  if (family && fields.length === 4 && fields.every((f) => TW_FAMILY.exec(f)?.[1] === family[1]))
    return `${familyHeader(fields[0])} TW I–IV`;
  return fields.map(fieldHeader).join(", ");
}

const cellText = (v: CellValue | undefined) =>
  v === undefined || v === "" ? "" : String(v).replace(/\s+/g, " ").trim();

/** The reading of one plan tab. */
export function readingOf(wb: Workbook, table: PlanTable): TabReading {
  const values = wb.snapshots.get(table.tab)?.values ?? [];
  const band = values.slice(table.headerTop, table.headerBottom + 1);
  let width = 0;
  for (const row of values.slice(table.headerTop, table.dataStart + 50))
    for (let c = row.length - 1; c >= width; c--) if (cellText(row[c])) width = c + 1;
  const byCol = new Map<number, PlanField[]>();
  for (const [f, c] of Object.entries(table.columns)) {
    if (c === undefined) continue;
    byCol.set(c, [...(byCol.get(c) ?? []), f as PlanField]);
  }
  const corrected = new Set(wb.reading.get(table.tab)?.correction?.columns.map((c) => c.col) ?? []);
  const columns: ColumnReading[] = [];
  for (let c = 0; c < width; c++) {
    const fields = byCol.get(c) ?? [];
    const header: string[] = [];
    for (const row of band) {
      const t = cellText(row[c]);
      if (t && header[header.length - 1] !== t) header.push(t);
    }
    columns.push({
      col: c,
      letter: columnLetter(c + 1),
      field: fields.length === 1 ? fields[0] : null,
      label: fields.length ? labelOf(fields) : NOT_USED,
      header: header.join(" / "),
      corrected: corrected.has(c),
    });
  }
  return {
    tab: table.tab,
    headerTop: table.headerTop + 1,
    headerBottom: table.headerBottom + 1,
    dataStart: table.dataStart + 1,
    indicators: table.rows.filter((r) => r.indikator).length,
    columns,
    corrected: corrected.size > 0 || wb.reading.get(table.tab)?.correction?.header !== undefined,
  };
}

/** The choices a column can be given in the panel, with their Indonesian names. */
export function correctableFields(): { field: string; label: string }[] {
  return CORRECTABLE_FIELDS.map((f) => ({ field: f, label: fieldHeader(f) }));
}

/** The reading as text, consecutive columns of one TW family on one line ("L–O: RAK TW I–IV"). */
export function readingText(r: TabReading): string {
  const lines = [
    `${r.tab}: baris judul ${r.headerTop === r.headerBottom ? r.headerTop : `${r.headerTop}–${r.headerBottom}`}, data mulai baris ${r.dataStart}, ${r.indicators} indikator${r.corrected ? " (dikoreksi di Pengaturan)" : ""}`,
  ];
  for (let i = 0; i < r.columns.length; i++) {
    const c = r.columns[i];
    const family = TW_FAMILY.exec(c.field ?? "");
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
    if (j > i) {
      const base = c.label.replace(/ TW I$/, "");
      lines.push(`  ${c.letter}–${r.columns[j].letter}: ${base} TW I–${ROMAN[j - i]}${mark}`);
      i = j;
    } else {
      const header = c.header && c.label !== c.header ? `  ← "${c.header}"` : "";
      lines.push(`  ${c.letter}: ${c.label === NOT_USED ? `tidak dipakai` : c.label}${mark}${header}`);
    }
  }
  return lines.join("\n");
}

/**
 * Keeps a correction in the table of Pengaturan (G:I), replacing an earlier one for the same tab and
 * column: written under the document lock, the rest of Pengaturan untouched.
 */
export function correctReading(port: WorkbookPort, entry: CorrectionEntry): { message: string } {
  return port.withLock(() => {
    const wb = readWorkbook(port);
    if (!wb.snapshots.has(entry.tab))
      throw new UserError(`Tab "${entry.tab}" tidak ada di spreadsheet ini.`, "tidak-ditemukan");
    if ("header" in entry && entry.header.bottom < entry.header.top)
      throw new UserError(
        "Baris judul terakhir tidak boleh di atas baris judul pertama.",
        "masukan",
        "headerBottom",
      );
    if (!wb.snapshots.has(SETTINGS_TAB)) port.create(SETTINGS_TAB);
    const values = wb.snapshots.get(SETTINGS_TAB)?.values ?? [];
    const blocks = [];
    if (String(values[0]?.[KOREKSI_COL - 1] ?? "").trim() !== KOREKSI_HEADER[0])
      blocks.push({ row: 1, col: KOREKSI_COL, cells: [[...KOREKSI_HEADER]] });
    const slot = Math.max(1, correctionSlot(values, entry));
    blocks.push({ row: slot + 1, col: KOREKSI_COL, cells: [correctionRow(entry)] });
    port.write(SETTINGS_TAB, blocks);
    const what =
      "header" in entry
        ? `baris judul tab '${entry.tab}' menjadi baris ${entry.header.top + 1}–${entry.header.bottom + 1}`
        : `kolom ${columnLetter(entry.col + 1)} tab '${entry.tab}' dibaca sebagai ${entry.field ? fieldHeader(entry.field) : NOT_USED}`;
    return {
      message: `Koreksi disimpan di tab Pengaturan: ${what}. Semua perintah memakai pembacaan ini.`,
    };
  });
}

/** Every plan tab's reading, for the sidebar and the CLI. */
export function readings(port: WorkbookPort): { readings: TabReading[]; skipped: Workbook["skipped"] } {
  const wb = readWorkbook(port);
  return { readings: wb.plans.map((p) => readingOf(wb, p)), skipped: wb.skipped };
}

/** The panel's request as a correction: a column and its field, or the header rows (1-based). */
export function correctionEntry(a: {
  tab: string;
  col?: number;
  field?: string | null;
  headerTop?: number;
  headerBottom?: number;
}): CorrectionEntry {
  if (a.headerTop !== undefined)
    return { tab: a.tab, header: { top: a.headerTop - 1, bottom: (a.headerBottom ?? a.headerTop) - 1 } };
  if (a.col === undefined) throw new UserError("Pilih kolom yang ingin dikoreksi.", "masukan", "col");
  const field = a.field ?? null;
  if (field !== null && !(CORRECTABLE_FIELDS as readonly string[]).includes(field))
    throw new UserError(`Arti kolom "${field}" tidak dikenal: pilih dari daftar.`, "masukan", "field");
  return { tab: a.tab, col: a.col, field: field as PlanField | null };
}
