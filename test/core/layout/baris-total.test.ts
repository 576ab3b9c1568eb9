import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { detectPlan } from "../../../src/core/layout";
import { BAPPEDA_IKK } from "../../fixtures/layouts";

const E = "";
const [HEADER, ...DATA] = BAPPEDA_IKK;
// The three indicators' pagu: 850 + 420 + 310 juta.
const SUM = 1580000000;
const totalRow = (label: string, pagu: CellValue, target: CellValue = E): CellValue[] => [
  E,
  E,
  label,
  E,
  target,
  E,
  E,
  E,
  E,
  pagu,
  E,
  E,
  E,
  E,
  E,
  E,
  E,
];

function indicators(extra: CellValue[]): string[] {
  const d = detectPlan("Bappeda", [HEADER, ...DATA, extra]);
  if (!d.ok) throw new Error(d.reason);
  return d.table.rows.map((r) => r.indikator);
}

describe("a total row typed in the Indikator column is no indicator (trial 7 #23)", () => {
  it.each([
    ["TOTAL ESELON IV", SUM],
    ["Total Eselon III Bidang Perencanaan", SUM],
    ["Sub Total", SUM],
    ["JUMLAH", SUM],
    ["Total Pagu", "1.580.000.000"],
    ["Jumlah Sub Bagian Umum", 730000000],
    ["GRAND TOTAL BAPPEDA", SUM],
  ])("%s with pagu %s under the indicators is a total row", (label, pagu) => {
    expect(indicators(totalRow(label, pagu))).toHaveLength(3);
  });

  it.each([
    // Its pagu is no sum of the rows above: an indicator.
    ["Total nilai investasi daerah", 120000000, 5],
    // Same pagu as the row above (its sub kegiatan's), with a target: an indicator.
    ["Jumlah dokumen evaluasi", 310000000, 4],
    // No pagu at all.
    ["Jumlah kajian terpublikasi", E, 2],
  ])("%s (pagu %s, target %s) is still an indicator", (label, pagu, target) => {
    expect(indicators(totalRow(label, pagu, target))).toContain(label);
  });
});
