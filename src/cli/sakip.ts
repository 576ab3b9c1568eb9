/**
 * `npm run --silent sakip -- <perintah>`: the sidebar's actions on .xlsx files, through the same
 * use cases, on the emulated spreadsheet (formulas computed by the formula engine).
 *
 *   sakip template -o FILE.xlsx [--opd NAMA] [--tahun 2024] [--bidang "A,B"] [--skala lakip]
 *   sakip triwulan FILE.xlsx --tw 2 [-o OUT.xlsx] [--bidang "A,B"] [--rumus excel|sakip] [--tahun 2024]
 *   sakip periksa FILE.xlsx [FILE2.xlsx …] [--tw 2] [--json]
 *   sakip sidik FILE.xlsx --tw 2      (the fingerprint the add-on recorded when the TW was sent)
 *   sakip baca FILE.xlsx [--json]     (how each plan tab is read: header rows, columns, indicators)
 *   sakip rekap FILES|FOLDER --tw 2 [-o rekap.xlsx] [--json]   (the Inspektorat's rekap: ./rekap.ts)
 *   sakip laporan FILE.xlsx --tw 2 | --tahunan [-o LAPORAN.docx] [--bidang "A,B"]   (LAKIP / LKjIP Bab III)
 *   sakip help | bantuan
 *
 * Exit codes: 0 done; 1 the check found galat; otherwise the failure's kind decides (EXIT_STATUS). A
 * run that would exceed the memory Node gives it ends with one Indonesian sentence, exit 2, and no
 * lock or temporary file left (see `guarded`).
 */

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { totalmem } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readings, readingText } from "../app/baca";
import { laporanDocument } from "../app/laporan";
import { changedSinceSent } from "../app/laporan-berubah";
import { periksa } from "../app/periksa";
import { isPlanCandidate, readWorkbook, TahunUnknown, tahunSentence } from "../app/plans";
import { fingerprintOf, recordedVersion } from "../app/reviu";
import { buildTemplate } from "../app/template";
import { generateTriwulan } from "../app/triwulan";
import { groupFindings } from "../core/checks";
import type { Tw } from "../core/evaluasi";
import { checkTw } from "../core/plan";
import { shapeHasher } from "../core/regenerate/shape-templates";
import { type FailureCode, UserError } from "../core/result";
import { Templates } from "../core/row-formula";
import { standardRowFormulas } from "../core/standard-kualitatif";
import { emulatedPort } from "../emulator/session";
import { MemoryWorkbook } from "../emulator/workbook";
import { saveXlsx } from "../emulator/xlsx";
import { lockOwner, openXlsx as open, withFileLock, writeError } from "./files";
import { rekapCommand } from "./rekap";

const USAGE = `Pemakaian:
  sakip template -o FILE.xlsx [--opd NAMA] [--tahun 2024] [--bidang "Bidang A,Bidang B"] [--skala permendagri86|lakip|akip]
  sakip triwulan FILE.xlsx --tw 1..4 [-o OUT.xlsx] [--bidang "Bidang A,Bidang B"] [--rumus excel|sakip] [--tahun 2024]
  sakip periksa FILE.xlsx [FILE2.xlsx …] [--tw 1..4] [--json]
  sakip sidik FILE.xlsx --tw 1..4 [--json]
  sakip baca FILE.xlsx [--json]
  sakip rekap FILE.xlsx|FOLDER … --tw 1..4 [-o rekap.xlsx] [--json]
  sakip laporan FILE.xlsx --tw 1..4 | --tahunan [-o LAPORAN.docx] [--bidang "Bidang A,Bidang B"] [--tahun 2024]
  sakip help (atau: sakip bantuan)`;

/**
 * The exit status of each kind of failure: the one place the CLI decides it. 0 is done and 1 means
 * `periksa` found galat, so no failure uses them. Wrong input of every kind is 2, as it always was;
 * a file another run holds is 75 (EX_TEMPFAIL of sysexits.h: the same command later succeeds), an
 * unexpected error 70 (EX_SOFTWARE: a bug, not the input).
 */
