import { BELUM_DIISI } from "../evaluasi-formulas";
import { EFISIENSI } from "../functions";
import { belumDiisiText, capaianOf, type IndicatorFigures } from "./figures";
import { lastYearMissing, pct, rp, sentenceCase } from "./format";
import {
  bidangFigures,
  draftNote,
  laporanTabName,
  officeIku,
  opdParagraph,
  type ReportInput,
  sasaranGroups,
  withOpd,
} from "./lakip";
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
  polaritasRequest,
  renstraCapaian,
  renstraSentence,
  scaleRequest,
} from "./narrative";
import {
  anggaranTable,
  budgetFigures,
  capaianChart,
  capaianTable,
  headerRow,
  INDICATOR_HEADERS,
  indicatorCells,
  kriteriaChart,
  lineName,
  mid,
  noCell,
  paguDiffersRequest,
  percentCell,
  programsOf,
  programWord,
  renstraTargetCell,
  serapanChart,
  text,
  totals,
  unreadableNote,
  valueCell,
} from "./tables";

/**
 * The LKjIP Bab III of the year, in the reference LKjIP's order: capaian kinerja (Tabel 3.2 / 3.17),
 * this year beside earlier years (3.18), realisasi against the Renstra end target (3.19), efisiensi
 * (3.20, the EFISIENSI rule), the programs behind success or failure with what staff typed (3.21),
 * realisasi anggaran per program and kegiatan (3.22). Missing data is said in the cell, never 0.
 */
export function buildLkjip(given: ReportInput): ReportDocument {
  const named = given.opd.trim();
  const input = withOpd(given);
  const tahun = Number(input.tahun);
  const period = `Tahun ${input.tahun}`;
  const byTab = bidangFigures(input);
  const groups = byTab.flatMap((b) => sasaranGroups(b.figures));
  const iku = officeIku(byTab);
  const isIku = new Set(iku);
  const blocks: ReportBlock[] = [
    heading(1, "BAB III AKUNTABILITAS KINERJA"),
    opdParagraph(given),
    draftNote("Rencana Aksi dan tab PK"),
    heading(2, "III.1 Capaian Kinerja Organisasi"),
    capaianTable(
      "3.17",
      `Tabel 3.17 Target dan Capaian Indikator Kinerja Utama ${period}`,
      iku,
      input.scale,
      null,
    ),
    capaianChart("grafik-capaian", `Capaian indikator kinerja utama ${period}`, iku, input.scale, (f) => ({
      capaian: f.capaianTahunan,
      kriteria: f.kriteriaTahunan,
    })),
    kriteriaChart(
      "grafik-kriteria",
      `Kriteria capaian ${period} per bidang`,
      byTab,
      input.scale,
      (f) => f.kriteriaTahunan,
      "TW IV",
    ),
  ];
  iku.forEach((f, i) => {
    const s = capaianSentence(f, period);
    blocks.push(
      paragraph(
        `narasi-${f.key}`,
        `${i + 1}) ${s.text} ${lastYearSentence(f, tahun)} ${renstraSentence(f)}`,
        {
          draft: true,
          placeholder: s.placeholder,
        },
      ),
    );
    const check = polaritasRequest(f);
    if (check) blocks.push(paragraph(`narasi-${f.key}-polaritas`, check, { placeholder: true }));
    const scale = scaleRequest(f);
    if (scale) blocks.push(paragraph(`narasi-${f.key}-skala`, scale, { placeholder: true }));
  });
  blocks.push(
    heading(2, "III.2 Perbandingan Realisasi Kinerja dengan Tahun Sebelumnya"),
    yearsTable(iku, tahun),
    ...yearsMissingNote(iku, tahun),
    heading(2, "III.3 Perbandingan Realisasi Kinerja s.d. Tahun Ini dengan Target Jangka Menengah"),
    renstraTable(iku, tahun),
    heading(2, "III.4 Analisis atas Efisiensi Penggunaan Sumber Daya"),
    paragraph(
      "efisiensi-aturan",
      "Efisiensi penggunaan sumber daya dihitung bila capaian kinerja 100 % atau lebih: capaian (paling tinggi 100) dikurangi serapan anggaran program.",
    ),
    efisiensiTable(groups, isIku),
    heading(2, "III.5 Analisis Program/Kegiatan yang Menunjang Keberhasilan atau Kegagalan"),
    faktorTable(groups, isIku, input),
    heading(2, `III.6 Realisasi Anggaran ${period}`),
  );
  const budget = anggaranTable(
    "3.22",
    `Tabel 3.22 Realisasi Anggaran Program dan Kegiatan ${period}`,
    input.figures,
    "annual",
    { next: 1 },
    // Program and kegiatan; in a tab that lists only kegiatan, kegiatan and sub kegiatan.
    1,
  );
  if (budget) {
    const t = totals(budget);
    blocks.push(
      paragraph(
        "anggaran-narasi",
        `Realisasi anggaran program/kegiatan ${period} ${
          t.belumDiisi
            ? `belum lengkap karena realisasi anggaran TW IV ${BELUM_DIISI} pada sebagian baris`
            : `sebesar ${rp(t.realisasi)} dari anggaran ${rp(t.pagu)}${t.pct !== undefined ? ` atau ${pct(t.pct)} %` : ""}`
        }, dengan rincian sebagai berikut.`,
        { draft: true },
      ),
      budget,
    );
    const note = unreadableNote("3.22", budgetFigures(input.figures, 1), ["pagu", "realisasiAnggaranTw"]);
    if (note) blocks.push(note);
    const differs = paguDiffersRequest(input.figures);
    if (differs) blocks.push(paragraph("3.22-pagu-berbeda", differs, { placeholder: true }));
    const programs = programsOf(input.figures);
    if (programs.length)
      blocks.push(
        serapanChart(
          "grafik-serapan",
          `Realisasi anggaran thd pagu ${period} per ${programWord(programs)}`,
          programs,
          "pagu",
          "Pagu",
        ),
      );
  }
  return {
    title: `LKjIP Bab III ${period}`,
    opd: input.opd,
    tabName: laporanTabName("tahunan", input.tahun),
    fileName: `LKjIP Bab III ${input.tahun} ${named}`.trim(),
    landscape: true,
    scale: input.scale,
    blocks: withoutBlankPages(blocks),
  };
}

