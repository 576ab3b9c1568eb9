import { describe, expect, it } from "vitest";
import { detectPlan } from "../../../src/core/layout";
import { chooseKinds } from "../../../src/core/layout/assign";
import type { TwKind } from "../../../src/core/layout/values";
import type { PlanField } from "../../../src/core/plan";
import { buildLayout, INDICATORS, TW_LEAVES } from "../../utils/layout-builder";

const s = (targetTw: number, rakTw: number, realisasiTw: number, realisasiAnggaranTw: number) => ({
  targetTw,
  rakTw,
  realisasiTw,
  realisasiAnggaranTw,
});

describe("each kind to one family, the best total", () => {
  it.each<[string, ReturnType<typeof s>[], (TwKind | null)[]]>([
    ["one family, its best kind", [s(0.7, 3.3, 0, 0)], ["rakTw"]],
    [
      "two families wanting the same kind: the total decides",
      [s(0, 3, 0, 2.5), s(0, 2.9, 0, 0.5)],
      ["realisasiAnggaranTw", "rakTw"],
    ],
    ["nothing above the threshold: not used", [s(0.1, 0.2, 0, 0)], [null]],
    [
      "four families, four kinds",
      [s(3, 0, 1, 0), s(0, 3, 0, 1), s(0.7, 0, 2, 0), s(0, 0.3, 0, 2)],
      ["targetTw", "rakTw", "realisasiTw", "realisasiAnggaranTw"],
    ],
  ])("%s", (_, scores, want) => {
    expect(chooseKinds(scores)).toEqual(want);
  });

  it("a kind a person fixed elsewhere is not given to a family", () => {
    expect(chooseKinds([s(3, 0, 1, 0)], (_, k) => k !== "targetTw")).toEqual(["realisasiTw"]);
  });
});

// Issue 17 case 1: realisasi columns appended after Penanggung Jawab under words nobody listed.
const office = buildLayout([
  { field: "no", header: "NO" },
  { field: "indikator", header: "INDIKATOR KINERJA" },
  { field: "uraian", header: "PROGRAM/KEGIATAN" },
  { field: "satuan", header: "SATUAN" },
  { field: "targetTahunan", header: "TARGET" },
  { family: "targetTw", group: "TARGET TRIWULAN", leaves: TW_LEAVES.tr },
  { field: "pagu", header: "PAGU" },
  { family: "rakTw", group: "ANGGARAN", leaves: TW_LEAVES.roman },
  { field: "penanggungJawab", header: "PENANGGUNG JAWAB" },
  { family: "realisasiTw", group: "Isian Operator", leaves: ["Kolom 1", "Kolom 2", "Kolom 3", "Kolom 4"] },
]);

describe("corrections always win", () => {
  it("a Realisasi TW I–IV correction on columns appended after Penanggung Jawab is used", () => {
    const before = detectPlan("Bidang", office.values, { merges: office.merges });
    expect(before.ok && before.table.columns.realisasiTw1).toBeUndefined();
    const cols = [
      office.columns.realisasiTw1,
      office.columns.realisasiTw2,
      office.columns.realisasiTw3,
      office.columns.realisasiTw4,
    ] as number[];
    const correction = {
      columns: cols.map((col, i) => ({ col, field: `realisasiTw${i + 1}` as PlanField })),
    };
    const d = detectPlan("Bidang", office.values, { merges: office.merges, correction });
    if (!d.ok) throw new Error(d.reason);
    expect(cols.map((_, i) => d.table.columns[`realisasiTw${i + 1}` as PlanField])).toEqual(cols);
    expect(d.table.rows.map((r) => r.realisasiTw)).toEqual(INDICATORS.map((i) => i.realisasiTw));
    expect(d.table.reading?.filter((c) => c.corrected).map((c) => c.col)).toEqual(cols);
    expect(d.missing.filter((f) => f.startsWith("realisasiTw"))).toEqual([]);
  });

  it("a column a person gives another column's field takes it from that column", () => {
    const correction = {
      columns: [{ col: office.columns.targetTw1 as number, field: "rakTw1" as PlanField }],
    };
    const d = detectPlan("Bidang", office.values, { merges: office.merges, correction });
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.columns.rakTw1).toBe(office.columns.targetTw1);
    expect(d.table.columns.targetTw1).toBeUndefined();
    expect(d.table.columns.rakTw2).toBe(office.columns.rakTw2);
  });

  it("a column corrected to 'tidak dipakai' is not read", () => {
    const correction = { columns: [{ col: office.columns.pagu as number, field: null }] };
    const d = detectPlan("Bidang", office.values, { merges: office.merges, correction });
    expect(d.ok && d.table.columns.pagu).toBeUndefined();
  });
});

describe("the reading says which columns it is unsure of, and why", () => {
  it.each<[string, string, string]>([
    ["a word it knows", "REALISASI KEUANGAN", ""],
    [
      "a word nobody listed: read from the values",
      "Isian Operator",
      "tidak ada kata judul yang dikenal; dibaca dari nilainya",
    ],
  ])("%s (%s)", (_, group, doubt) => {
    const b = buildLayout([
      { field: "indikator", header: "INDIKATOR" },
      { field: "pagu", header: "PAGU" },
      { family: "realisasiAnggaranTw", group, leaves: TW_LEAVES.tw },
    ]);
    const d = detectPlan("Bidang", b.values, { merges: b.merges });
    if (!d.ok) throw new Error(d.reason);
    const col = d.table.reading?.find((c) => c.col === b.columns.realisasiAnggaranTw1);
    expect(col).toMatchObject({ fields: ["realisasiAnggaranTw1"], unsure: doubt !== "", doubt });
    expect(col?.evidence).toContain("tidak melebihi pagu pada 6 dari 6 baris");
  });
});
