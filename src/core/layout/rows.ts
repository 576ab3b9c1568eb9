/** Reads the indicator rows under the header: names inherited, levels, wrapped text, per-TW rows. */
import type { CellValue } from "../cells";
import { sheetSum } from "../evaluasi-formulas";
import { toNumber } from "../numbers";
import {
  type Level,
  NAME_FIELDS,
  type NameField,
  type PlanField,
  type PlanRow,
  type PlanTable,
  type Quad,
  TWS,
} from "../plan";
import { cellText } from "../result";
import { isBlank } from "../text";
import { isNameField } from "./assign";
import { applyLong, setupLongForm, titleTw } from "./longform";
import {
  isColumnNumberRow,
  isEmptyRow,
  isHeaderStart,
  isSignatureRow,
  rowSignature,
  TOTAL_RE,
  TOTAL_START_RE,
} from "./rowkinds";
import { type Block, type Header, hasIndikator } from "./types";
import { toDateField } from "./values";
import { isNumberLike, normaliseHeader, text, twLabel } from "./vocabulary";

const HIERARCHY = NAME_FIELDS.slice(0, 4);
const LEVEL_RANK: Record<Level, number> = { sasaran: 0, program: 1, kegiatan: 2, subkegiatan: 3 };

function kodeLevel(kode: string): Level | null {
  const t = kode.trim();
  if (!/^\d+(\.\d+)+$/.test(t)) return null;
  const n = t.split(".").length;
  return n === 3 ? "program" : n === 5 ? "kegiatan" : n === 6 ? "subkegiatan" : null;
}

function wordsLevel(name: string): Level | null {
  const t = normaliseHeader(name);
  if (/^sub ?kegiatan\b/.test(t)) return "subkegiatan";
  if (/^kegiatan\b/.test(t)) return "kegiatan";
  if (/^program\b/.test(t)) return "program";
  if (/^sasaran\b/.test(t)) return "sasaran";
  return null;
}

function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  return /[-/]$/.test(a) ? `${a}${b}` : `${a} ${b}`;
}

const emptyQuad = (): Quad<CellValue> => ["", "", "", ""];