export const EXIT_STATUS: Record<FailureCode, number> = {
  masukan: 2,
  "tidak-ditemukan": 2,
  dilindungi: 2,
  "tab-bukan-milik-add-on": 2,
  "belum-siap": 2,
  terkunci: 75,
  internal: 70,
};

/** What the CLI prints and how it exits for an error a command threw. */
export function failure(e: unknown): {
  status: number;
  code: FailureCode;
  message: string;
  /** The library's or Node's own text and stack, for a developer: printed only with SAKIP_DEBUG=1. */
  detail?: string;
} {
  if (e instanceof UserError) return { status: EXIT_STATUS[e.code], code: e.code, message: e.message };
  // A bug, not the person's input: their screen gets one Indonesian sentence, never the English of
  // Node or a library; the developer gets it on request.
  return {
    status: EXIT_STATUS.internal,
    code: "internal",
    message: UNEXPECTED,
    detail: e instanceof Error ? (e.stack ?? e.message) : String(e),
  };
}

export const UNEXPECTED =
  "Terjadi kesalahan program SAKIP yang tidak terduga: jalankan lagi perintah yang sama dengan SAKIP_DEBUG=1 di depannya dan kirimkan keluarannya kepada pengembang.";

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const list = (s: string | undefined) =>
  (s ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

function twOption(raw: string | undefined, required: boolean): number | undefined {
  if (raw === undefined) {
    if (required) throw new UserError("Sebutkan triwulan dengan --tw 1, 2, 3 atau 4.");
    return undefined;
  }
  const tw = Number(raw);
  if (!Number.isInteger(tw) || tw < 1 || tw > 4)
    throw new UserError(`Triwulan "${raw}" tidak ada: pakai --tw 1, 2, 3 atau 4.`);
  return tw;
}

/** An output named other than .xlsx would hold a workbook under a name no program opens as one. */
function xlsxOutput(path: string): string {
  if (extname(path).toLowerCase() !== ".xlsx") {
    const stem = extname(path) ? path.slice(0, -extname(path).length) : path;
    throw new UserError(
      `Berkas keluaran "${path}" harus berakhiran .xlsx karena isinya workbook Excel: pakai misalnya -o ${stem}.xlsx.`,
    );
  }
  return path;
}

/** True when two paths name one file (the same path, or links to one file). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Writes next to the target and renames, so a failed save never leaves half a file (nor the
 * temporary one). `since`: the target's modification time when this run read it; if another run
 * wrote it meanwhile, saving would silently drop that run's result, so the save is refused.
 */
async function save(workbook: MemoryWorkbook, path: string, since?: number): Promise<void> {
  if (existsSync(path) && statSync(path).isDirectory()) throw writeError(path, null);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await saveXlsx(workbook, temp);
    const now = existsSync(path) ? statSync(path).mtimeMs : undefined;
    if (since !== undefined && now !== since)
      throw new UserError(
        `Berkas "${path}" diubah oleh proses lain selama perintah ini berjalan: hasil ini tidak disimpan agar hasil itu tidak hilang; jalankan lagi.`,
        "terkunci",
      );
    renameSync(temp, path);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Its folder is not a folder: no temporary file was made.
    }
    throw e instanceof UserError ? e : writeError(path, e);
  }
}

const OPTIONS = {
  output: { type: "string", short: "o" },
  tw: { type: "string" },
  opd: { type: "string" },
  tahun: { type: "string" },
  bidang: { type: "string" },
  skala: { type: "string" },
  rumus: { type: "string" },
  json: { type: "boolean" },
  tahunan: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** An example of each option that takes a value, for the sentence that says it is missing. */
const EXAMPLE: Record<string, string> = {
  output: "-o hasil.xlsx",
  tw: "--tw 2",
  opd: '--opd "Dinas Kesehatan"',
  tahun: "--tahun 2024",
  bidang: '--bidang "Bidang A,Bidang B"',
  skala: "--skala permendagri86",
  rumus: "--rumus excel",
};

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean;
};

/**
 * The options and positionals. Node's parser reads them (its tokens); what is wrong is said here in
 * Indonesian, since its own errors are English ("Unknown option '--verbose'. To specify a
 * positional argument…").
 */
