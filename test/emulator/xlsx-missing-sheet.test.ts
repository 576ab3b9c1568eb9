/**
 * An .xlsx whose workbook lists a tab without that tab's worksheet part (a damaged copy, a file cut
 * by an e-mail gateway): ExcelJS leaves the tab out without a word, so `sakip periksa` read the rest
 * and said "0 galat". Such a file is refused with one Indonesian sentence, in the CLI (exit 2) and in
 * `npm start`, never read as a workbook without that tab.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { sakip } from "../sakip-process";

const dir = mkdtempSync(join(tmpdir(), "sakip-bagian-hilang-"));
const file = join(dir, "renaksi-rusak.xlsx");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sentence for the tab named `tab` of the file `label`. */
const refusal = (label: string, tab: string) =>
  `Berkas "${label}" rusak: tab "${tab}" tercantum di dalamnya tetapi isinya tidak ada, jadi berkas ini tidak dibaca; buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx, atau minta berkas aslinya.`;

let firstTab = "";
let bytes: Buffer;

beforeAll(async () => {
  const workbook = transmigrasiWorkbook();
  firstTab = workbook.tabs()[0].name;
  const good = Buffer.from(await xlsxBuffer(workbook));
  // The zip keeps each part's name in plain bytes (its data is what is compressed): renaming the
  // first worksheet's part leaves workbook.xml naming a part the file no longer has.
  const part = Buffer.from("xl/worksheets/sheet1.xml");
  const renamed = Buffer.from("xl/worksheets/sheetX.xml");
  bytes = Buffer.from(good);
  let at = bytes.indexOf(part);
  expect(at).toBeGreaterThan(-1);
  for (; at >= 0; at = bytes.indexOf(part, at + 1)) renamed.copy(bytes, at);
  writeFileSync(file, bytes);
});

describe("an .xlsx listing a tab whose part is missing", () => {
  it("is refused by loadXlsx with one sentence naming the tab", async () => {
    await expect(loadXlsx(file)).rejects.toThrow(refusal(file, firstTab));
  });

  it("sakip periksa says so and exits 2, never '0 galat'", async () => {
    const run = await sakip("periksa", file);
    expect(run.code).toBe(2);
    expect(run.out).not.toMatch(/galat/);
    expect(run.err.trim()).toBe(refusal(file, firstTab));
  });

  it("npm start refuses to open it, with the same sentence and exit 2", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", join(__dirname, "../../scripts/start.ts"), file, "--port", "0"],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(refusal(file, firstTab));
  });
});