/** Tabel 3.18: for each year (earlier years as the workbook holds them, then this one) Target | Realisasi | Persentase. */
export function yearsTable(iku: IndicatorFigures[], tahun: number): ReportTable {
  const years = [...new Set([tahun - 2, tahun - 1, ...iku.flatMap((f) => f.tahunLain.map((y) => y.tahun))])]
    .filter((y) => y < tahun)
    .sort((a, b) => a - b);
  const all = [...years, tahun];
  const header = [
    [
      ...["No", "Indikator Kinerja", "Satuan"].map(mid),
      ...all.flatMap((y) => [{ ...mid(`Tahun ${y}`), span: 3 }, text(""), text("")]),
    ],
    [text(""), text(""), text(""), ...all.flatMap(() => ["Target", "Realisasi", "Persentase (%)"].map(mid))],
  ];
  return {
    kind: "table",
    id: "3.18",
    caption: `Tabel 3.18 Perbandingan Realisasi Kinerja Tahun ${tahun} dengan Tahun Sebelumnya`,
    header,
    // Wide enough for "Realisasi" and "Persentase" unbroken on a landscape page with three years.
    widths: [4, 15, 7.5, ...all.flatMap(() => [7, 8.5, 9.5])],
    rows: iku.map((f, i): ReportRow => {
      const cells = indicatorCells(f, i + 1);
      for (const y of years) {
        const fig = f.tahunLain.find((x) => x.tahun === y);
        // Short in the cell; where to fill it is said once under the table (yearsMissingNote).
        const missing = `realisasi ${y} ${BELUM_DIISI}`;
        if (!fig || (fig.target === "" && fig.realisasi === "")) {
          cells.push(text(missing), text(""), text(""));
          cells[cells.length - 3].span = 3;
          continue;
        }
        const printed = fig.persentase;
        const c =
          fig.target !== "" && fig.realisasi !== ""
            ? capaianOf(fig.target, fig.realisasi, f.row.polaritas)
            : printed;
        cells.push(
          valueCell(fig.target, `target ${y} belum diisi`, f.decimals),
          valueCell(fig.realisasi, missing, f.decimals),
          percentCell(c),
        );
      }
      cells.push(
        valueCell(f.targetTahunan, "-", f.decimals),
        valueCell(f.realisasiSd, belumDiisiText(f), f.decimals),
        percentCell(f.capaianTahunan),
      );
      return { cells };
    }),
  };
}

