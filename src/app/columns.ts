import { columnLetter } from "../core/a1";
import { rect } from "../core/cells";
import { fieldHeader } from "../core/columns";
import { detectPlan, renstraTableSentence } from "../core/layout";
import { tabNotFound, UserError } from "../core/result";
import { readWorkbook } from "./plans";
import type { WorkbookPort } from "./port";

/** One header the add-on would write: where ("AB3") and what. */
export interface PlannedColumn {
  cell: string;
  header: string;
}

/**
 * "Tambahkan kolom": writes the headers of the columns a plan tab lacks to the right of its
 * header, in empty cells only, so the tab can be evaluated. Nothing a person typed is moved.
 * Never unasked: without `confirmed` it writes nothing and answers with what would go where, for
 * the panel to show and ask (the office's tab is theirs; a column that is already there is pointed
 * at with a correction instead, see baca.ts).
 */
export function addMissingColumns(
  port: WorkbookPort,
  tab: string,
  confirmed = false,
): { message: string; added: string[]; planned: PlannedColumn[] } {
  return port.withLock(() => {
    // Read as every action reads it: merged header ranges and the correction kept in Pengaturan.
    const wb = readWorkbook(port);
    const values = wb.snapshots.get(tab)?.values;
    if (!values) throw tabNotFound(tab);
    const detection = detectPlan(tab, values, wb.reading.get(tab));
    if (!detection.ok) throw new UserError(detection.reason);
    // The office's Renstra table is no bidang: columns of a triwulan evaluation would make it one.
    if (detection.table.renstraTable) throw new UserError(renstraTableSentence(tab));
    if (!detection.missing.length)
      return { message: `Tab '${tab}' sudah memiliki semua kolom yang diperlukan.`, added: [], planned: [] };
    const width = Math.max(0, ...values.map((row) => lastFilled(row) + 1));
    const headers = detection.missing.map(fieldHeader);
    const row = detection.table.headerBottom + 1;
    const planned = headers.map((header, i) => ({ cell: `${columnLetter(width + 1 + i)}${row}`, header }));
    if (!confirmed) {
      const span = `${planned[0].cell}${planned.length > 1 ? `–${planned[planned.length - 1].cell}` : ""}`;
      return {
        message: `Belum ada yang diubah: ${headers.length} judul kolom akan ditulis di tab '${tab}' sel ${span}, di kanan kolom terakhir yang terisi; tidak ada isian yang bergeser.`,
        added: [],
        planned,
      };
    }
    port.write(tab, [{ row, col: width + 1, cells: [headers] }], {
      styles: [{ range: rect(row, width + 1, 1, headers.length), bold: true }],
    });
    return {
      message: `Kolom ditambahkan di tab '${tab}': ${headers.join(", ")}. Isi kolom itu lalu buat tab Triwulan.`,
      added: headers,
      planned,
    };
  });
}

function lastFilled(row: unknown[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i] !== "") return i;
  return -1;
}
