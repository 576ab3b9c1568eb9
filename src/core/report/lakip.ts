import { budgetDepth } from "../budget";
import { BELUM_DIISI } from "../evaluasi-formulas";
import type { Scale } from "../kriteria";
import { type PlanTable, ROMAN, type Tw } from "../plan";
import { normalise } from "../text";
import { belumDiisiText, capaianOf, type IndicatorFigures } from "./figures";
import { lastDayOfTw, pct, rp, triwulan } from "./format";
import {
  heading,
  paragraph,
  type ReportBlock,
  type ReportDocument,
  type ReportParagraph,
  type ReportRow,
  type ReportTable,
  withoutBlankPages,
} from "./model";
import {
  capaianSentence,
  faktorSentences,
  lastYearSentence,
  polaritasFormRequest,
  polaritasRequest,
  renstraCapaian,
  renstraSentence,
  scaleRequest,
  type TypedTexts,
} from "./narrative";
import {
  anggaranTable,
  capaianChart,
  capaianTable,
  capaianTahunanShown,
  evaluationForm,
  headerRow,
  INDICATOR_HEADERS,
  indicatorCells,
  kriteriaChart,
  paguDiffersRequest,
  percentCell,
  programsOf,
  programWord,
  renstraTargetCell,
  serapanChart,
  text,
  totals,
  type Unrated,
  unratedState,
  unreadableNote,
  valueCell,
} from "./tables";

/** Who signs the "PERNYATAAN TELAH DIEVALUASI" (Pengaturan). */
export interface Signer {
  name: string;
  nip: string;
  role: string;
  pangkat: string;
  place: string;
  date: string;
}

export interface ReportInput {
  tahun: string;
  opd: string;
  scale: Scale;
  /** The chosen bidang plans, in workbook order. */
  plans: PlanTable[];
  /** A bidang's full name by tab. */
  names: Record<string, string>;
  /** The figures of every indicator of `plans` (./figures.ts), in the same order. */
  figures: IndicatorFigures[];
  /** Faktor and tindak lanjut typed in the evaluation tab, by its row key. */
  typed: Map<string, TypedTexts>;
  /** The evaluation tab staff type them in ("Evaluasi TW II 2024"). */
  evaluasiTab: string;
  /** false: that tab is not made yet (the request for faktor says to make it first). */
  evaluasiExists?: boolean;
  /** The sentence saying the data changed after the quarter was sent for review ("" or absent: none). */
  changed?: string;
  signer: Signer;
}

export function laporanTabName(tw: Tw | "tahunan", tahun: string): string {
  const period = tw === "tahunan" ? "Tahunan" : `TW ${ROMAN[tw - 1]}`;
  return `Laporan ${period}${tahun ? ` ${tahun}` : ""}`;
}

/** Where neither Pengaturan nor the plan's titles name the office: a request a person sees. */
/** The wording the evaluation form and the Inspektorat's statement share (one copy in the server script). */
export const NO_DIFFERENCE =
  "tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam penyajian informasi yang dilaporkan";
export const SUBSTANCE = "Substansi informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab";
export const OUR_PART = "tanggung jawab kami sebatas pada saran perbaikan yang diberikan.";
export const PLAN_BASIS = "berdasarkan Rencana Aksi yang disusun sebelumnya.";
export const AIM = "ini bertujuan untuk memberikan keyakinan";
export const WE_DID = "Kami telah melakukan";

export const OPD_MISSING = "[nama OPD belum diisi: tulis di tab Pengaturan]";

/** The input with its office named, or the request for the name in its place. */
export function withOpd(input: ReportInput): ReportInput {
  return { ...input, opd: input.opd.trim() || OPD_MISSING };
}

/** Each chosen bidang tab with its full name and its indicators' figures, in the plan's order. */
export function bidangFigures(
  input: ReportInput,
): { tab: string; name: string; figures: IndicatorFigures[] }[] {
  return input.plans.map((p) => ({
    tab: p.tab,
    name: input.names[p.tab] ?? p.tab,
    figures: input.figures.filter((f) => f.tab === p.tab),
  }));
}

/** The office's name under the title, in capitals, or the request for it (`withOpd`). */
export function opdParagraph(given: ReportInput): ReportBlock {
  const named = given.opd.trim();
  return paragraph("opd", named ? named.toUpperCase() : OPD_MISSING, {
    placeholder: !named,
    bold: true,
    align: "center",
  });
}