/**
 * Under Tabel 3.18: the earlier years whose realisasi is missing for some indicator, with where to fill
 * it, in the wording of the draft sentences (`lastYearMissing`), once for the table.
 */
function yearsMissingNote(iku: IndicatorFigures[], tahun: number): ReportParagraph[] {
  const cells = yearsTable(iku, tahun).rows.flatMap((r) => r.cells.map((c) => c.text));
  const years = [...new Set(cells.flatMap((t) => /^realisasi (\d{4}) belum diisi$/.exec(t)?.[1] ?? []))];
  return years.length
    ? [
        paragraph(
          "3.18-belum-diisi",
          `${sentenceCase(lastYearMissing("realisasi", Number(years[0])))}${years.length > 1 ? `; demikian pula tahun ${years.slice(1).join(", ")}` : ""}.`,
          { placeholder: true },
        ),
      ]
    : [];
}

/** Tabel 3.19: Target akhir Renstra (year) | Realisasi s.d. this year | Persentase. */
export function renstraTable(iku: IndicatorFigures[], tahun: number): ReportTable {
  const years = [...new Set(iku.map((f) => f.renstra?.tahunAkhir).filter((y): y is number => !!y))];
  const yearText = years.length === 1 ? ` (${years[0]})` : "";
  return {
    kind: "table",
    id: "3.19",
    caption:
      "Tabel 3.19 Perbandingan Realisasi Kinerja s.d. Tahun Ini dengan Target Jangka Menengah (Renstra)",
    header: headerRow([
      ...INDICATOR_HEADERS,
      `Target akhir Renstra${yearText}`,
      `Realisasi s.d. tahun ${tahun}`,
      `Persentase realisasi thd target akhir Renstra s.d. tahun ${tahun} (%)`,
    ]),
    widths: [4, 32, 8, 16, 16, 16],
    rows: iku.map((f, i): ReportRow => {
      const r = f.renstra;
      const realisasi = r && r.realisasiSd !== "" ? r.realisasiSd : f.realisasiSd;
      return {
        cells: [
          ...indicatorCells(f, i + 1),
          // The year in the header when every indicator has the same one.
          renstraTargetCell(f, years.length !== 1),
          valueCell(realisasi, `realisasi ${tahun} belum diisi`, f.decimals),
          percentCell(renstraCapaian(f)),
        ],
      };
    }),
  };
}

/**
 * The budget lines an IKU is measured against: its own plan row's program / kegiatan / sub kegiatan
 * (the row it is on when that row has a pagu, else the nearest line above it in its tab that it
 * belongs to, by kode or by name); a sasaran-level indicator, on no budget line, has the programs
 * of its sasaran. Trial 7 #16: every indicator was paired with every program of its sasaran.
 */
function ownLines(
  f: IndicatorFigures,
  group: IndicatorFigures[],
  programs: IndicatorFigures[],
): IndicatorFigures[] {
  if (f.row.level === "sasaran") return programs;
  const has = (x: IndicatorFigures) => x.pagu !== "" && x.pagu !== null && x.pagu !== undefined;
  if (has(f)) return [f];
  const names = new Set([f.row.uraian, f.row.kegiatan, f.row.program].filter(Boolean));
  const above = group.slice(0, group.indexOf(f)).reverse();
  const line = above.find(
    (p) =>
      p.tab === f.tab &&
      has(p) &&
      (p.row.kode && f.row.kode
        ? f.row.kode.startsWith(`${p.row.kode}.`)
        : names.has(p.row.uraian || p.row.program)),
  );
  return line ? [line] : [];
}