export function parse(argv: string[]): { values: Values; positionals: string[] } {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = (OPTIONS as Record<string, { type: string }>)[t.name];
    if (!spec) throw new UserError(`Opsi ${t.rawName} tidak dikenal. Lihat: sakip help.`);
    if (spec.type === "boolean" && t.inlineValue)
      throw new UserError(`Opsi ${t.rawName} tidak memakai nilai: tulis ${t.rawName} saja.`);
    // "--tw --json": the next option is no value (a negative number "-1" is one).
    if (spec.type === "string" && (t.value === undefined || (!t.inlineValue && /^--?[A-Za-z]/.test(t.value))))
      throw new UserError(`Opsi ${t.rawName} perlu nilai, misalnya ${EXAMPLE[t.name]}.`);
  }
  return { values: values as Values, positionals };
}

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  try {
    return await run(argv, out);
  } catch (e) {
    // The panel asks for the year in a field; here the person says it with --tahun (the commands
    // that make something of a year take it), else in Pengaturan.
    if (e instanceof TahunUnknown)
      throw new UserError(
        argv.some((a) => a === "triwulan" || a === "laporan")
          ? "Tahun laporan tidak diketahui (tab Pengaturan dan judul tab Rencana Aksi tidak menyebutnya): jalankan lagi dengan --tahun, misalnya --tahun 2024."
          : "Tahun laporan tidak diketahui: isi baris Tahun di tab Pengaturan berkas itu, misalnya 2024.",
      );
    throw e;
  }
}

