import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/sakip";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { detectPlan } from "../../src/core/layout";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { sakip } from "../sakip-process";

const dir = mkdtempSync(join(tmpdir(), "sakip-cli-"));
const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

let planFile = "";
beforeAll(async () => {
  const wb = transmigrasiWorkbook();
  planFile = join(dir, "renaksi.xlsx");
  await saveXlsx(wb, planFile);
});

describe("sakip on .xlsx files", () => {
  it("template writes Pengaturan, PK and one tab per bidang with the template columns", async () => {
    const out = join(dir, "kerangka.xlsx");
    const lines: string[] = [];
    const code = await main(
      [
        "template",
        "-o",
        out,
        "--opd",
        "Dinas Transmigrasi dan Tenaga Kerja",
        "--tahun",
        "2024",
        "--bidang",
        "Sekretariat,Bidang Transmigrasi",
      ],
      (s) => lines.push(s),
    );
    expect(code).toBe(0);
    expect(lines.join("")).toContain("Kerangka dibuat: Pengaturan, PK, Sekretariat, Bidang Transmigrasi.");
    const wb = await loadXlsx(out);
    expect(wb.tabs().map((t) => t.name)).toEqual(["Pengaturan", "PK", "Sekretariat", "Bidang Transmigrasi"]);
    const tab = wb.getTab("Sekretariat");
    const values = wb.values(tab, { row: 1, col: 1, rows: 4, cols: TEMPLATE_COLUMNS.length });
    expect(values[2]).toEqual(TEMPLATE_COLUMNS.map((c) => c.header));
    expect(detectPlan("Sekretariat", values).ok).toBe(true);
  });

  it("triwulan writes the evaluation tab with formulas and their computed values for Excel", async () => {
    const out = join(dir, "tw1.xlsx");
    const before = hash(planFile);
    const lines: string[] = [];
    // --rumus sakip: the custom functions, for a file going back to Google Sheets with the add-on.
    expect(
      await main(["triwulan", planFile, "--tw", "1", "-o", out, "--rumus", "sakip"], (s) => lines.push(s)),
    ).toBe(0);
    expect(lines.join("")).toContain("Tab 'Evaluasi TW I 2024' dibuat: 12 indikator");
    expect(hash(planFile)).toBe(before);
    // What Excel or LibreOffice reads: the formula and its cached result.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("Evaluasi TW I 2024");
    const cells: { formula?: string; result?: unknown }[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) => cells.push(cell.value as { formula?: string; result?: unknown })),
    );
    // The capaian against the annual target (TW I–III: inside the "dinilai di akhir tahun" test).
    const capaian = cells.find((c) => c.formula?.includes("CAPAIAN(H"));
    expect(capaian).toBeDefined();
    // Array formulas keep their spilled results as values in the cells below the formula.
    const results = cells.map((c) => (c && typeof c === "object" && "formula" in c ? c.result : c));
    expect(results.some((r) => typeof r === "number" && Math.abs(r - 97.027) < 0.001)).toBe(true);
    expect(results).toContain("Sangat Tinggi");
  });

  it("bad input: one Indonesian sentence, exit code 2, the input file untouched", async () => {
    const before = hash(planFile);
    const notXlsx = join(dir, "catatan.xlsx");
    writeFileSync(notXlsx, "bukan spreadsheet");
    const [tw, unreadable, noPlan] = await Promise.all([
      sakip("triwulan", planFile, "--tw", "5"),
      sakip("triwulan", notXlsx, "--tw", "1"),
      sakip("triwulan", planFile, "--tw", "1", "--bidang", "Pengaturan"),
    ]);
    expect(tw.code).toBe(2);
    expect(tw.err.trim()).toBe('Triwulan "5" tidak ada: pakai --tw 1, 2, 3 atau 4.');
    expect(unreadable.code).toBe(2);
    expect(unreadable.err.trim()).toMatch(
      /^Berkas ".*catatan\.xlsx" bukan spreadsheet \.xlsx \(isinya bukan workbook Excel\): periksa berkas yang dipilih\.$/,
    );
    expect(noPlan.code).toBe(2);
    expect(hash(planFile)).toBe(before);
  });

  it("runs as the README says, `npm run --silent sakip -- …`, with the CLI's exit code and sentence", () => {
    const r = spawnSync("npm", ["run", "--silent", "sakip", "--", "triwulan", planFile, "--tw", "5"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe('Triwulan "5" tidak ada: pakai --tw 1, 2, 3 atau 4.');
  });

  it("refuses to overwrite a tab of the same name that a person made", async () => {
    const wb = await loadXlsx(planFile);
    wb.write(wb.addTab("Evaluasi TW I 2024"), 1, 1, [["catatan rapat evaluasi"]]);
    const file = join(dir, "bentrok.xlsx");
    await saveXlsx(wb, file);
    const before = hash(file);
    await expect(main(["triwulan", file, "--tw", "1"], () => {})).rejects.toThrow(
      "Tab 'Evaluasi TW I 2024' sudah ada tetapi bukan buatan add-on SAKIP: ganti nama tab itu dulu agar isinya tidak tertimpa.",
    );
    expect(hash(file)).toBe(before);
  });
  it("says in Indonesian what a file is when it is no workbook, and never leaves a temporary file", async () => {
    const write = (name: string, bytes: Buffer | string) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const ole = Buffer.from("d0cf11e0a1b11ae1", "hex");
    const cases: [string, string, RegExp][] = [
      [
        "lama.xls",
        write("lama.xlsx", Buffer.concat([ole, Buffer.alloc(512)])),
        /berformat \.xls lama \(Excel 97-2003\)/,
      ],
      [
        "sandi.xlsx",
        write(
          "sandi.xlsx",
          Buffer.concat([ole, Buffer.alloc(64), Buffer.from("EncryptedPackage", "utf16le")]),
        ),
        /dilindungi kata sandi: buka di Excel atau LibreOffice, hapus kata sandinya/,
      ],
      [
        "arsip.zip",
        write("arsip.xlsx", Buffer.from("504b0304140000000000", "hex")),
        /adalah arsip zip, bukan workbook \.xlsx/,
      ],
    ];
    const runs = await Promise.all(
      cases.flatMap(([, file, message]) =>
        ["triwulan", "periksa"].map(async (command) => ({
          message,
          run: await sakip(command, file, "--tw", "1"),
        })),
      ),
    );
    expect(runs).toHaveLength(6);
    for (const { run, message } of runs) {
      expect(run.code).toBe(2);
      expect(run.err).toMatch(message);
      expect(run.err).not.toMatch(/[Cc]an't|central directory|Error:/);
    }
    // A workbook without any plan tab is nothing to check: exit 2 with a sentence, not "tidak ada temuan".
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Catatan").getCell("A1").value = "rapat";
    const emptyFile = join(dir, "kosong.xlsx");
    await empty.xlsx.writeFile(emptyFile);
    // -o naming a folder, or a folder that is not there: one sentence, nothing written, no temporary file left.
    const folder = mkdtempSync(join(dir, "keluar-"));
    const [none, bad, missing] = await Promise.all([
      sakip("periksa", emptyFile),
      sakip("triwulan", planFile, "--tw", "1", "-o", folder),
      sakip("triwulan", planFile, "--tw", "1", "-o", join(dir, "tidak-ada", "x.xlsx")),
    ]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/tidak berisi tab Rencana Aksi atau PK yang dikenali/);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe(
      `"${folder}" adalah folder: sebutkan nama berkas, misalnya ${join(folder, "hasil.xlsx")}.`,
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Folder ".*" tidak ada: .*"x\.xlsx"/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock"))).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("two runs writing one file take turns: the second waits for the first, no half file", async () => {
    const file = join(dir, "bersama.xlsx");
    // The input itself is never the output (test/cli/files.test.ts): one result after the other.
    const [a, b] = await Promise.all([
      main(["triwulan", planFile, "--tw", "1", "-o", file], () => {}),
      main(["triwulan", planFile, "--tw", "2", "-o", file], () => {}),
    ]);
    expect([a, b]).toEqual([0, 0]);
    const names = (await loadXlsx(file)).tabs().map((t) => t.name);
    expect(names.filter((n) => /^Evaluasi TW (I|II) 2024$/.test(n))).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith(".lock"))).toEqual([]);
  });
});

