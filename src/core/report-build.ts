import type { Tw } from "./plan";
import { buildLakip, type ReportInput } from "./report/lakip";
import { buildLkjip } from "./report/lkjip";
import type { ReportDocument } from "./report/model";
import { readInputJson } from "./report-input";

/**
 * The report's document from its input: the LAKIP of a TW or the LKjIP Bab III. Built in the panel
 * (through ../api.ts), the CLI and the local run; never in the server script (test/bundle.test.ts),
 * which checks and writes what the panel built (src/app/laporan.ts `submitLaporan`).
 */
export function buildLaporan(input: ReportInput & { period: Tw | "tahunan" }): ReportDocument {
  return input.period === "tahunan" ? buildLkjip(input) : buildLakip(input.period, input);
}

/** The panel's half of "Buat laporan": the document of the input the server sent as text. */
export const laporanFromJson = (text: string): ReportDocument =>
  buildLaporan(readInputJson<ReportInput & { period: Tw | "tahunan" }>(text));
