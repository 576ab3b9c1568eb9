/**
 * A template plan tab whose cells are typed one by one as a person types them in Sheets id-ID
 * (setValue of text: "63,1%" becomes 0,631 formatted as a percent, "63,57" a number), for tests of
 * what the add-on reads from such cells.
 */
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { createGas } from "../../src/emulator/facade";
import { MemoryWorkbook } from "../../src/emulator/workbook";

/** The column of a template field, 1-based. */
export const templateCol = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;

/** A workbook with the template header in `tab` and one row per entry of `rows` (field → typed text). */
export function typedPlan(tab: string, rows: Record<string, string | number>[]): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "persen" });
  wb.write(wb.addTab(tab), 1, 1, [TEMPLATE_COLUMNS.map((c) => c.header)]);
  const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
  rows.forEach((typed, i) => {
    for (const [field, text] of Object.entries(typed))
      sheet?.getRange(2 + i, templateCol(field), 1, 1).setValue(text);
  });
  return wb;
}
