/**
 * One plan row as the reading gives it (a PlanRow), for tests of the report builders: every field
 * blank, positif and kumulatif unless given, so a test names only what it is about.
 */
import type { CellValue } from "../../src/core/cells";
import type { PlanRow, PlanTable, Quad } from "../../src/core/plan";

const blank = (): Quad<CellValue> => ["", "", "", ""];

export function planRow(fields: Partial<PlanRow>): PlanRow {
  return {
    row: 5,
    level: null,
    kode: "",
    uraian: "",
    program: "",
    kegiatan: "",
    sasaran: "",
    indikator: "",
    satuan: "",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: "",
    targetTw: blank(),
    pagu: "",
    rakTw: blank(),
    realisasiTw: blank(),
    realisasiAnggaranTw: blank(),
    realisasiTahunan: "",
    capaian: "",
    kriteria: "",
    penanggungJawab: "",
    columns: { targetTahunan: 4 },
    ...fields,
  };
}

/** A bidang tab of those rows, as far as the report builders read it. */
export const planTable = (tab: string, rows: PlanRow[]): PlanTable => ({ tab, rows }) as unknown as PlanTable;
