/** Reading the evaluation tab and its Ringkasan back in tests, as a person reads them: by header. */
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { HEADER_ROW } from "../../src/core/evaluasi";

/** The evaluation tab as records keyed by header, for rows that have an indikator. */
export function evaluationRows(port: WorkbookPort, tab: string): Record<string, CellValue>[] {
  const { values } = port.read(tab);
  const header = values[HEADER_ROW - 1].map(String);
  return values
    .slice(HEADER_ROW)
    .filter((r) => r[header.indexOf("Indikator")] !== "")
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** The Ringkasan's table as records keyed by header: one per bidang, then the Jumlah row. */
export function summaryRows(port: WorkbookPort, tab: string): Record<string, CellValue>[] {
  const { values } = port.read(tab);
  const header = values[HEADER_ROW - 1].map(String);
  const end = values.findIndex((r, i) => i >= HEADER_ROW && r[0] === "Jumlah");
  return values.slice(HEADER_ROW, end + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** The same records by their first column: the bidang's name, or "Jumlah". */
export function summaryByBidang(port: WorkbookPort, tab: string): Map<string, Record<string, CellValue>> {
  return new Map(summaryRows(port, tab).map((r) => [String(Object.values(r)[0]), r]));
}