async function run(argv: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, ...files] = positionals;
  // "bantuan": the Indonesian word people type for help (trial 8 #20e).
  const help = values.help || command === "help" || command === "bantuan";
  if (help || !command) {
    out(`${USAGE}\n`);
    return help ? 0 : 2;
  }
  switch (command) {
    case "template": {
      if (!values.output) throw new UserError("Sebutkan berkas keluaran dengan -o FILE.xlsx.");
      xlsxOutput(values.output);
      if (existsSync(values.output))
        throw new UserError(`Berkas "${values.output}" sudah ada: pilih nama lain agar tidak tertimpa.`);
      const workbook = new MemoryWorkbook({ name: basename(values.output, ".xlsx") });
      const { port } = emulatedPort(workbook);
      const report = buildTemplate(port, {
        opd: values.opd ?? "Dinas …",
        // Never today's year silently: the year is said, or template says to say it.
        tahun: values.tahun ?? "",
        bidang: values.bidang ? list(values.bidang) : ["Sekretariat", "Bidang 1"],
        skala: values.skala,
      });
      await save(workbook, values.output);
      out(`${report.message} Disimpan di ${values.output}.\n`);
      return 0;
    }
    case "triwulan": {
      if (files.length !== 1)
        throw new UserError("Sebutkan satu berkas .xlsx: sakip triwulan FILE.xlsx --tw 2.");
      const tw = twOption(values.tw, true) as number;
      const rumus = values.rumus ?? "excel";
      if (rumus !== "excel" && rumus !== "sakip")
        throw new UserError(`Pilihan --rumus "${rumus}" tidak dikenal: pakai excel (bawaan) atau sakip.`);
      // Without -o the input stays as it was: the result goes next to it (renaksi-TW2.xlsx).
      const target = triwulanTarget(values.output, files[0], String(tw));
      if (existsSync(target) && statSync(target).isDirectory()) throw writeError(target, null);
      xlsxOutput(target);
      if (sameFile(target, files[0]))
        throw new UserError(
          `-o menunjuk berkas masukan "${files[0]}": hasilnya akan menimpa rencana Anda; pilih nama lain atau hapus -o (hasilnya lalu ditulis ke ${triwulanTarget(undefined, files[0], String(tw))}).`,
        );
      // Read, compute and write under the target's lock, so two runs on one file do not lose a result.
      const message = await withFileLock(target, async () => {
        const since = existsSync(target) ? statSync(target).mtimeMs : undefined;
        const workbook = await open(files[0]);
        // The tabs' formulas are written and saved, never read here: the formula engine need not
        // parse and compute them (Excel and LibreOffice compute them when the file is opened).
        workbook.deferFormulas = true;
        const { port } = emulatedPort(workbook);
        const report = generateTriwulan(port, {
          tw,
          tabs: values.bidang ? list(values.bidang) : undefined,
          standard: rumus === "sakip" ? undefined : standardRowFormulas,
          shapeHash: shapeHasher(),
          sharedTexts: () => new Templates(),
          tahun: values.tahun,
          // Times a person reads are in the spreadsheet's time zone, not the machine's.
          timeZone: () => workbook.timeZone,
        });
        await save(workbook, target, since);
        // Which year, and from where: a table of several years is read by it (trial 2 item 9).
        // The plan tabs only (a year given needs none): reading the tabs just written would
        // compute their formulas, which the save left to Excel and LibreOffice.
        const year = tahunSentence(
          readWorkbook(port, {
            formulas: false,
            tahun: values.tahun,
            tabs: (name) => !values.tahun && isPlanCandidate(name),
          }),
          values.tahun,
        );
        return year ? `${report.message} ${year}` : report.message;
      });
      // ExcelJS writes no chart: the .xlsx holds the Ringkasan's table, not the chart Sheets draws.
      out(
        `${message.replace("ringkasan dan grafiknya di tab", "ringkasannya di tab")} Disimpan di ${target}.\n`,
      );
      return 0;
    }
    case "periksa": {
      if (!files.length)
        throw new UserError("Sebutkan paling sedikit satu berkas .xlsx: sakip periksa FILE.xlsx.");
      const tw = twOption(values.tw, false);
      const results = [];
      for (const file of files) {
        const { port } = emulatedPort(await open(file));
        const result = periksa(port, { tw, writeReport: false, tahun: values.tahun });
        // Nothing to check is not "no findings".
        if (result.summary.tabs === 0)
          throw new UserError(
            `Berkas "${file}" tidak berisi tab Rencana Aksi atau PK yang dikenali (judul kolom Indikator, Target, Realisasi): tidak ada yang dapat diperiksa.`,
          );
        // Plan tabs whose header is found but under which no indicator is read: nothing was checked.
        if (result.summary.indicators === 0)
          throw new UserError(
            `Berkas "${file}": judul kolom Rencana Aksi dikenali, tetapi tidak ada satu pun indikator yang terbaca di bawahnya, jadi tidak ada yang dapat diperiksa; periksa sel gabungan di baris judul yang menutupi baris data (lihat sakip baca "${file}").`,
          );
        results.push({ file, ...result });
      }
      const findings = results.flatMap((r) =>
        r.findings.map((f) => (files.length > 1 ? { file: r.file, ...f } : f)),
      );
      const summary = {
        error: findings.filter((f) => f.severity === "error").length,
        warning: findings.filter((f) => f.severity === "warning").length,
        info: findings.filter((f) => f.severity === "info").length,
        files: files.length,
        tabs: results.reduce((n, r) => n + r.summary.tabs, 0),
        indicators: results.reduce((n, r) => n + r.summary.indicators, 0),
      };
      if (values.json) out(`${JSON.stringify({ findings, summary })}\n`);
      else {
        for (const r of results) {
          out(`${r.file}: ${r.message}\n`);
          // Repeated findings of one kind on one tab read as one, with their rows under it.
          for (const g of groupFindings(r.findings, r.titles)) {
            const level = g.severity === "error" ? "GALAT" : g.severity === "warning" ? "PERINGATAN" : "INFO";
            const [first] = g.findings;
            out(`  [${level}] ${g.findings.length === 1 ? `${first.sheet}!${first.cell} ` : ""}${g.title}\n`);
            out(`      Saran: ${g.suggestion}\n`);
            if (g.findings.length > 1)
              for (const f of g.findings) out(`      - ${f.sheet}!${f.cell} ${f.message}\n`);
          }
        }
      }
      return summary.error > 0 ? 1 : 0;
    }
    case "sidik": {
      if (files.length !== 1)
        throw new UserError("Sebutkan satu berkas .xlsx: sakip sidik FILE.xlsx --tw 2.");
      const tw = twOption(values.tw, true) as Tw;
      if (values.tahun !== undefined)
        throw new UserError(
          "--tahun tidak berlaku untuk sakip sidik: sidik dihitung atas tahun yang tercatat di berkas itu.",
        );
      const { port } = emulatedPort(await open(files[0]));
      const wb = readWorkbook(port, { notes: true });
      // By the rules of the TW's record, so an .xlsx sent with an older version compares too.
      const print = fingerprintOf(wb, tw, sha256, recordedVersion(wb, tw));
      if (values.json)
        out(
          `${JSON.stringify({ tw, hash: print.hash, tabs: print.tabs.map((t) => ({ tab: t.tab, hash: t.hash })) })}\n`,
        );
      else out(`${print.hash}\n`);
      return 0;
    }
    case "baca": {
      if (files.length !== 1) throw new UserError("Sebutkan satu berkas .xlsx: sakip baca FILE.xlsx.");
      const workbook = await open(files[0]);
      if (!workbook.tabs().length)
        throw new UserError(`Berkas "${files[0]}" tidak berisi satu sheet pun: tidak ada yang dapat dibaca.`);
      const { port } = emulatedPort(workbook);
      const result = readings(port, values.tahun);
      if (values.json) out(`${JSON.stringify(result)}\n`);
      else {
        if (result.tahun) out(`${result.tahun}\n`);
        for (const r of result.readings) out(`${readingText(r)}\n`);
        for (const s of result.skipped) out(`${s.tab}: tidak dibaca. ${s.reason}\n`);
      }
      return 0;
    }
    case "rekap":
      if (values.tahun !== undefined)
        throw new UserError(
          "--tahun tidak berlaku untuk sakip rekap: tahun setiap berkas diambil dari berkas itu sendiri (tab Pengaturan atau judul tab Rencana Aksi).",
        );
      return rekapCommand(
        files,
        { tw: twOption(values.tw, true) as Tw, output: values.output, json: values.json },
        sha256,
        out,
      );
    case "laporan": {
      if (files.length !== 1)
        throw new UserError("Sebutkan satu berkas .xlsx: sakip laporan FILE.xlsx --tw 2 (atau --tahunan).");
      if (values.tahunan && values.tw !== undefined)
        throw new UserError("Pilih salah satu: --tw 1..4 (LAKIP triwulan) atau --tahunan (LKjIP Bab III).");
      const period = values.tahunan ? "tahunan" : (twOption(values.tw, true) as number);
      const target =
        values.output ??
        join(
          dirname(files[0]),
          `${basename(files[0]).replace(/\.xlsx$/i, "")}-${period === "tahunan" ? "LKjIP" : `LAKIP-TW${period}`}.docx`,
        );
      const book = await open(files[0]);
      const { port } = emulatedPort(book);
      // Whether the quarter's data changed after it was sent for review, as `rekap` tells it.
      const changed =
        period === "tahunan"
          ? ""
          : changedSinceSent(port, checkTw(period), { digest: sha256, timeZone: book.timeZone });
      const doc = laporanDocument(
        port,
        { tw: period, tabs: values.bidang ? list(values.bidang) : undefined, tahun: values.tahun },
        changed,
      );
      // The Word renderer (docx, vega, resvg) is loaded only for this command.
      const { renderDocx } = await import("../render/docx");
      const bytes = await renderDocx(doc);
      if (existsSync(target) && statSync(target).isDirectory())
        throw writeError(target, null, "laporan.docx");
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      try {
        writeFileSync(temp, bytes);
        renameSync(temp, target);
      } catch (e) {
        try {
          rmSync(temp, { force: true });
        } catch {
          // Its folder is not a folder: no temporary file was made.
        }
        throw writeError(target, e, "laporan.docx");
      }
      const tables = doc.blocks.filter((b) => b.kind === "table").length;
      const charts = doc.blocks.filter((b) => b.kind === "chart").length;
      out(`${doc.title} (${tables} tabel, ${charts} grafik) disimpan di ${target}.\n`);
      if (doc.leftOut) out(`${doc.leftOut}\n`);
      if (doc.changed) out(`${doc.changed}\n`);
      const year = tahunSentence(readWorkbook(port, { formulas: false, tahun: values.tahun }), values.tahun);
      if (year) out(`${year}\n`);
      return 0;
    }
    default:
      throw new UserError(`Perintah "${command}" tidak dikenal. Lihat: sakip help.`);
  }
}

