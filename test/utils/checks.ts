/** Running one check rule on tabs, as the rule tests do. */
import type { TabSnapshot } from "../../src/app/port";
import { buildContext, type Finding, type Rule } from "../../src/core/checks";
import { type Row, tw } from "../fixtures/checks";

export function run(rule: Rule, tabs: TabSnapshot[], currentTw?: number): Finding[] {
  return rule.run(buildContext(tabs, currentTw).ctx);
}

export const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error");
/** Sheet row of the i-th data row of a template tab. */
export const r = (i: number) => i + 2;

/** LAKIP TW I Luwu Timur: an indicator with a pagu of 2.500.000, RAK per TW and the given realisasi anggaran. */
export const listrik = (real: [number | string, number | string, number | string, number | string]): Row => ({
  uraian: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
  indikator: "Jumlah komponen instalasi listrik/penerangan bangunan kantor yang disediakan",
  satuan: "Jenis",
  targetTahunan: 1,
  pagu: 2_500_000,
  ...tw("rakTw", [600_000, 700_000, 600_000, 600_000]),
  ...tw("realisasiAnggaranTw", real),
});
