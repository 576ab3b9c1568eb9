/**
 * `sakip` as a person runs it (a separate process): what it does with the files it is given and
 * the exit code it ends with, for the cases that used to write the wrong file or say nothing.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { writePlan } from "../../scripts/bench-large";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { saveXlsx } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { CLI_BUNDLE, sakip } from "../sakip-process";

const dir = mkdtempSync(join(tmpdir(), "sakip-cli-files-"));
const plan = join(dir, "renaksi.xlsx");
const bytes = (path: string) => readFileSync(path).toString("base64");
/** What a failed run may have left in the folder: a lock or a temporary file. */
const leftovers = () => readdirSync(dir).filter((f) => f.endsWith(".lock") || f.endsWith(".tmp"));
/** One Indonesian sentence, no English from Node or a library. */
const indonesianOnly = (text: string) => {
  expect(text.trim().split("\n")).toHaveLength(1);
  expect(text).not.toMatch(/Error|ENOENT|EACCES|ENOTDIR|at .*\.js|heap|undefined/);
};

beforeAll(async () => {
  await saveXlsx(transmigrasiWorkbook(), plan);
});

describe("sakip and its files", () => {
  it("help is the usage, exit 0", async () => {
    // "bantuan" too: the Indonesian word (trial 8 #20e).
    for (const args of [["help"], ["--help"], ["bantuan"]]) {
      const run = await sakip(...args);
      expect(run.code).toBe(0);
      expect(run.out).toContain("Pemakaian:");
      expect(run.out).toContain("sakip triwulan FILE.xlsx --tw 1..4");
      expect(run.err).toBe("");
    }
  });

  it("triwulan -o naming the input refuses and leaves the plan as it was", async () => {
    const before = bytes(plan);
    const link = join(dir, "tautan.xlsx");
    symlinkSync(plan, link);
    for (const output of [plan, join(dir, ".", "renaksi.xlsx"), link]) {
      const run = await sakip("triwulan", plan, "--tw", "1", "-o", output);
      expect(run.code).toBe(2);
      expect(run.err).toContain("-o menunjuk berkas masukan");
      expect(run.err).toContain("renaksi-TW1.xlsx");
      indonesianOnly(run.err);
    }
    expect(bytes(plan)).toBe(before);
    expect(leftovers()).toEqual([]);
  });

  it("an output not named .xlsx is refused, naming the .xlsx to use", async () => {
    const t = await sakip("template", "-o", join(dir, "t.txt"), "--tahun", "2024");
    expect(t.code).toBe(2);
    expect(t.err).toContain(`harus berakhiran .xlsx`);
    expect(t.err).toContain(`-o ${join(dir, "t.xlsx")}`);
    indonesianOnly(t.err);
    const w = await sakip("triwulan", plan, "--tw", "1", "-o", join(dir, "hasil"));
    expect(w.code).toBe(2);
    expect(w.err).toContain(`-o ${join(dir, "hasil")}.xlsx`);
    expect(existsSync(join(dir, "t.txt"))).toBe(false);
    expect(existsSync(join(dir, "hasil"))).toBe(false);
  });

  it("a folder that takes no files, a file used as a folder and a missing folder are each said as they are", async () => {
    const proc = await sakip("triwulan", plan, "--tw", "1", "-o", "/proc/hasil.xlsx");
    expect(proc.code).toBe(2);
    expect(proc.err).toContain(`Folder "/proc" tidak menerima berkas baru`);
    indonesianOnly(proc.err);
    const file = await sakip("template", "-o", join(plan, "hasil.xlsx"), "--tahun", "2024");
    expect(file.code).toBe(2);
    expect(file.err).toContain(`"${plan}" adalah berkas, bukan folder`);
    indonesianOnly(file.err);
    const missing = await sakip("template", "-o", join(dir, "tidak-ada", "hasil.xlsx"), "--tahun", "2024");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`Folder "${join(dir, "tidak-ada")}" tidak ada`);
    expect(leftovers()).toEqual([]);
  });

  it("baca on a workbook without any sheet says so and exits 2", async () => {
    const empty = join(dir, "kosong.xlsx");
    await new ExcelJS.Workbook().xlsx.writeFile(empty);
    const run = await sakip("baca", empty);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain("tidak berisi satu sheet pun");
    indonesianOnly(run.err);
  });

  it("running out of memory: one Indonesian sentence, exit 2, no lock or temporary file left", async () => {
    const big = join(dir, "besar.xlsx");
    await writePlan(big, 6000);
    const out = join(dir, "besar-TW2.xlsx");
    // The memory Node may use, made small enough that this plan does not fit (150 MB fit since the
    // evaluation tab shares its formula texts per row shape).
    const run = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI_BUNDLE, "triwulan", big, "--tw", "2", "--tahun", "2024"], {
        env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=70" },
      });
      let err = "";
      child.stderr.setEncoding("utf8").on("data", (s: string) => {
        err += s;
      });
      child.on("close", (code) => resolve({ code, err }));
    });
    expect(run.code).toBe(2);
    expect(run.err).toContain("Memori tidak cukup untuk berkas ini");
    indonesianOnly(run.err);
    expect(existsSync(out)).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});