/** The indicator rows of a table whose header is read. */
export function readRows(
  values: CellValue[][],
  band: { top: number; bottom: number },
  h: Header,
  dataStart: number,
): Pick<PlanTable, "columns" | "rows"> {
  const indicatorBlocks = h.blocks.filter(hasIndikator);
  const sideBySide = indicatorBlocks.length > 1;
  const deepest = indicatorBlocks.reduce((best, b) =>
    (b.level ? LEVEL_RANK[b.level] : -1) >= (best.level ? LEVEL_RANK[best.level] : -1) ? b : best,
  );
  // Shared columns (kode, pagu, RAK, realisasi anggaran, penanggung jawab) belong to the most detailed level.
  Object.assign(deepest.cols, { ...h.shared, ...deepest.cols });

  const twOfTitle = titleTw(values, band.top);
  for (const b of indicatorBlocks) setupLongForm(b, h, values, dataStart, twOfTitle);

  // Name columns of every level, in hierarchy order (for inheritance).
  const nameCols: { field: NameField; col: number }[] = [];
  for (const b of h.blocks) {
    for (const nf of NAME_FIELDS) {
      const c = b.cols[nf];
      if (c !== undefined && !nameCols.some((n) => n.field === nf)) nameCols.push({ field: nf, col: c });
    }
  }
  nameCols.sort((a, b) => NAME_FIELDS.indexOf(a.field) - NAME_FIELDS.indexOf(b.field));
  const uraianCol = nameCols.find((n) => n.field === "uraian")?.col;

  const columns: Partial<Record<PlanField, number>> = { ...deepest.cols };
  for (const n of nameCols) columns[n.field] ??= n.col;

  // Which column means what, for joining wrapped text.
  const fieldAt = new Map<number, { field: PlanField; block: Block | null }>();
  for (const b of h.blocks) {
    for (const [f, c] of Object.entries(b.cols))
      fieldAt.set(c as number, { field: f as PlanField, block: b });
    for (const c of b.alt) fieldAt.set(c, { field: "indikator", block: b });
  }
  for (const [f, c] of Object.entries(h.shared))
    if (!fieldAt.has(c as number)) fieldAt.set(c as number, { field: f as PlanField, block: deepest });
  const TEXT_FIELDS = new Set<PlanField>([...NAME_FIELDS, "indikator", "penanggungJawab", "keterangan"]);

  const names: Record<NameField, string> = {
    sasaran: "",
    program: "",
    kegiatan: "",
    subkegiatan: "",
    uraian: "",
  };
  const rows: PlanRow[] = [];
  const blockOf = new Map<PlanRow, Block>();
  const current = new Map<Block, PlanRow | null>();
  let prevRows: PlanRow[] = [];
  let lastDataRow = -1;
  let lastKode = "";

  const setName = (f: NameField, value: string) => {
    names[f] = value;
    if (f === "uraian") return;
    for (const deeper of HIERARCHY.slice(HIERARCHY.indexOf(f) + 1)) names[deeper] = "";
    if (f === "sasaran") names.uraian = "";
  };

  const isContinuation = (row: CellValue[], r: number): boolean => {
    if (lastDataRow !== r - 1 || lastDataRow < 0) return false;
    let any = false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isBlank(v)) continue;
      const at = fieldAt.get(c);
      if (typeof v !== "string" || isNumberLike(v) || twLabel(v) || !at || !TEXT_FIELDS.has(at.field))
        return false;
      if (isNameField(at.field) && wordsLevel(v)) return false;
      any = true;
    }
    return any;
  };

  const joinContinuation = (row: CellValue[]) => {
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      const at = fieldAt.get(c);
      if (!at) continue;
      const add = text(row[c]);
      if (isNameField(at.field)) {
        const old = names[at.field];
        const joined = joinWrapped(old, add);
        // The same text may sit under several names ("Kegiatan …" in the uraian column is also the kegiatan).
        for (const nf of NAME_FIELDS) if (names[nf] === old) names[nf] = joined;
        for (const pr of prevRows) {
          for (const k of ["uraian", "program", "kegiatan", "sasaran"] as const)
            if (pr[k] === old) pr[k] = joined;
        }
      } else if (at.field === "indikator" || at.field === "penanggungJawab") {
        const f = at.field;
        for (const pr of prevRows) if (blockOf.get(pr) === at.block) pr[f] = joinWrapped(pr[f], add);
      }
    }
  };

  // The header band repeated at the top of a page, wherever it falls in the data.
  const bandRows = new Set<string>();
  const bandFirsts = new Set<CellValue>();
  for (let r = band.top; r < dataStart; r++) {
    bandRows.add(rowSignature(values[r]));
    bandFirsts.add(values[r].find((v) => !isBlank(v)) ?? "");
  }
  // Cheap test first: a repeated header starts with the same cell as a band row.
  const repeatsHeader = (row: CellValue[]) =>
    bandFirsts.has(row.find((v) => !isBlank(v)) ?? "") && bandRows.has(rowSignature(row));
  // "TOTAL ESELON IV": total words, and a pagu that is the sum of the rows just above (two or more, or one
  // when the row has no target, as an indicator starting "Jumlah …" sharing its sub kegiatan's pagu has).
  const paguCol = deepest.cols.pagu;
  const paguAbove: number[] = [];
  const sumsAbove = (row: CellValue[]) => {
    const total = paguCol === undefined ? null : toNumber(row[paguCol]);
    if (!total) return false;
    const targetCols = [deepest.cols.targetTahunan, deepest.cols.targetTw1, deepest.cols.targetTw4];
    const least = targetCols.some((c) => c !== undefined && !isBlank(row[c])) ? 2 : 1;
    let sum = 0;
    for (let i = paguAbove.length - 1; i >= Math.max(0, paguAbove.length - 500); i--) {
      sum += paguAbove[i];
      if (paguAbove.length - i >= least && Math.abs(sum - total) < 1) return true;
    }
    return false;
  };
  for (let r = dataStart; r < values.length; r++) {
    const row = values[r];
    if (isEmptyRow(row)) continue;
    if (isSignatureRow(row)) break;
    if (isHeaderStart(row) || isColumnNumberRow(row) || repeatsHeader(row)) continue;
    const labels = [
      uraianCol,
      ...nameCols.map((n) => n.col),
      deepest.cols.no,
      deepest.cols.kode,
      ...indicatorBlocks.flatMap((b) => [b.cols.indikator, ...b.alt]),
    ];
    const labelTexts = labels.flatMap((c) => (c === undefined ? [] : [normaliseHeader(row[c] ?? "")]));
    if (
      labelTexts.some((t) => TOTAL_RE.test(t)) ||
      (labelTexts.some((t) => TOTAL_START_RE.test(t)) && sumsAbove(row))
    ) {
      for (const b of indicatorBlocks) current.set(b, null);
      prevRows = [];
      continue;
    }
    if (isContinuation(row, r)) {
      joinContinuation(row);
      lastDataRow = r;
      continue;
    }
    lastDataRow = r;
    const pagu = paguCol === undefined ? null : toNumber(row[paguCol]);
    if (pagu !== null) paguAbove.push(pagu);

    // Names: set from this row, deeper levels reset, blanks inherited from above (merged cells).
    const ownLevelNames: Level[] = [];
    for (const n of nameCols) {
      const v = text(row[n.col]);
      if (!v || n.field === "uraian") continue;
      setName(n.field, v);
      ownLevelNames.push(n.field as Level);
    }
    let kode = deepest.cols.kode !== undefined ? text(row[deepest.cols.kode]) : "";
    if (h.kodeParts) {
      // A split kode: its parts joined; blank on an item's further indicator rows, the item's kode.
      kode = h.kodeParts
        .map((c) => text(row[c]))
        .filter((v) => v)
        .join(".");
      if (kode || ownLevelNames.length || (uraianCol !== undefined && text(row[uraianCol]))) lastKode = kode;
      else kode = lastKode;
    }
    let uraianLevel: Level | null = null;
    if (uraianCol !== undefined) {
      const v = text(row[uraianCol]);
      if (v) {
        // A row of the single uraian column without a kode where others have one is a sasaran, unless
        // it carries a pagu: then it is a budget line whose kode is missing (the LKjIP's disabilitas line).
        uraianLevel =
          kodeLevel(kode) ??
          wordsLevel(v) ??
          (kode || pagu !== null || deepest.cols.kode === undefined ? null : "sasaran");
        // A sasaran, program or kegiatan named in the single uraian column encloses the rows below it.
        if (uraianLevel) setName(uraianLevel, v);
        names.uraian = v;
      }
    }

    const created: PlanRow[] = [];
    for (const b of indicatorBlocks) {
      // A number or date typed as the name reads as the grid shows it ("107,954545454545"); with two
      // Indikator columns (Hasil, Keluaran) the first filled one.
      const at = [b.cols.indikator as number, ...b.alt].find((c) => cellText(row[c] ?? "").trim()) ?? -1;
      const indikator = cellText(row[at] ?? "").trim();
      const cur = current.get(b) ?? null;
      // Per-TW rows: the indicator's later TW rows (its merged text blank, or repeated by a paste).
      if (!indikator || (b.long && cur?.indikator === indikator)) {
        if (b.long && cur) applyLong(cur, b.long, row, r);
        continue;
      }
      const get = (f: PlanField): CellValue => {
        const c = b.cols[f];
        return c === undefined ? "" : (row[c] ?? "");
      };
      const quad = (p: "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw"): Quad<CellValue> =>
        b.long?.cols[p] !== undefined ? emptyQuad() : (TWS.map((i) => get(`${p}${i}`)) as Quad<CellValue>);
      // Figures to date ("Realisasi s.d. TW I … IV") where the block has no per-TW ones (./todate.ts).
      const sdTw: PlanRow["sdTw"] = {};
      for (const p of ["realisasiTw", "realisasiAnggaranTw"] as const) {
        const sd = TWS.map((i) => b.cols[toDateField(`${p}${i}`)]);
        if (sd.some((c) => c !== undefined) && TWS.every((i) => b.cols[`${p}${i}`] === undefined))
          sdTw[p] = sd.map((c) => (c === undefined ? "" : (row[c] ?? ""))) as Quad<CellValue>;
      }

      let level: Level | null;
      let uraian: string;
      const ownKode = b === deepest ? kode : "";
      if (sideBySide) {
        level = b.level;
        uraian = b.nameField ? names[b.nameField] : "";
      } else {
        const before = nameCols.filter((n) => n.field !== "uraian" && n.col < (b.cols.indikator as number));
        if (uraianCol !== undefined) {
          const own = text(row[uraianCol]);
          if (own) level = uraianLevel;
          // A sasaran's own indicator: the sasaran cell is filled, the program/kegiatan cell is not.
          else if (ownLevelNames.includes("sasaran")) level = "sasaran";
          else
            level =
              kodeLevel(ownKode) ??
              (cur && cur.uraian === names.uraian ? cur.level : null) ??
              wordsLevel(names.uraian);
          uraian = level === "sasaran" && !own ? names.sasaran : names.uraian;
        } else {
          const deepestOwn = before
            .map((n) => n.field as Level)
            .filter((l) => ownLevelNames.includes(l))
            .pop();
          level = kodeLevel(ownKode) ?? deepestOwn ?? cur?.level ?? b.level;
          const named = level ? names[level] : "";
          uraian =
            named ||
            [...before]
              .reverse()
              .map((n) => names[n.field])
              .find((v) => v) ||
            "";
        }
      }
      const pr: PlanRow = {
        row: r,
        level,
        kode: !sideBySide || kodeLevel(ownKode) === b.level ? ownKode : "",
        uraian,
        program: level === "sasaran" ? "" : names.program,
        kegiatan: level === "sasaran" || level === "program" ? "" : names.kegiatan,
        sasaran: names.sasaran,
        indikator,
        satuan: text(get("satuan")),
        polaritas: get("polaritas"),
        sifat: get("sifat"),
        targetTahunan: get("targetTahunan"),
        targetTw: quad("targetTw"),
        pagu: get("pagu"),
        rakTw: quad("rakTw"),
        realisasiTw: sdTw.realisasiTw ? [...sdTw.realisasiTw] : quad("realisasiTw"),
        realisasiAnggaranTw: sdTw.realisasiAnggaranTw
          ? [...sdTw.realisasiAnggaranTw]
          : quad("realisasiAnggaranTw"),
        realisasiTahunan: get("realisasiTahunan"),
        capaian: get("capaian"),
        kriteria: get("kriteria"),
        penanggungJawab: text(get("penanggungJawab")),
        columns: at === b.cols.indikator ? (sideBySide ? b.cols : columns) : { ...columns, indikator: at },
      };
      if (sdTw.realisasiTw || sdTw.realisasiAnggaranTw) pr.sdTw = sdTw;
      if (b.cols.capaianTw1 !== undefined || b.cols.capaianTw2 !== undefined)
        pr.capaianTw = TWS.map((i) => get(`capaianTw${i}`)) as Quad<CellValue>;
      // A monthly cash plan: the RAK of a TW is its three months read as the evaluation tab reads
      // rupiah ("Rp 1.500.000" too; text it cannot read makes the sum say so, never a smaller sum).
      const months = b === deepest && columns.rakTw1 === undefined ? h.months : null;
      if (months) {
        const typed = months.map((c) => row[c]);
        pr.rakBulan = typed;
        pr.rakTw = TWS.map((t) => sheetSum(typed.slice(3 * t - 3, 3 * t), true)) as Quad<CellValue>;
      }
      if (b === deepest) addOtherPeriods(pr, h, row);
      if (b.long) {
        // TW figures only from rows labelled with their TW (none: no cell to refer to).
        pr.twRows = [];
        applyLong(pr, b.long, row, r);
      }
      rows.push(pr);
      blockOf.set(pr, b);
      current.set(b, pr);
      created.push(pr);
    }
    prevRows = created;
  }

  return { columns, rows };
}