/** The note at the top of a report: what its [Draf] paragraphs were made from. */
export const draftNote = (sources: string): ReportParagraph =>
  paragraph(
    "catatan",
    `Paragraf bertanda [Draf] disusun otomatis dari angka ${sources}: periksa dan sunting sebelum ditandatangani. ` +
      "Teks dalam kurung siku meminta isian yang belum ada.",
  );

/**
 * A bidang's indicators grouped by their own sasaran (as the plan reads it: a sasaran typed once
 * over a merged block holds until the next sasaran), in the order the sasaran first appear, each
 * group's rows in the tab's order. Rows before any sasaran (or a plan without a Sasaran column)
 * make one group without a name.
 */
export function sasaranGroups(
  figures: IndicatorFigures[],
): { sasaran: string; figures: IndicatorFigures[] }[] {
  const groups: { sasaran: string; figures: IndicatorFigures[] }[] = [];
  const byName = new Map<string, { sasaran: string; figures: IndicatorFigures[] }>();
  for (const f of figures) {
    const name = f.row.sasaran.trim();
    const key = normalise(name);
    let group = byName.get(key);
    if (!group) {
      group = { sasaran: name, figures: [] };
      byName.set(key, group);
      groups.push(group);
    }
    group.figures.push(f);
  }
  return groups;
}

/** The IKU of a group: its sasaran-level indicators, else its programs' indicators. */
function ikuOf(figures: IndicatorFigures[]): IndicatorFigures[] {
  const sasaran = figures.filter((f) => f.row.level === "sasaran");
  if (sasaran.length) return sasaran;
  const programs = figures.filter((f) => f.row.level === "program");
  // An annual IKU table of the office's own (Sasaran | Indikator | Target | Realisasi): every row.
  return programs.length ? programs : figures.filter((f) => !f.row.level);
}

/** "Eselon III" in a tab's name: the eselon whose plan it holds (II programs, III kegiatan, IV sub kegiatan). */
const ESELON = /\beselon\s*(ii|iii|iv|2|3|4)\b/i;
const ESELON_DEPTH: Record<string, number> = { ii: 0, iii: 1, iv: 2, 2: 0, 3: 1, 4: 2 };

/**
 * How far below the programs a tab's plan starts: the depth of its highest budget line by level or
 * kode (0 program, 1 kegiatan, 2 sub kegiatan), else the eselon its name says, else null (a tab of
 * sasaran and IKU only, without pagu).
 */
function tabDepth(tab: string, figures: IndicatorFigures[]): number | null {
  const lines = figures.filter((f) => f.pagu !== "" && (f.row.level || f.row.kode));
  if (lines.length) return Math.min(...lines.map((f) => budgetDepth(f.row)));
  const eselon = ESELON.exec(tab)?.[1].toLowerCase();
  return eselon ? ESELON_DEPTH[eselon] : null;
}

/**
 * The office's sasaran-level indicators (its IKU), each once, in plan order: in each sasaran group
 * its sasaran rows, else its programs' (`ikuOf`). A tab whose plan starts below another's holds its
 * sasaran rows only: per eselon ('Eselon III' kegiatan, 'Eselon IV' sub kegiatan) the program it
 * repeats is the higher tab's and its rows of no level word or kode are its own level's, while a
 * bidang listing a kegiatan without its program still has its own sasaran and IKU. The same
 * indicator (name and satuan) in several tabs or rows is listed once, where it first appears.
 */
export function officeIku(byTab: { tab: string; figures: IndicatorFigures[] }[]): IndicatorFigures[] {
  const depths = byTab.map((b) => tabDepth(b.tab, b.figures));
  const top = Math.min(...depths.map((d) => d ?? Number.POSITIVE_INFINITY));
  const seen = new Set<string>();
  return byTab.flatMap((b, i) =>
    ((depths[i] ?? top) > top
      ? b.figures.filter((f) => f.row.level === "sasaran")
      : sasaranGroups(b.figures).flatMap((g) => ikuOf(g.figures))
    ).filter((f) => {
      const key = `${normalise(f.row.indikator)}|${normalise(f.row.satuan)}`;
      return !seen.has(key) && !!seen.add(key);
    }),
  );
}