/** Where `triwulan` writes: -o, else next to the input (renaksi-TW2.xlsx). */
function triwulanTarget(output: string | undefined, input: string, tw: string | undefined): string {
  return output ?? join(dirname(input), `${basename(input).replace(/\.xlsx$/i, "")}-TW${tw}.xlsx`);
}

/** The lock and temporary file a run of process `pid` may have left next to `target`. */
function removeLeftovers(target: string, pid: number): void {
  const lock = `${target}.lock`;
  try {
    if (readFileSync(lock, "utf8") === lockOwner(pid)) rmSync(lock, { force: true });
  } catch {
    // No lock, or another run's.
  }
  const folder = dirname(target);
  const temp = `.${basename(target)}.${pid}.tmp`;
  try {
    if (readdirSync(folder).includes(temp)) rmSync(join(folder, temp), { force: true });
  } catch {
    // The folder cannot be read: nothing of ours is in it.
  }
}

function fail(e: unknown): never {
  const { status, message, detail } = failure(e);
  process.stderr.write(`${message}\n`);
  if (detail && process.env.SAKIP_DEBUG) process.stderr.write(`${detail}\n`);
  process.exit(status);
}

/**
 * Runs a command that loads a workbook in a child process, so that running out of memory, which
 * kills a Node process with V8's English dump and no chance to clean up, is said in one Indonesian
 * sentence, leaves no lock or temporary file, and exits 2. The child may use 60 % of the machine's
 * memory unless NODE_OPTIONS or the node flags give a limit. Its stdout is the person's; its
 * stderr is passed on when it ends normally.
 */