describe("long and unusual bidang names", () => {
  it("get valid, predictable, unique tab names in Sheets and .xlsx, the full name in Pengaturan and titles", async () => {
    const out = join(dir, "panjang.xlsx");
    const bidang = [
      "Bidang Penempatan dan Perluasan Kesempatan Kerja",
      "Bidang Penempatan dan Perluasan Kesempatan Usaha",
      "Bidang Hubungan Industrial / Jaminan Sosial [HI]: *baru?*",
      "'Sekretariat'",
    ];
    expect(
      await main(
        [
          "template",
          "-o",
          out,
          "--opd",
          "Dinas Tenaga Kerja",
          "--tahun",
          "2024",
          "--bidang",
          bidang.join(","),
        ],
        () => {},
      ),
    ).toBe(0);
    const wb = await loadXlsx(out);
    const names = wb.tabs().map((t) => t.name);
    expect(names).toEqual([
      "Pengaturan",
      "PK",
      "Bidang Penempatan dan Perluasa…",
      "Bidang Penempatan dan Perl… (2)",
      "Bidang Hubungan Industrial - J…",
      "Sekretariat",
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[/\\[\]:*?]|^'|'$/);
    }
    const tab = wb.getTab("Bidang Penempatan dan Perluasa…");
    expect(wb.value(tab, 1, 1)).toBe("RENCANA AKSI BIDANG PENEMPATAN DAN PERLUASAN KESEMPATAN KERJA");
    const settings = wb.values(wb.getTab("Pengaturan"), { row: 1, col: 1, rows: 10, cols: 2 });
    expect(settings.find((r) => r[0] === "Nama lengkap bidang")?.[1]).toBe(bidang.join("; "));
    // triwulan finds every bidang tab and titles the groups with the full name.
    const tw = join(dir, "panjang-TW1.xlsx");
    expect(await main(["triwulan", out, "--tw", "1"], () => {})).toBe(0);
    const evaluasi = await loadXlsx(tw);
    const texts = evaluasi
      .values(evaluasi.getTab("Evaluasi TW I 2024"), { row: 1, col: 1, rows: 12, cols: 3 })
      .flat();
    expect(texts).toContain("BIDANG: Bidang Penempatan dan Perluasan Kesempatan Kerja");
    // A name with nothing to name a tab by is refused when typed, in one sentence.
    const refused = await sakip("template", "-o", join(dir, "x.xlsx"), "--bidang", "???");
    expect(refused.code).toBe(2);
    expect(refused.err.trim()).toBe(
      'Nama bidang "???" tidak dapat menjadi nama tab: tulis nama dengan huruf atau angka.',
    );
  });
});