describe("periksa: nothing checked is never 'no findings'", () => {
  it("a bidang tab listed in Pengaturan but missing is a galat: exit 1, said in the report", async () => {
    const file = join(dir, "bidang-hilang.xlsx");
    await saveXlsx(
      transmigrasiWorkbook({ bidang: ["Rencana Aksi Transmigrasi", "Bidang Penempatan"] }),
      file,
    );
    const run = await sakip("periksa", file);
    expect(run.code).toBe(1);
    expect(run.out).toContain("1 galat");
    expect(run.out).toContain(
      `[GALAT] Pengaturan!B5 Tab bidang "Bidang Penempatan" tercantum di Pengaturan tetapi tidak ada di spreadsheet ini`,
    );
    const json = JSON.parse((await sakip("periksa", file, "--json")).out);
    expect(json.summary.error).toBe(1);
    expect(json.findings[0]).toMatchObject({ rule: "tab-bidang", severity: "error", sheet: "Pengaturan" });
  });

  it("a header whose merged cells cover the data rows leaves 0 indicators: unreadable, exit 2", async () => {
    const file = join(dir, "gabungan.xlsx");
    const source = transmigrasiWorkbook();
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("Rencana Aksi Transmigrasi");
    const from = source.getTab("Rencana Aksi Transmigrasi");
    const used = source.usedSize(from);
    wb.write(tab, 1, 1, source.values(from, { row: 1, col: 1, rows: used.rows, cols: used.cols }));
    // Each header cell merged down over every data row, as a pasted table can be: their values go.
    for (let c = 1; c <= used.cols; c++) tab.merges.push({ row: 1, col: c, rows: used.rows, cols: 1 });
    await saveXlsx(wb, file);
    const run = await sakip("periksa", file);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain("tidak ada satu pun indikator yang terbaca");
    expect(run.err).toContain("sel gabungan");
    indonesianOnly(run.err);
  });

  it("a plan tab read without indicators beside tabs that have them is a galat on that tab", async () => {
    const file = join(dir, "satu-kosong.xlsx");
    const wb = transmigrasiWorkbook();
    const from = wb.getTab("Rencana Aksi Transmigrasi");
    const header = wb.values(from, { row: 1, col: 1, rows: 1, cols: wb.usedSize(from).cols });
    wb.write(wb.addTab("Bidang Penempatan"), 1, 1, header);
    await saveXlsx(wb, file);
    const run = await sakip("periksa", file, "--json");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        rule: "tab-bidang",
        severity: "error",
        sheet: "Bidang Penempatan",
        message:
          "Judul kolom tab 'Bidang Penempatan' dikenali di baris 1, tetapi tidak ada satu pun indikator yang terbaca di bawahnya.",
      }),
    );
  });
});
