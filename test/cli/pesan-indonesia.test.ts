/**
 * Every way a library's or Node's English could reach a person at the CLI, and the one Indonesian
 * sentence said instead (trial 3, D9): Node's option parser, ExcelJS on a damaged, foreign or
 * password-protected file, Node's file errors on reading and writing, and an unexpected error.
 * Each row is run as a person runs `sakip` (a separate process) where the case can be made on this
 * machine; the file errors a root test run cannot provoke (EACCES, ENOSPC, EROFS…) are given to
 * the functions that turn them into the sentence.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readError, writeError } from "../../src/cli/files";
import { failure, parse, UNEXPECTED } from "../../src/cli/sakip";
import { UserError } from "../../src/core/result";
import { saveXlsx } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { sakip } from "../sakip-process";

const dir = mkdtempSync(join(tmpdir(), "sakip-pesan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const plan = at("renaksi.xlsx");

/** Words of Node's and the libraries' messages that never belong in what a person reads. */
const ENGLISH =
  /Error|Unknown|option|argument|positional|ambiguous|ENOENT|EACCES|EISDIR|ENOTDIR|ENOSPC|EPIPE|errno|lstat|scandir|not a directory|permission denied|undefined|null|at .*\.m?js|central directory|Can't|zod/;

/** One Indonesian sentence on one line, no English of Node or a library. */
function indonesianOnly(text: string): void {
  expect(text.trim().split("\n"), text).toHaveLength(1);
  expect(text, text).not.toMatch(ENGLISH);
}

beforeAll(async () => {
  await saveXlsx(transmigrasiWorkbook(), plan);
  mkdirSync(at("folder"));
  mkdirSync(at("keluar.xlsx"));
  writeFileSync(at("kosong.xlsx"), "");
  writeFileSync(at("catatan.xlsx"), "bukan spreadsheet, hanya teks");
  const ole = Buffer.from("d0cf11e0a1b11ae1", "hex");
  writeFileSync(
    at("sandi.xlsx"),
    Buffer.concat([ole, Buffer.alloc(64), Buffer.from("EncryptedPackage", "utf16le")]),
  );
  // A zip that names the workbook part but whose parts ExcelJS cannot parse.
  const zip = Buffer.from(
    "504b03040a0000000000000000000000000000000000000000000f000000786c2f776f726b626f6f6b2e786d6c",
    "hex",
  );
  writeFileSync(at("rusak.xlsx"), Buffer.concat([zip, Buffer.from("<workbook><sheets><sheet")]));
});

