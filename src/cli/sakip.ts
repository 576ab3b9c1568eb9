/**
 * `npm run --silent sakip -- <perintah>`: the sidebar's actions on .xlsx files, through the same
 * use cases, on the emulated spreadsheet (formulas computed by the formula engine).
 *
 *   sakip template -o FILE.xlsx [--opd NAMA] [--tahun 2024] [--bidang "A,B"] [--skala lakip]
 *   sakip triwulan FILE.xlsx --tw 2 [-o OUT.xlsx] [--bidang "A,B"] [--rumus excel|sakip]
 *   sakip periksa FILE.xlsx [FILE2.xlsx …] [--tw 2] [--json]
 *   sakip sidik FILE.xlsx --tw 2      (the fingerprint the add-on recorded when the TW was sent)
 *   sakip baca FILE.xlsx [--json]     (how each plan tab is read: header rows, columns, indicators)
 *
 * Exit codes: 0 done; 1 the check found galat; 2 bad input (nothing written).
 */
import { createHash } from "node:crypto";
import { existsSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readings, readingText } from "../app/baca";
import { periksa } from "../app/periksa";
import { readWorkbook } from "../app/plans";
import { fingerprintOf } from "../app/reviu";
import { buildTemplate } from "../app/template";
import { generateTriwulan } from "../app/triwulan";
import type { Tw } from "../core/evaluasi";
import { UserError } from "../core/result";
import { emulatedPort } from "../emulator/session";
import { MemoryWorkbook } from "../emulator/workbook";
import { loadXlsx, saveXlsx } from "../emulator/xlsx";

const USAGE = `Pemakaian:
  sakip template -o FILE.xlsx [--opd NAMA] [--tahun 2024] [--bidang "Bidang A,Bidang B"] [--skala permendagri86|lakip|akip]
  sakip triwulan FILE.xlsx --tw 1..4 [-o OUT.xlsx] [--bidang "Bidang A,Bidang B"] [--rumus excel|sakip]
  sakip periksa FILE.xlsx [FILE2.xlsx …] [--tw 1..4] [--json]
  sakip sidik FILE.xlsx --tw 1..4 [--json]
  sakip baca FILE.xlsx [--json]`;

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

async function open(path: string): Promise<MemoryWorkbook> {
  if (!existsSync(path)) throw new UserError(`Berkas "${path}" tidak ditemukan.`);
  try {
    return await loadXlsx(path);
  } catch (e) {
    throw new UserError(e instanceof Error ? e.message : String(e));
  }
}

/** Writes next to the target and renames, so a failed save never leaves half a file. */
async function save(workbook: MemoryWorkbook, path: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await saveXlsx(workbook, temp);
  renameSync(temp, path);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      tw: { type: "string" },
      opd: { type: "string" },
      tahun: { type: "string" },
      bidang: { type: "string" },
      skala: { type: "string" },
      rumus: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UserError(
      `Opsi tidak dikenal atau tidak lengkap: ${e instanceof Error ? e.message : e}\n${USAGE}`,
    );
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || !command) {
    out(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case "template": {
      if (!values.output) throw new UserError("Sebutkan berkas keluaran dengan -o FILE.xlsx.");
      if (existsSync(values.output))
        throw new UserError(`Berkas "${values.output}" sudah ada: pilih nama lain agar tidak tertimpa.`);
      const workbook = new MemoryWorkbook({ name: basename(values.output, ".xlsx") });
      const { port } = emulatedPort(workbook);
      const report = buildTemplate(port, {
        opd: values.opd ?? "Dinas …",
        tahun: values.tahun ?? String(new Date().getFullYear()),
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
      const workbook = await open(files[0]);
      const { port } = emulatedPort(workbook);
      const rumus = values.rumus ?? "excel";
      if (rumus !== "excel" && rumus !== "sakip")
        throw new UserError(`Pilihan --rumus "${rumus}" tidak dikenal: pakai excel (bawaan) atau sakip.`);
      const report = generateTriwulan(port, {
        tw,
        tabs: values.bidang ? list(values.bidang) : undefined,
        formulas: rumus === "sakip" ? "sakip" : "standar",
      });
      // Without -o the input stays as it was: the result goes next to it (renaksi-TW2.xlsx).
      const target =
        values.output ??
        join(dirname(files[0]), `${basename(files[0]).replace(/\.xlsx$/i, "")}-TW${tw}.xlsx`);
      await save(workbook, target);
      out(`${report.message} Disimpan di ${target}.\n`);
      return 0;
    }
    case "periksa": {
      if (!files.length)
        throw new UserError("Sebutkan paling sedikit satu berkas .xlsx: sakip periksa FILE.xlsx.");
      const tw = twOption(values.tw, false);
      const results = [];
      for (const file of files) {
        const { port } = emulatedPort(await open(file));
        results.push({ file, ...periksa(port, { tw, writeReport: false }) });
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
          for (const g of r.groups) {
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
      const { port } = emulatedPort(await open(files[0]));
      const print = fingerprintOf(readWorkbook(port), tw, sha256);
      if (values.json)
        out(
          `${JSON.stringify({ tw, hash: print.hash, tabs: print.tabs.map((t) => ({ tab: t.tab, hash: t.hash })) })}\n`,
        );
      else out(`${print.hash}\n`);
      return 0;
    }
    case "baca": {
      if (files.length !== 1) throw new UserError("Sebutkan satu berkas .xlsx: sakip baca FILE.xlsx.");
      const { port } = emulatedPort(await open(files[0]));
      const result = readings(port);
      if (values.json) out(`${JSON.stringify(result)}\n`);
      else {
        for (const r of result.readings) out(`${readingText(r)}\n`);
        for (const s of result.skipped) out(`${s.tab}: tidak dibaca. ${s.reason}\n`);
      }
      return 0;
    }
    default:
      throw new UserError(`Perintah "${command}" tidak dikenal.\n${USAGE}`);
  }
}

const isEntry = process.argv[1] && /sakip\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(
        e instanceof UserError ? `${message}\n` : `Terjadi kesalahan yang tidak terduga: ${message}\n`,
      );
      process.exit(e instanceof UserError ? 2 : 1);
    },
  );
}
