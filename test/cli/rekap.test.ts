/**
 * `sakip rekap`: folders and patterns, the JSON contract (checked with a zod schema), the text, and
 * the .xlsx with its two tabs.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { main } from "../../src/cli/sakip";
import { type OpdFile, writeOpdSet } from "../utils/opd";

const dir = mkdtempSync(join(tmpdir(), "sakip-rekap-cli-"));
const set = join(dir, "opd");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files: OpdFile[] = [];
beforeAll(async () => {
  mkdirSync(set);
  files = await writeOpdSet(set);
}, 120_000);

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, (s) => out.push(s));
  return { code, out: out.join("") };
}

const count = z.number().int().nonnegative();
const pct = z.number().finite().nullable();
const rupiah = z.number().finite().nonnegative().nullable();
const rule = z.strictObject({ aturan: z.string().min(1), judul: z.string().min(1), jumlah: count });
const KRITERIA = z.strictObject({
  "Sangat Tinggi": count,
  Tinggi: count,
  Sedang: count,
  Rendah: count,
  "Sangat Rendah": count,
});
const FILE = z.strictObject({
  file: z.string().min(1),
  opd: z.string(),
  tahun: z.number().int().nullable(),
  tw: z.literal(2),
  indikator: count.nullable(),
  kriteria: z.union([KRITERIA, z.strictObject({})]),
  tanpaTarget: count.nullable(),
  belumDiisi: count.nullable(),
  tidakDihitung: count.nullable(),
  rataCapaian: pct,
  medianCapaian: pct,
  pagu: rupiah,
  realisasiAnggaran: rupiah,
  serapan: pct,
  // Spending of the TW not reported on a budget line: realisasi anggaran and serapan null, "belum diisi".
  anggaranBelumDiisi: z.boolean(),
  galat: count.nullable(),
  peringatan: count.nullable(),
  aturanTeratas: z.array(rule).max(3),
  status: z
    .enum([
      "dikirim",
      "belum dikirim",
      "dibuka kembali",
      "direviu",
      "berubah setelah dikirim",
      "berubah setelah direviu",
    ])
    .nullable(),
  dikirimPada: z.iso.datetime().nullable(),
  dikirimOleh: z.string().nullable(),
  sidikBerubah: z.boolean().nullable(),
  sidikCatatan: z.string().min(1).nullable(),
  peringkat: z.number().int().positive().nullable(),
  tidakDijumlahkan: z.string().min(1).nullable(),
  error: z.string().nullable(),
});
const REKAP = z.strictObject({
  tw: z.literal(2),
  files: z.array(FILE),
  total: z.strictObject({
    berkas: count,
    gagal: count,
    tidakDijumlahkan: count,
    indikator: count,
    kriteria: KRITERIA,
    tanpaTarget: count,
    belumDiisi: count,
    tidakDihitung: count,
    rataCapaian: pct,
    medianCapaian: pct,
    pagu: rupiah,
    realisasiAnggaran: rupiah,
    serapan: pct,
    anggaranBelumDiisi: z.boolean(),
    galat: count,
    peringatan: count,
    aturanTeratas: z.array(rule).max(3),
    dikirim: count,
    belumDikirim: count,
    dibukaKembali: count,
    direviu: count,
    berubahSesudahDikirim: count,
    berubahSesudahDireviu: count,
    berubahSetelahDikirim: count,
  }),
  duplikat: z.array(
    z.strictObject({
      opd: z.string().min(1),
      tahun: z.number().int(),
      berkas: z.array(z.string().min(1)).min(2),
      dihitung: z.string().min(1).nullable(),
      kalimat: z.string().min(1),
    }),
  ),
});

describe("sakip rekap", () => {
  it("--json prints exactly one JSON object of the contract, numbers as numbers, for a folder", async () => {
    const { code, out } = await run("rekap", set, "--tw", "2", "--json");
    expect(code).toBe(0);
    expect(out.trim().split("\n")).toHaveLength(1);
    const rekap = REKAP.parse(JSON.parse(out));
    expect(rekap.files.map((f) => f.file)).toEqual(files.map((f) => join(set, f.file)));
    const sent = rekap.files.find((f) => f.file.endsWith("02-berubah.xlsx"));
    expect(sent).toMatchObject({
      status: "berubah setelah dikirim",
      sidikBerubah: true,
      dikirimOleh: "staf@contoh.go.id",
    });
    // Percent in points, rupiah in rupiah.
    expect(sent?.rataCapaian).toBeGreaterThan(1.5);
    expect(sent?.pagu).toBeGreaterThan(1_000_000);
    const broken = rekap.files.find((f) => f.file.endsWith("07-rusak.xlsx"));
    expect(broken?.error).toMatch(/bukan spreadsheet \.xlsx/);
  });

  it("takes files, folders and patterns, each file once", async () => {
    const [first, second] = files;
    const { out } = await run(
      "rekap",
      first.path,
      join(set, "hilang.xlsx"),
      join(set, "0?-dibuka*.xlsx"),
      join(set, "*-direviu.xlsx"),
      second.path,
      first.path,
      "--tw",
      "2",
      "--json",
    );
    // A missing file is a row saying so; the rekap goes on.
    const rekap = REKAP.parse(JSON.parse(out));
    expect(rekap.files.map((f) => f.file.replace(`${set}/`, ""))).toEqual([
      "01-dikirim.xlsx",
      "hilang.xlsx",
      "04-dibuka-kembali.xlsx",
      "05-direviu.xlsx",
      "02-berubah.xlsx",
    ]);
    expect(rekap.files[1].error).toBe(`Berkas "${join(set, "hilang.xlsx")}" tidak ditemukan.`);
    await expect(run("rekap", join(set, "*.xls"), "--tw", "2")).rejects.toThrow(
      `Tidak ada berkas .xlsx yang cocok dengan "${join(set, "*.xls")}".`,
    );
  });

  it("without --json prints one paragraph per file and the total, in Indonesian", async () => {
    const { out } = await run("rekap", set, "--tw", "2");
    expect(out).toContain("Reviu: dikirim");
    expect(out).toContain("berubah setelah dikirim");
    expect(out).toContain("Tidak terbaca: Berkas");
    expect(out).toMatch(/^Jumlah: 7 berkas \(1 tidak terbaca\), \d+ indikator/m);
  });

  it("-o writes the rekap tab with a total row and the ranking, and the findings tab with an auto filter", async () => {
    const target = join(dir, "rekap.xlsx");
    const { code, out } = await run("rekap", set, "--tw", "2", "-o", target);
    expect(code).toBe(0);
    expect(out).toContain(`Disimpan di ${target}.`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Rekap TW II", "Peringkat", "Temuan"]);
    const ws = book.getWorksheet("Rekap TW II") as ExcelJS.Worksheet;
    // The chart of kriteria per OPD, drawn by the reports' chart renderer, as a PNG image.
    const images = ws.getImages();
    expect(images).toHaveLength(1);
    const media = book.getImage(Number(images[0].imageId));
    expect(media.extension).toBe("png");
    expect([...(media.buffer as unknown as Uint8Array).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const header = (ws.getRow(4).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 10)).toEqual([
      "No",
      "OPD",
      "Tahun",
      "TW",
      "Jumlah indikator",
      "Sangat Tinggi",
      "Tinggi",
      "Sedang",
      "Rendah",
      "Sangat Rendah",
    ]);
    const json = REKAP.parse(JSON.parse((await run("rekap", set, "--tw", "2", "--json")).out));
    const col = (h: string) => header.indexOf(h) + 1;
    json.files.forEach((f, i) => {
      const r = ws.getRow(5 + i);
      expect(r.getCell(col("OPD")).value ?? "").toBe(
        f.opd || (f.indikator === null ? "(tidak terbaca)" : ""),
      );
      expect(r.getCell(col("Jumlah indikator")).value ?? null).toBe(f.indikator);
      expect(r.getCell(col("Rata-rata capaian s.d. TW II (%)")).value ?? null).toBe(f.rataCapaian);
      expect(r.getCell(col("Pagu (Rp)")).value ?? null).toBe(f.pagu);
      expect(r.getCell(col("Status reviu")).value ?? null).toBe(f.status);
    });
    const total = ws.getRow(5 + json.files.length);
    expect(String(total.getCell(col("OPD")).value)).toBe("Jumlah (7 berkas, 1 tidak terbaca)");
    expect(total.getCell(col("Jumlah indikator")).value).toBe(json.total.indikator);
    expect(total.getCell(col("Rata-rata capaian s.d. TW II (%)")).numFmt).toBe("#,##0.00");
    // The ranking tab: places by average capaian, highest first.
    const ranking = book.getWorksheet("Peringkat") as ExcelJS.Worksheet;
    const ranked = json.files
      .filter((f) => f.peringkat !== null)
      .sort((a, b) => (a.peringkat ?? 0) - (b.peringkat ?? 0));
    ranked.forEach((f, i) => {
      const r = ranking.getRow(4 + i);
      expect([r.getCell(1).value, r.getCell(2).value, r.getCell(3).value]).toEqual([
        i + 1,
        f.opd,
        f.rataCapaian,
      ]);
    });
    const findings = book.getWorksheet("Temuan") as ExcelJS.Worksheet;
    expect((findings.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Berkas",
      "OPD",
      "Tab",
      "Sel",
      "Aturan",
      "Tingkat",
      "Pesan",
      "Saran",
    ]);
    expect(findings.autoFilter).toBeTruthy();
    // Every finding of every file, as Periksa lists them for the same files.
    const readable = files.filter((f) => !f.file.includes("rusak")).map((f) => f.path);
    const periksa = JSON.parse((await run("periksa", ...readable, "--tw", "2", "--json")).out);
    expect(findings.rowCount - 1).toBe(periksa.findings.length);
    expect(String(findings.getRow(2).getCell(7).value)).toBe(periksa.findings[0].message);
  });

  it("refuses what it cannot do in one sentence: no files, an empty folder, -o naming an input", async () => {
    await expect(run("rekap", "--tw", "2")).rejects.toThrow(/^Sebutkan berkas \.xlsx atau foldernya/);
    await expect(run("rekap", set)).rejects.toThrow(/--tw/);
    const empty = join(dir, "kosong");
    mkdirSync(empty);
    await expect(run("rekap", empty, "--tw", "2")).rejects.toThrow(
      `Folder "${empty}" tidak berisi berkas .xlsx.`,
    );
    const copy = join(dir, "salinan.xlsx");
    copyFileSync(files[0].path, copy);
    await expect(run("rekap", copy, "--tw", "2", "-o", copy)).rejects.toThrow(/juga salah satu masukan/);
  });
});