/** The LAKIP triwulan of TW `tw`, in the reference's order (see ../../../README.md, "Buat laporan"). */
export function buildLakip(tw: Tw, given: ReportInput): ReportDocument {
  const named = given.opd.trim();
  const input = withOpd(given);
  const twLabel = `TW ${ROMAN[tw - 1]}`;
  const period = `${triwulan(tw)}${input.tahun ? ` Tahun ${input.tahun}` : ""}`;
  const tahun = Number(input.tahun);
  const blocks: ReportBlock[] = [];
  const programNo = { next: 1 };
  const byTab = bidangFigures(input);
  const iku = officeIku(byTab);
  const isIku = new Set(iku);

  blocks.push(
    heading(1, `LAPORAN KINERJA ${period.toUpperCase()}`),
    opdParagraph(given),
    // Changed after it was sent or reviewed: said first, where the Kepala Dinas reads before signing.
    ...(input.changed ? [paragraph("berubah", input.changed, { placeholder: true, bold: true })] : []),
    draftNote("Rencana Aksi"),
    heading(1, `BAB III AKUNTABILITAS KINERJA ${period.toUpperCase()}`),
    heading(2, "3.1 Capaian Kinerja Organisasi"),
    summaryParagraph(input, iku, period, twLabel),
    capaianTable("iku", `Capaian indikator kinerja utama s.d. ${period}`, iku, input.scale, twLabel),
    capaianChart(
      "grafik-capaian",
      `Capaian indikator sasaran thd target tahunan s.d. ${period}`,
      iku,
      input.scale,
      // Coloured by the quarter's own kriteria: a quarter without a target is never "Sangat Rendah".
      (f) => ({ capaian: capaianTahunanShown(f), kriteria: f.kriteria }),
    ),
    kriteriaChart(
      "grafik-kriteria",
      `Kriteria capaian s.d. ${period} per bidang`,
      byTab,
      input.scale,
      (f) => f.kriteria,
      twLabel,
    ),
  );
  const programs = programsOf(input.figures);
  // A plan without anggaran kas (RAK): the realisasi beside the pagu, not beside an empty kas.
  const kas = hasKas(input.figures);
  if (programs.length)
    blocks.push(
      serapanChart(
        "grafik-serapan",
        `Realisasi anggaran thd ${kas ? "anggaran kas" : "pagu"} s.d. ${period} per ${programWord(programs)}`,
        programs,
        kas ? "rak" : "pagu",
        kas ? `Anggaran kas s.d. ${twLabel}` : "Pagu",
      ),
    );
  const differs = paguDiffersRequest(input.figures);
  if (differs) blocks.push(paragraph("pagu-berbeda", differs, { placeholder: true }));

  // sasaranNo: the heading's number (named sasaran only, one number per sasaran however many tabs
  // list it); groupNo: the ids of the group's blocks.
  const sasaranNo = new Map<string, number>();
  let groupNo = 0;
  for (const bidang of byTab) {
    blocks.push({ kind: "pageBreak" }, heading(1, bidang.name.toUpperCase()));
    const groups = sasaranGroups(bidang.figures).map((g) => {
      const key = normalise(g.sasaran);
      if (g.sasaran && !sasaranNo.has(key)) sasaranNo.set(key, sasaranNo.size + 1);
      return { ...g, no: sasaranNo.get(key) ?? null };
    });
    for (const group of groups) {
      const ikuRows = group.figures.filter((f) => isIku.has(f));
      const id = ++groupNo;
      if (group.no !== null) blocks.push(heading(2, `Sasaran ${group.no}: ${group.sasaran}`));
      if (ikuRows.length) {
        blocks.push(
          capaianTable(`iku-${id}`, "Capaian Kinerja Sasaran Strategis", ikuRows, input.scale, twLabel),
        );
        const note = unreadableNote(`iku-${id}`, ikuRows, ["targetTw", "realisasiTw"]);
        if (note) blocks.push(note);
        blocks.push(comparisonTable(`banding-${id}`, ikuRows, tahun, period));
        for (const f of ikuRows) blocks.push(...indicatorParagraphs(f, input, period, tahun));
      }
      const anggaran = anggaranTable(
        `anggaran-${id}`,
        `Analisis atas efisiensi penggunaan sumber daya: anggaran s.d. ${period}`,
        group.figures,
        {
          kas: `Target anggaran kas s.d. ${twLabel} ${input.tahun} (Rp)`.replace(/\s+\(/, " ("),
          realisasi: `Realisasi anggaran s.d. ${lastDayOfTw(tw, input.tahun)} (Rp)`,
        },
        programNo,
      );
      if (anggaran) {
        blocks.push(anggaran);
        const note = unreadableNote(
          `anggaran-${id}`,
          group.figures.filter((f) => f.pagu !== ""),
          ["pagu", "rakTw", "realisasiAnggaranTw"],
        );
        if (note) blocks.push(note);
        blocks.push(anggaranParagraph(anggaran, `anggaran-${id}`, period, hasKas(group.figures)));
      }
    }
    blocks.push(
      heading(2, `Evaluasi kinerja ${bidang.name} ${period}`),
      evaluationForm(
        `evaluasi-${bidang.tab}`,
        `EVALUASI KINERJA ${bidang.name.toUpperCase()} ${period.toUpperCase()}`,
        bidang.figures,
        input.scale,
        twLabel,
      ),
    );
    const formNote = unreadableNote(`evaluasi-${bidang.tab}`, bidang.figures, ["targetTw", "realisasiTw"]);
    if (formNote) blocks.push(formNote);
    const doubted = polaritasFormRequest(bidang.tab, bidang.figures);
    if (doubted) blocks.push(paragraph(`evaluasi-${bidang.tab}-polaritas`, doubted, { placeholder: true }));
    blocks.push(...pernyataan(bidang.tab, bidang.name, period, input));
  }
  return {
    title: `Laporan Kinerja ${period}`,
    opd: input.opd,
    tabName: laporanTabName(tw, input.tahun),
    fileName: `LAKIP ${twLabel} ${input.tahun} ${named}`.trim(),
    landscape: true,
    scale: input.scale,
    blocks: withoutBlankPages(blocks),
  };
}

function summaryParagraph(
  input: ReportInput,
  iku: IndicatorFigures[],
  period: string,
  twLabel: string,
): ReportParagraph {
  const counts = input.scale.bands
    .map((b) => [b.label, input.figures.filter((f) => f.kriteria === b.label).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label}`);
  // The unrated said by their state, as the Ringkasan's columns: no target s.d. TW, realisasi of the
  // TW not reported, a capaian that cannot be computed (named, so staff know which row to fix).
  const by = (state: Unrated) => input.figures.filter((f) => unratedState(f.kriteria, input.scale) === state);
  const noTarget = by("tanpaTarget").length;
  const notFilled = by("belumDiisi").length;
  const failed = by("tidakDihitung").map((f) => f.row.indikator);
  const unrated = [
    noTarget ? `${noTarget} indikator tanpa target s.d. ${twLabel} (–)` : "",
    notFilled ? `${notFilled} indikator yang realisasinya belum diisi s.d. ${twLabel}` : "",
    failed.length
      ? `${failed.length} indikator yang capaiannya tidak dapat dihitung (${failed.join("; ")}): periksa realisasi dan targetnya di tab bidang`
      : "",
  ].filter(Boolean);
  return paragraph(
    "ringkasan",
    `Pada ${period} ${input.opd} mengukur ${input.figures.length} indikator kinerja (${iku.length} indikator sasaran). ` +
      `Kriteria capaian s.d. triwulan ini: ${counts.length ? counts.join(", ") : "belum ada"}.` +
      (unrated.length ? ` Belum dinilai: ${unrated.join(", ")}.` : ""),
    { draft: true, placeholder: input.opd === OPD_MISSING },
  );
}

/** Last year and the Renstra end target beside this year's, where the workbook holds them. */
function comparisonTable(id: string, rows: IndicatorFigures[], tahun: number, period: string): ReportTable {
  const last = tahun - 1;
  return {
    kind: "table",
    id,
    caption: `Perbandingan realisasi ${period} dengan tahun ${last} dan target akhir Renstra`,
    header: headerRow([
      ...INDICATOR_HEADERS,
      `Target ${last}`,
      `Realisasi ${last}`,
      `Capaian ${last} (%)`,
      `Realisasi s.d. ${period}`,
      "Target akhir Renstra",
      "Capaian thd target Renstra (%)",
    ]),
    widths: [4, 24, 8, 9, 9, 9, 11, 11, 11],
    rows: rows.map((f, i): ReportRow => {
      const y = f.tahunLain.find((x) => x.tahun === last);
      // Where to fill a missing figure is said once, by the sentence under the table (lastYearSentence).
      const missingYear = BELUM_DIISI;
      const yearCapaian =
        y && y.target !== "" && y.realisasi !== "" ? capaianOf(y.target, y.realisasi, f.row.polaritas) : "";
      return {
        cells: [
          ...indicatorCells(f, i + 1),
          y ? valueCell(y.target, "belum diisi", f.decimals) : text(BELUM_DIISI),
          y && y.realisasi !== "" ? valueCell(y.realisasi, "-", f.decimals) : text(missingYear),
          percentCell(yearCapaian),
          valueCell(f.realisasiSd, belumDiisiText(f), f.decimals),
          renstraTargetCell(f, true),
          percentCell(renstraCapaian(f)),
        ],
      };
    }),
  };
}

function indicatorParagraphs(
  f: IndicatorFigures,
  input: ReportInput,
  period: string,
  tahun: number,
): ReportParagraph[] {
  const first = capaianSentence(f, period);
  const id = `narasi-${f.key}`;
  const out: ReportParagraph[] = [
    paragraph(id, `${first.text} ${lastYearSentence(f, tahun, `s.d. ${period}`)} ${renstraSentence(f)}`, {
      draft: true,
      placeholder: first.placeholder,
    }),
  ];
  const check = polaritasRequest(f);
  if (check) out.push(paragraph(`${id}-polaritas`, check, { placeholder: true }));
  const scale = scaleRequest(f);
  if (scale) out.push(paragraph(`${id}-skala`, scale, { placeholder: true }));
  faktorSentences(input.typed.get(f.key), input.evaluasiTab, input.evaluasiExists).forEach((s, i) => {
    out.push(paragraph(`${id}-faktor-${i}`, s.text, { draft: !s.placeholder, placeholder: s.placeholder }));
  });
  return out;
}

/** Whether the plan holds an anggaran kas (RAK) per triwulan for these rows: a column, or a figure in one. */
function hasKas(figures: IndicatorFigures[]): boolean {
  return figures.some(
    (f) => f.row.columns.rakTw1 !== undefined || f.row.rakTw.some((v) => v !== "" && v != null),
  );
}

function anggaranParagraph(table: ReportTable, id: string, period: string, kas: boolean): ReportParagraph {
  const t = totals(table);
  const realised = t.belumDiisi
    ? `sedangkan realisasinya ${BELUM_DIISI}: realisasi anggaran ${period} belum dilaporkan pada sebagian baris anggaran.`
    : kas
      ? `dengan realisasi sebesar ${rp(t.realisasi)}${t.pct !== undefined ? ` atau ${pct(t.pct)} % dari anggaran kas` : ""}.`
      : `dengan realisasi s.d. ${period} sebesar ${rp(t.realisasi)}${t.pagu && t.realisasi !== undefined ? ` atau ${pct((t.realisasi / t.pagu) * 100)} % dari pagu` : ""}.`;
  return paragraph(
    `${id}-narasi`,
    kas
      ? `Pagu anggaran yang mendukung sasaran ini sebesar ${rp(t.pagu)}, target anggaran kas s.d. ${period} sebesar ${rp(t.kas)} ${realised}`
      : `Pagu anggaran yang mendukung sasaran ini sebesar ${rp(t.pagu)} ${realised} Anggaran kas per triwulan tidak ada di Rencana Aksi, sehingga realisasi belum dapat dibandingkan dengan target anggaran kas.`,
    { draft: true },
  );
}

/** "PERNYATAAN TELAH DIEVALUASI" of a bidang, signed by the evaluator named in Pengaturan. */
export function pernyataan(tab: string, name: string, period: string, input: ReportInput): ReportBlock[] {
  const s = input.signer;
  const missing = (what: string, v: string) => v || `[${what} belum diisi di tab Pengaturan]`;
  const id = (part: string) => `pernyataan-${tab}-${part}`;
  const title = { bold: true, align: "center" } as const;
  return [
    { kind: "pageBreak" },
    paragraph(id("kop"), input.opd.toUpperCase(), title),
    paragraph(
      id("judul"),
      `PERNYATAAN TELAH DIEVALUASI ATAS KINERJA ${name.toUpperCase()} ${period.toUpperCase()}`,
      title,
    ),
    ...[
      `${WE_DID} Evaluasi Kinerja yang dilaporkan oleh penanggung jawab ${name} atas pelaksanaan kegiatan yang telah direncanakan ${PLAN_BASIS}`,
      `${SUBSTANCE} yang bersangkutan, ${OUR_PART}`,
      `Evaluasi ${AIM} atas capaian kinerja yang telah dilakukan oleh yang bersangkutan.`,
      `Berdasarkan hasil Evaluasi kami, ${NO_DIFFERENCE}.`,
    ].map((text, i) => paragraph(id(String(i + 1)), text, { align: "justify" })),
    {
      kind: "signature",
      id: id("ttd"),
      place: missing("Tempat", s.place),
      date: missing("Tanggal", s.date),
      role: s.role.toUpperCase(),
      name: missing("Nama evaluator", s.name),
      nip: s.nip
        ? `${s.pangkat ? `Pangkat: ${s.pangkat}\n` : ""}NIP. ${s.nip}`
        : missing("NIP evaluator", ""),
    },
    { kind: "pageBreak" },
  ];
}