describe("sakip says every failure in one Indonesian sentence", () => {
  const cases: [string, () => string[], number, () => string | RegExp][] = [
    [
      "an unknown long option",
      () => ["periksa", plan, "--verbose"],
      2,
      () => "Opsi --verbose tidak dikenal. Lihat: sakip help.",
    ],
    [
      "an unknown short option",
      () => ["periksa", plan, "-v"],
      2,
      () => "Opsi -v tidak dikenal. Lihat: sakip help.",
    ],
    [
      "an option without its value",
      () => ["triwulan", plan, "--tw"],
      2,
      () => "Opsi --tw perlu nilai, misalnya --tw 2.",
    ],
    [
      "an option whose value is the next option",
      () => ["triwulan", plan, "--tw", "--json"],
      2,
      () => "Opsi --tw perlu nilai, misalnya --tw 2.",
    ],
    [
      "-o without its file",
      () => ["triwulan", plan, "--tw", "1", "-o"],
      2,
      () => "Opsi -o perlu nilai, misalnya -o hasil.xlsx.",
    ],
    [
      "a value given to a switch",
      () => ["periksa", plan, "--json=ya"],
      2,
      () => "Opsi --json tidak memakai nilai: tulis --json saja.",
    ],
    [
      "an unknown command",
      () => ["hapus", plan],
      2,
      () => 'Perintah "hapus" tidak dikenal. Lihat: sakip help.',
    ],
    [
      "a folder where a file is expected",
      () => ["periksa", at("folder")],
      2,
      () =>
        `"${at("folder")}" adalah folder: sebutkan berkas .xlsx di dalamnya (hanya sakip rekap yang menerima folder).`,
    ],
    [
      "an empty file",
      () => ["periksa", at("kosong.xlsx")],
      2,
      () =>
        `Berkas "${at("kosong.xlsx")}" bukan spreadsheet .xlsx (isinya bukan workbook Excel): periksa berkas yang dipilih.`,
    ],
    [
      "a text file named .xlsx",
      () => ["sidik", at("catatan.xlsx"), "--tw", "1"],
      2,
      () =>
        `Berkas "${at("catatan.xlsx")}" bukan spreadsheet .xlsx (isinya bukan workbook Excel): periksa berkas yang dipilih.`,
    ],
    [
      "a password-protected workbook",
      () => ["baca", at("sandi.xlsx")],
      2,
      () =>
        /^Berkas ".*sandi\.xlsx" dilindungi kata sandi: buka di Excel atau LibreOffice, hapus kata sandinya/,
    ],
    [
      "a damaged workbook (ExcelJS cannot parse it)",
      () => ["laporan", at("rusak.xlsx"), "--tw", "1"],
      2,
      () =>
        /^Berkas ".*rusak\.xlsx" rusak atau tidak dapat dibaca sebagai \.xlsx: buka di Excel atau LibreOffice/,
    ],
    [
      "a report into a 'folder' that is a file (Node's ENOTDIR)",
      () => ["laporan", plan, "--tw", "1", "-o", join(plan, "laporan.docx")],
      2,
      () =>
        `"${plan}" adalah berkas, bukan folder: "${join(plan, "laporan.docx")}" tidak dapat dibuat di sana.`,
    ],
    [
      "a rekap into a missing folder",
      () => ["rekap", plan, "--tw", "1", "-o", at("tidak-ada/rekap.xlsx")],
      2,
      () =>
        `Folder "${at("tidak-ada")}" tidak ada: buat foldernya dulu atau pilih tempat lain untuk "rekap.xlsx".`,
    ],
    [
      "a rekap into a folder that takes no files",
      () => ["rekap", plan, "--tw", "1", "-o", "/proc/rekap.xlsx"],
      2,
      () =>
        `Folder "/proc" tidak menerima berkas baru (folder sistem atau khusus): simpan "rekap.xlsx" di folder lain.`,
    ],
    [
      "a rekap into a folder",
      () => ["rekap", plan, "--tw", "1", "-o", at("keluar.xlsx")],
      2,
      () =>
        `"${at("keluar.xlsx")}" adalah folder: sebutkan nama berkas, misalnya ${join(at("keluar.xlsx"), "rekap.xlsx")}.`,
    ],
  ];

  // The runs are independent: started together, each case then reads its own.
  let runs: Map<string, Promise<Awaited<ReturnType<typeof sakip>>>>;
  beforeAll(() => {
    runs = new Map(cases.map(([name, args]) => [name, sakip(...args())]));
  });

  it.each(cases)("%s", async (name, _, code, expected) => {
    const run = await (runs.get(name) as ReturnType<typeof sakip>);
    expect(run.code).toBe(code);
    expect(run.out).toBe("");
    indonesianOnly(run.err);
    const want = expected();
    if (typeof want === "string") expect(run.err).toBe(`${want}\n`);
    else expect(run.err).toMatch(want);
  });

  it("a rekap over damaged and foreign files names each in its row, in Indonesian, and goes on", async () => {
    const run = await sakip("rekap", at("rusak.xlsx"), at("sandi.xlsx"), at("folder"), plan, "--tw", "1");
    // The empty folder is said as such: nothing in it to rekap.
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Folder "${at("folder")}" tidak berisi berkas .xlsx.\n`);
    const ok = await sakip(
      "rekap",
      at("rusak.xlsx"),
      at("sandi.xlsx"),
      at("tidak-ada.xlsx"),
      plan,
      "--tw",
      "1",
    );
    expect(ok.code).toBe(0);
    expect(ok.err).toBe("");
    const failed = ok.out.split("\n").filter((l) => l.includes("Tidak terbaca:"));
    expect(failed).toHaveLength(3);
    for (const line of failed) indonesianOnly(line);
    expect(failed[2]).toBe(`   Tidak terbaca: Berkas "${at("tidak-ada.xlsx")}" tidak ditemukan.`);
  });
});

describe("the sentences behind the cases a test machine cannot provoke", () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: English from Node`), { code });
  const out = "/data/opd/hasil.xlsx";

  it.each([
    ["EACCES", `Anda tidak punya izin menulis ke "${out}": pilih folder lain.`, 2],
    ["EPERM", `Anda tidak punya izin menulis ke "${out}": pilih folder lain.`, 2],
    ["EROFS", `"${out}" ada di disk yang hanya dapat dibaca: simpan di folder lain.`, 2],
    [
      "ENOSPC",
      `Disk penuh: "${out}" tidak dapat disimpan; kosongkan sebagian disk atau simpan di disk lain.`,
      2,
    ],
    [
      "EDQUOT",
      `Disk penuh: "${out}" tidak dapat disimpan; kosongkan sebagian disk atau simpan di disk lain.`,
      2,
    ],
    ["ENAMETOOLONG", `Nama berkas "hasil.xlsx" terlalu panjang: pilih nama yang lebih pendek.`, 2],
    ["EBUSY", `"${out}" sedang dipakai program lain: tutup program itu lalu jalankan lagi.`, 75],
    ["EMFILE", `"${out}" sedang dipakai program lain: tutup program itu lalu jalankan lagi.`, 75],
    ["EIO", `"${out}" tidak dapat disimpan; periksa folder dan nama berkasnya.`, 2],
    [
      "ENOENT",
      `Folder "/data/opd" tidak ada: buat foldernya dulu atau pilih tempat lain untuk "hasil.xlsx".`,
      2,
    ],
  ])("writing: %s", (code, sentence, status) => {
    const said = failure(writeError(out, errno(code)));
    expect(said).toMatchObject({ message: sentence, status });
    indonesianOnly(said.message);
  });

  it("writing: EISDIR names the folder and a file name to give", () => {
    expect(writeError(dir, errno("EISDIR"), "rekap.xlsx").message).toBe(
      `"${dir}" adalah folder: sebutkan nama berkas, misalnya ${join(dir, "rekap.xlsx")}.`,
    );
  });

  it.each([
    ["EACCES", `Anda tidak punya izin membuka "/data/opd": minta izinnya atau salin ke folder Anda.`],
    ["ENOENT", `"/data/opd" tidak ditemukan.`],
    ["EMFILE", `"/data/opd" sedang dipakai program lain: tutup program itu lalu jalankan lagi.`],
    ["EIO", `"/data/opd" tidak dapat dibaca; periksa nama dan izin berkasnya.`],
  ])("reading a folder or file: %s", (code, sentence) => {
    const said = readError("/data/opd", errno(code));
    expect(said).toBeInstanceOf(UserError);
    expect(said.message).toBe(sentence);
    indonesianOnly(said.message);
  });

  it("an unexpected error (a bug) is one Indonesian sentence; its English only for SAKIP_DEBUG", () => {
    const said = failure(new TypeError("Cannot read properties of undefined (reading 'values')"));
    expect(said.message).toBe(UNEXPECTED);
    expect(said.status).toBe(70);
    indonesianOnly(said.message);
    expect(said.detail).toContain("Cannot read properties of undefined");
  });

  it.each([
    [["periksa", "a.xlsx", "--verbose"], "Opsi --verbose tidak dikenal. Lihat: sakip help."],
    [["periksa", "a.xlsx", "--no-json"], "Opsi --no-json tidak dikenal. Lihat: sakip help."],
    [["triwulan", "a.xlsx", "-xo", "b.xlsx"], "Opsi -x tidak dikenal. Lihat: sakip help."],
    [["template", "--opd"], 'Opsi --opd perlu nilai, misalnya --opd "Dinas Kesehatan".'],
    [["laporan", "a.xlsx", "--tahunan=ya"], "Opsi --tahunan tidak memakai nilai: tulis --tahunan saja."],
  ])("the options of %j", (argv, sentence) => {
    expect(() => parse(argv)).toThrow(new UserError(sentence));
  });

  it("what the parser accepts stays as it was: values, = values, negative numbers, -- before a file", () => {
    expect(parse(["triwulan", "a.xlsx", "--tw=2", "-o", "b.xlsx", "--json"])).toEqual({
      values: { tw: "2", output: "b.xlsx", json: true },
      positionals: ["triwulan", "a.xlsx"],
    });
    expect(parse(["periksa", "a.xlsx", "--tw", "-1"]).values.tw).toBe("-1");
    expect(parse(["periksa", "--", "--verbose"]).positionals).toEqual(["periksa", "--verbose"]);
  });
});
