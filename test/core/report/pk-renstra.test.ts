/**
 * The office's Renstra tables add to the PK's figures (trial 6 #7) but never take away what the PK
 * holds: a row of the same indicator without Renstra figures keeps the PK's own (review 6).
 */
import { describe, expect, it } from "vitest";
import type { PlanTable, RenstraFigures } from "../../../src/core/plan";
import { type PkFigures, withRenstraTables } from "../../../src/core/report/pk";

const PK_RENSTRA: RenstraFigures = { tahunAkhir: 2026, targetAkhir: "", realisasiSd: 40.63, persentase: "" };
const table = (rows: Partial<PlanTable["rows"][number]>[]) => ({ rows }) as unknown as PlanTable;

describe("withRenstraTables", () => {
  it("keeps the PK's Renstra figures where the table's row has none", () => {
    const pk = new Map<string, PkFigures>([["angka pengangguran", { tahunLain: [], renstra: PK_RENSTRA }]]);
    const out = withRenstraTables(pk, [table([{ indikator: "Angka Pengangguran" }])]);
    expect(out.get("angka pengangguran")?.renstra).toEqual(PK_RENSTRA);
  });

  it("takes the table's target akhir where the PK has none", () => {
    const fromTable: RenstraFigures = { ...PK_RENSTRA, tahunAkhir: 2029, targetAkhir: 8 };
    const pk = new Map<string, PkFigures>([["angka pengangguran", { tahunLain: [], renstra: PK_RENSTRA }]]);
    const out = withRenstraTables(pk, [table([{ indikator: "Angka Pengangguran", renstra: fromTable }])]);
    expect(out.get("angka pengangguran")?.renstra).toEqual(fromTable);
  });
});
