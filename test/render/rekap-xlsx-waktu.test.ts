/**
 * The rekap .xlsx says when each file was sent as its spreadsheet shows it (WIB): ExcelJS writes a
 * Date's UTC time, so a TW sent at 09.01 WIB read 02.01 in the .xlsx while the page and the text
 * said 09.01.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, expect, it } from "vitest";
import { rekapOfFiles } from "../../src/cli/rekap";
import { sha256 } from "../../src/cli/sakip";
import { cellText } from "../../src/core/rekap-table";
import { saveXlsx } from "../../src/emulator/xlsx";
import { rekapXlsx } from "../../src/render/rekap-xlsx";
import { opdWorkbook, review } from "../utils/opd";

const dir = mkdtempSync(join(tmpdir(), "sakip-rekap-waktu-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("Dikirim pada in the .xlsx is the WIB time the page shows", async () => {
  const wb = opdWorkbook(1, 6, 1);
  review(wb, 2, "dikirim");
  const file = join(dir, "opd.xlsx");
  await saveXlsx(wb, file);
  const rekap = await rekapOfFiles([file], 2, sha256);
  const sent = rekap.files[0].dikirimPada as string;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await rekapXlsx(rekap)) as unknown as ArrayBuffer);
  const ws = book.getWorksheet("Rekap TW II") as ExcelJS.Worksheet;
  const col = (ws.getRow(4).values as unknown[]).indexOf("Dikirim pada");
  const shown = ws.getRow(5).getCell(col).value as Date;
  // The cell's wall-clock time (a sheet's date has no zone) against the page's text of the same time.
  const hhmm = `${String(shown.getUTCHours()).padStart(2, "0")}.${String(shown.getUTCMinutes()).padStart(2, "0")}`;
  expect(cellText(sent, "tanggal")).toContain(`pukul ${hhmm}`);
  expect(shown.getTime() - Date.parse(sent)).toBe(7 * 3600_000);
});
