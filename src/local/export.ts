/**
 * "Simpan .xlsx" of `npm start` for Excel and LibreOffice (the default), as `sakip triwulan` writes
 * by default: the evaluation tab's CAPAIAN / KRITERIA / EFISIENSI columns become the same logic in
 * standard formulas row by row (core/standard.ts), so they compute there and follow a corrected
 * realisasi, a row with a qualitative target ("Zona Hijau") with its hidden "Skala …" cells as
 * `sakip triwulan` writes them; any other cell computed by an add-on function keeps its value (Excel
 * and LibreOffice would show #NAME?). The choice "untuk Google Sheets" saves the add-on's own formulas.
 */
import { columnNumber } from "../core/a1";
import { ARAH_HEADER, evaluasiColumn, HEADER_ROW, isOurEvaluasi, targetFlag } from "../core/evaluasi";
import { customScale, namedScale, type Scale } from "../core/kriteria";
import { readSettings, SETTINGS_TAB } from "../core/settings";
import { earlierFormulas } from "../core/standard-earlier";
import { standardRowFormulas } from "../core/standard-kualitatif";
import { CUSTOM_FUNCTION_NAMES, type MemoryWorkbook, type Tab } from "../emulator/workbook";
import type { CellRewrite } from "../emulator/xlsx";

const CUSTOM_CALL = new RegExp(`\\b(${CUSTOM_FUNCTION_NAMES.join("|")})\\s*\\(`, "i");
/** The evaluation tab's columns the add-on fills with one custom-function formula each. */
const COMPUTED = ["capaianTw", "capaianSd", "capaianTahunan", "kriteria", "efisiensi"] as const;
/** The targets that make a row qualitative ("Zona Hijau", "WTP"), and the hidden "Skala …" cells it then has. */
const TARGETS = ["targetTahunan", "targetTw", "targetSd"];
const SCALED = ["targetTw", "realisasiTw", "targetSd", "realisasiSd", "targetTahunan"].map(
  (id) => `Skala:${id}`,
);

/** The office's kriteria scale (Pengaturan), the default one when it cannot be read. */
function scaleOf(workbook: MemoryWorkbook): Scale {
  const tab = workbook.tab(SETTINGS_TAB);
  const fallback = namedScale("permendagri86") as Scale;
  if (!tab) return fallback;
  const used = workbook.usedSize(tab);
  const values = workbook.values(tab, {
    row: 1,
    col: 1,
    rows: Math.max(used.rows, 1),
    cols: Math.max(used.cols, 5),
  });
  const skala = readSettings(values).skala;
  if (skala.toLowerCase() === "sendiri") {
    const own = customScale(values.slice(1, 12).map((r) => [r[3] ?? "", r[4] ?? ""]));
    return "kind" in own ? fallback : own;
  }
  return namedScale(skala) ?? fallback;
}

/** The rewrite of every cell an add-on function computes, for a file that opens everywhere. */
export function standardExport(workbook: MemoryWorkbook): CellRewrite {
  const scale = scaleOf(workbook);
  const plan = new Map<Tab, Map<string, { formula: string } | "value">>();
  for (const tab of workbook.tabs()) {
    const used = workbook.usedSize(tab);
    if (!used.rows || !used.cols) continue;
    const cells = new Map<string, { formula: string } | "value">();
    const rect = { row: 1, col: 1, rows: used.rows, cols: used.cols };
    const formulas = workbook.formulas(tab, rect);
    const top = workbook.values(tab, { ...rect, rows: Math.min(used.rows, HEADER_ROW) });
    const evaluasi = isOurEvaluasi(top);
    // A tab made before its hidden "Arah polaritas" cells gets the formulas of its time.
    const earlier = !top[HEADER_ROW - 1]?.includes(ARAH_HEADER);
    const computed = new Map(evaluasi ? COMPUTED.map((id) => [columnNumber(evaluasiColumn(id)), id]) : []);
    const col = (id: string) => columnNumber(evaluasiColumn(id));
    /**
     * The row's formulas as `sakip triwulan` writes them: on a row with a qualitative target, its
     * "Skala …" cells too, which its capaian divides (core/standard-kualitatif.ts).
     */
    const made = new Map<number, Record<string, string>>();
    const rowFormulas = (row: number) => {
      const known = made.get(row);
      if (known) return known;
      if (earlier) return earlierFormulas(row, scale);
      const targets = TARGETS.map((id) => workbook.value(tab, row, col(id)));
      // A range ("80–90") or bound ("≥ 80") target: its "Skala Target …" cells hold the bound the realisasi is compared with.
      const qualitative = targetFlag(targets);
      const all = standardRowFormulas(row, scale, qualitative);
      for (const id of SCALED)
        if (qualitative && all[id]) cells.set(`${row}:${col(id)}`, { formula: all[id] });
      made.set(row, all);
      return all;
    };
    formulas.forEach((line, r) => {
      line.forEach((formula, c) => {
        if (!formula || !CUSTOM_CALL.test(formula)) return;
        const spill = workbook.spillRect(tab, r + 1, c + 1) ?? { row: r + 1, col: c + 1, rows: 1, cols: 1 };
        for (let rr = spill.row; rr < spill.row + spill.rows; rr++) {
          for (let cc = spill.col; cc < spill.col + spill.cols; cc++) {
            const id = computed.get(cc);
            cells.set(`${rr}:${cc}`, id ? { formula: rowFormulas(rr)[id] } : "value");
          }
        }
      });
    });
    if (cells.size) plan.set(tab, cells);
  }
  return (tab, row, col) => plan.get(tab)?.get(`${row}:${col}`);
}