/** Tabel 3.20: for each IKU, EFISIENSI of its capaian and the serapan of its own budget line (`ownLines`). */
function efisiensiTable(
  groups: { sasaran: string; figures: IndicatorFigures[] }[],
  iku: Set<IndicatorFigures>,
): ReportTable {
  const rows: ReportRow[] = [];
  for (const g of groups) {
    const programs = programsOf(g.figures);
    for (const f of g.figures.filter((x) => iku.has(x))) {
      const lines = ownLines(f, g.figures, programs);
      for (const p of lines.length ? lines : [null]) {
        const eff = p ? f.capaianTahunan : "";
        const value = p ? efisiensiOf(f, p) : "";
        const reached = typeof eff === "number" && eff >= 100;
        rows.push({
          cells: [
            noCell(rows.length + 1),
            text(f.row.sasaran),
            text(f.row.indikator),
            percentCell(typeof eff === "number" ? Math.min(eff, 100) : f.capaianTahunan),
            text(p ? lineName(p) : "tidak ada program/kegiatan beranggaran untuk indikator ini"),
            p ? (p.serapanPagu === BELUM_DIISI ? mid(BELUM_DIISI) : percentCell(p.serapanPagu)) : mid("-"),
            typeof value === "number"
              ? percentCell(value)
              : mid(reached ? String(value || "-") : "tidak dihitung"),
            mid(
              typeof value === "number"
                ? value >= 0
                  ? "Efisien"
                  : "Tidak efisien"
                : reached
                  ? "-"
                  : typeof eff === "number"
                    ? "capaian < 100 %"
                    : p && f.realisasiSd === ""
                      ? "realisasi belum diisi"
                      : "-",
            ),
          ],
        });
      }
    }
  }
  return {
    kind: "table",
    id: "3.20",
    caption: "Tabel 3.20 Efisiensi Penggunaan Sumber Daya",
    header: headerRow([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Sasaran",
      "Capaian Kinerja Sasaran (%)",
      "Program",
      "Realisasi Anggaran Program (%)",
      "Efisiensi (%)",
      "Ket.",
    ]),
    widths: [4, 19, 20, 10, 21, 10, 8, 10],
    rows,
  };
}

/** EFISIENSI (lkjip): min(capaian, 100) − serapan of the program's pagu, blank below 100. */
function efisiensiOf(f: IndicatorFigures, p: IndicatorFigures) {
  // Spending of TW IV not reported: not rated, as the evaluation tab's efisiensi.
  if (p.realisasiAnggaranSd === BELUM_DIISI) return BELUM_DIISI;
  const r = EFISIENSI(f.capaianTahunan, p.pagu, p.realisasiAnggaranSd);
  return Array.isArray(r) ? r[0][0] : r;
}

/** Tabel 3.21: Indikator | Faktor | Program pendukung (its own budget line, `ownLines`) | Permasalahan | Solusi, from the evaluation tabs. */
function faktorTable(
  groups: { sasaran: string; figures: IndicatorFigures[] }[],
  iku: Set<IndicatorFigures>,
  input: ReportInput,
): ReportTable {
  const rows: ReportRow[] = [];
  let no = 0;
  for (const g of groups) {
    const programs = programsOf(g.figures);
    for (const f of g.figures.filter((x) => iku.has(x))) {
      const names = ownLines(f, g.figures, programs).map(lineName);
      const t = input.typed.get(f.key);
      const ask = faktorSentences(t, input.evaluasiTab, input.evaluasiExists);
      const cell = (v: string | undefined, i: number) => (v ? text(v) : text(ask[i].text));
      rows.push({
        cells: [
          noCell(++no),
          text(f.row.indikator),
          cell(t?.pendorong, 0),
          text(names.join("; ") || "-"),
          cell(t?.penghambat, 1),
          cell(t?.tindakLanjut, 2),
        ],
      });
    }
  }
  return {
    kind: "table",
    id: "3.21",
    caption: "Tabel 3.21 Program Penunjang Keberhasilan atau Kegagalan Pencapaian Kinerja",
    header: headerRow([
      "No",
      "Indikator Kinerja",
      "Faktor yang Mempengaruhi/Mendukung",
      "Program Pendukung",
      "Permasalahan",
      "Solusi",
    ]),
    widths: [4, 18, 22, 18, 19, 19],
    rows,
  };
}