function guarded(argv: string[]): void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) =>
    a.includes("max-old-space-size"),
  );
  const limitMb = Math.floor((totalmem() * 0.6) / 2 ** 20);
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...(given ? [] : [`--max-old-space-size=${limitMb}`]), process.argv[1], ...argv],
    { stdio: ["inherit", "inherit", "pipe"], env: { ...process.env, SAKIP_CHILD: "1" } },
  );
  let err = "";
  child.stderr.setEncoding("utf8").on("data", (s: string) => {
    err += s;
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("close", (code, signal) => {
    const outOfMemory =
      /heap out of memory|Reached heap limit|FATAL ERROR|Allocation failed/.test(err) ||
      signal === "SIGKILL" ||
      signal === "SIGABRT" ||
      code === 134;
    if (!outOfMemory && signal === null) {
      process.stderr.write(err);
      process.exit(code ?? 1);
    }
    try {
      const { values, positionals } = parse(argv);
      if (positionals[0] === "triwulan" && positionals[1] && child.pid)
        removeLeftovers(triwulanTarget(values.output, positionals[1], values.tw), child.pid);
    } catch {
      // Arguments the child refused: it wrote nothing.
    }
    if (!outOfMemory) process.exit(signal === "SIGINT" ? 130 : 1);
    const limit = given ? "yang ditetapkan" : `${limitMb.toLocaleString("id-ID")} MB`;
    process.stderr.write(
      `Memori tidak cukup untuk berkas ini (batas memori Node ${limit}): tidak ada yang disimpan; jalankan lagi dengan batas lebih besar, misalnya NODE_OPTIONS=--max-old-space-size=16384, atau per tab bidang dengan --bidang.\n`,
    );
    process.exit(2);
  });
}

const isEntry = process.argv[1] && /sakip\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntry) {
  const argv = process.argv.slice(2);
  // Whatever escapes (a callback's error, a stream's) is said as every other failure, never as
  // Node's English stack. A reader that stops early (`| head`) is no failure: the output is unwanted.
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  process.stdout.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" ? process.exit(0) : fail(e)));
  const command = argv.find((a) => !a.startsWith("-"));
  if (
    process.env.SAKIP_CHILD !== "1" &&
    ["triwulan", "periksa", "sidik", "baca", "rekap", "laporan"].includes(command ?? "")
  )
    guarded(argv);
  else main(argv).then((code) => process.exit(code), fail);
}