/** Earlier years' figures and the Renstra columns of a row, when the header has them. */
function addOtherPeriods(pr: PlanRow, h: Header, row: CellValue[]): void {
  const at = (c: number | undefined): CellValue => (c === undefined ? "" : (row[c] ?? ""));
  // A TW family of the year (four columns of a role): its TW values, added up by sifat in the reports.
  const tw = (cols: number[] | undefined) => (cols?.length === 4 ? cols.map(at) : undefined);
  // The year's own figure ("Realisasi 2025") filled beside its TW family is the one taken.
  const own = (y: Header["years"][number], role: "target" | "realisasi") => {
    const c = y.cols[role];
    return c !== undefined && !y.tw?.[role]?.includes(c) && !isBlank(at(c));
  };
  if (h.years.length)
    pr.tahunLain = h.years.map((y) => {
      const targetTw = own(y, "target") ? undefined : tw(y.tw?.target);
      const realisasiTw = own(y, "realisasi") ? undefined : tw(y.tw?.realisasi);
      return {
        tahun: y.tahun,
        target: at(y.cols.target),
        realisasi: at(y.cols.realisasi),
        persentase: at(y.cols.persentase),
        ...(targetTw ? { targetTw } : {}),
        ...(realisasiTw ? { realisasiTw } : {}),
      };
    });
  if (h.renstra)
    pr.renstra = {
      tahunAkhir: h.renstra.tahunAkhir,
      targetAkhir: at(h.renstra.cols.target),
      realisasiSd: at(h.renstra.cols.realisasi),
      persentase: at(h.renstra.cols.persentase),
      ...(h.renstra.tahunan.length
        ? { targetTahunan: h.renstra.tahunan.map((y) => ({ tahun: y.tahun, target: at(y.col) })) }
        : {}),
    };
}
