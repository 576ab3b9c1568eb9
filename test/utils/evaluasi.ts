/** Reading the evaluation tab back in tests, as a person reads it: by header. */
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
