import { fieldHeader } from "../core/columns";
import { detectPlan } from "../core/layout";
import { UserError } from "../core/result";
import { readWorkbook } from "./plans";
import type { WorkbookPort } from "./port";

/**
 * "Tambahkan kolom": writes the headers of the columns a plan tab lacks to the right of its
 * header, in empty cells only, so the tab can be evaluated. Nothing a person typed is moved.
 */
export function addMissingColumns(port: WorkbookPort, tab: string): { message: string; added: string[] } {
  return port.withLock(() => {
    // Read as every action reads it: merged header ranges and the correction kept in Pengaturan.
    const wb = readWorkbook(port);
    const values = wb.snapshots.get(tab)?.values;
    if (!values) throw new UserError(`Tab "${tab}" tidak ditemukan.`, "tidak-ditemukan");
    const detection = detectPlan(tab, values, wb.reading.get(tab));
    if (!detection.ok) throw new UserError(detection.reason);
    if (!detection.missing.length)
      return { message: `Tab '${tab}' sudah memiliki semua kolom yang diperlukan.`, added: [] };
    const width = Math.max(0, ...values.map((row) => lastFilled(row) + 1));
    const headers = detection.missing.map(fieldHeader);
    port.write(tab, [{ row: detection.table.headerBottom + 1, col: width + 1, cells: [headers] }]);
    port.format(tab, {
      styles: [
        {
          range: { row: detection.table.headerBottom + 1, col: width + 1, rows: 1, cols: headers.length },
          bold: true,
        },
      ],
    });
    return {
      message: `Kolom ditambahkan di tab '${tab}': ${headers.join(", ")}. Isi kolom itu lalu buat tab Triwulan.`,
      added: headers,
    };
  });
}

function lastFilled(row: unknown[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i] !== "") return i;
  return -1;
}
