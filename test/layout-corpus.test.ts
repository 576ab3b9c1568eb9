import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periksa } from "../src/app/periksa";
import { readWorkbook } from "../src/app/plans";
import type { CellValue, RangeRef } from "../src/core/cells";
import { FIELD_SYNONYMS } from "../src/core/columns";
import { detectPlan } from "../src/core/layout";
import { ABBREVIATIONS, TW_RE } from "../src/core/layout/vocabulary";
import { toNumber } from "../src/core/numbers";
import type { PlanField, PlanTable } from "../src/core/plan";
import { fittingSifat } from "../src/core/sifat";
import { emulatedPort } from "../src/emulator/session";
import { MemoryWorkbook } from "../src/emulator/workbook";
import { CORPUS, type CorpusLayout, readingLike, withUnseenGroups } from "./fixtures/layouts";
import { buildLayout, type Part, TW_LEAVES, UNSEEN_WORDS } from "./utils/layout-builder";

type Row = CellValue[];

function read(values: Row[], merges?: RangeRef[]): PlanTable {
  const d = detectPlan("Tab", values, { merges });
  if (!d.ok) throw new Error(d.reason);
  return d.table;
}

/** What a person checks (see readingLike). */
const reading = (t: PlanTable, expected: CorpusLayout["expected"]) => readingLike(t, expected);

const widthOf = (values: Row[]) => values.reduce((w, r) => Math.max(w, r.length), 0);
const pad = (values: Row[]) => {
  const w = widthOf(values);
  return values.map((r) => Array.from({ length: w }, (_, c) => r[c] ?? ""));
};

/** Inserts rows at `at`, moving merges below it down. */
function insertRows(l: CorpusLayout, at: number, rows: Row[]): CorpusLayout {
  const values = [...l.values.slice(0, at), ...rows, ...l.values.slice(at)];
  const merges = l.merges?.map((m) => (m.row - 1 >= at ? { ...m, row: m.row + rows.length } : m));
  return { ...l, values, merges };
}

const base = new Map(CORPUS.map((l) => [l.id, read(l.values, l.merges)]));
const bandOf = (l: CorpusLayout) => base.get(l.id) as PlanTable;
/** A header band holds at most four rows: perturbations that add a band row keep to that. */
const roomInBand = (l: CorpusLayout) => bandOf(l).headerBottom - bandOf(l).headerTop + 1 < 4;

/** Words that mean something in a header: a generated group text must avoid them. */
const MEANINGFUL = new Set(
  [
    ...Object.values(FIELD_SYNONYMS).flatMap((list) => list.flatMap((s) => s.split(" "))),
    ...["tw", "tr", "trw", "triwulan", "q", "i", "ii", "iii", "iv", "k", "rp", "renstra", "rpjmd", "lalu"],
    ...["akhir", "periode", "sebelumnya", "rupiah", "persen", "juta", "ribu", "catatan", "keterangan"],
    ...Object.keys(ABBREVIATIONS),
    ...["hasil", "keluaran", "output", "outcome"],
    // Words of longer headers read by their first word ("Kode Rekening", "Indikator Kinerja Utama").
    ...["rekening", "rek", "strategis", "kinerja", "utama", "kunci", "indikatif", "per", "pada"],
  ].filter((w) => w.length > 0),
);
const unknownText = fc
  .array(fc.stringMatching(/^[A-Z][a-z]{2,9}$/), { minLength: 1, maxLength: 3 })
  .map((ws) => ws.join(" "))
  .filter((t) =>
    t
      .toLowerCase()
      .split(" ")
      .every((w) => !MEANINGFUL.has(w) && !/^q?[1-4]$/.test(w) && !TW_RE.test(w)),
  );
const layout = fc.constantFrom(...CORPUS);

describe("the layout corpus", () => {
  it("has at least 29 distinct header layouts", () => {
    expect(new Set(CORPUS.map((l) => l.id)).size).toBeGreaterThanOrEqual(29);
  });

  for (const l of CORPUS) {
    it(`reads ${l.id}: ${l.source}`, () => {
      expect(reading(read(l.values, l.merges), l.expected)).toEqual(l.expected);
    });
  }
});

describe("the reading does not change when the sheet is written differently (fast-check)", () => {
  const unchanged = (l: CorpusLayout, shift = 0) =>
    expect(reading(read(l.values, l.merges), l.expected)).toEqual({
      ...l.expected,
      dataStart: l.expected.dataStart + shift,
    });

  it("title rows added above", () => {
    fc.assert(
      fc.property(layout, fc.array(unknownText, { minLength: 1, maxLength: 4 }), (l, titles) => {
        unchanged(
          insertRows(
            l,
            0,
            titles.map((t) => [t]),
          ),
          titles.length,
        );
      }),
      { numRuns: 60 },
    );
  });

  it("a group row of unknown words over any run of columns, merged, repeated or in its first cell", () => {
    fc.assert(
      fc.property(
        layout,
        unknownText,
        fc.nat(),
        fc.nat(),
        fc.constantFrom("merged", "repeated", "first"),
        (l, text, a, b, style) => {
          fc.pre(roomInBand(l));
          const w = widthOf(l.values);
          const from = a % w;
          const to = from + (b % (w - from));
          const top = bandOf(l).headerTop;
          const row: Row = Array(w).fill("");
          row[from] = text;
          if (style === "repeated") for (let c = from; c <= to; c++) row[c] = text;
          const moved = insertRows(l, top, [row]);
          if (style === "merged" && to > from)
            moved.merges = [
              ...(moved.merges ?? []),
              { row: top + 1, col: from + 1, rows: 1, cols: to - from + 1 },
            ];
          unchanged(moved, 1);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("a unit row under the header", () => {
    const BUDGET = /^(pagu|rakTw|realisasiAnggaranTw)/;
    fc.assert(
      fc.property(layout, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (l, picks) => {
        fc.pre(roomInBand(l));
        const t = bandOf(l);
        const w = widthOf(l.values);
        const fieldAt = new Map<number, PlanField>();
        for (const [f, c] of Object.entries(t.columns)) fieldAt.set(c as number, f as PlanField);
        const row: Row = Array.from({ length: w }, (_, c): CellValue => {
          if (!picks[c]) return "";
          return BUDGET.test(fieldAt.get(c) ?? "") ? "(Rp)" : "(%)";
        });
        if (!row.some((v) => v !== "")) row[w - 1] = "(%)";
        unchanged(insertRows(l, t.headerBottom + 1, [row]), 1);
      }),
      { numRuns: 60 },
    );
  });

  it("merged header text repeated in every cell, or left only in the first (no merges reported)", () => {
    const withMerges = CORPUS.filter((l) => l.merges?.length);
    expect(withMerges.length).toBeGreaterThanOrEqual(5);
    for (const l of withMerges) {
      const values = pad(l.values);
      for (const m of l.merges ?? []) {
        const master = values[m.row - 1][m.col - 1];
        for (let r = m.row - 1; r < m.row - 1 + m.rows; r++)
          for (let c = m.col - 1; c < m.col - 1 + m.cols; c++) values[r][c] = master;
      }
      unchanged({ ...l, values, merges: undefined });
      unchanged({ ...l, merges: undefined });
    }
  });

  it("a row of column numbers added or removed", () => {
    fc.assert(
      fc.property(layout, fc.boolean(), (l, parens) => {
        const t = bandOf(l);
        const numbersAt = t.dataStart - 1;
        const hasNumbers = numbersAt > t.headerBottom;
        if (hasNumbers) {
          const values = [...l.values.slice(0, numbersAt), ...l.values.slice(numbersAt + 1)];
          const merges = l.merges?.map((m) => (m.row - 1 > numbersAt ? { ...m, row: m.row - 1 } : m));
          unchanged({ ...l, values, merges }, -1);
        } else {
          const w = widthOf(l.values);
          const row = Array.from({ length: w }, (_, c) => (parens ? `(${c + 1})` : c + 1));
          unchanged(insertRows(l, t.headerBottom + 1, [row]), 1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("headers in other case, spacing and line breaks", () => {
    fc.assert(
      fc.property(layout, fc.array(fc.nat(5), { minLength: 60, maxLength: 60 }), (l, styles) => {
        const t = bandOf(l);
        let i = 0;
        const values = l.values.map((row, r) =>
          r < t.headerTop || r > t.headerBottom
            ? row
            : row.map((v) => {
                if (typeof v !== "string" || !v) return v;
                const s = styles[i++ % styles.length];
                const words = v.split(" ");
                if (s === 0) return v.toUpperCase();
                if (s === 1) return v.toLowerCase();
                if (s === 2) return `  ${words.join("   ")} `;
                if (s === 3 && words.length > 1) return `${words[0]}\n${words.slice(1).join(" ")}`;
                if (s === 4) return words.join("\r\n");
                return v;
              }),
        );
        unchanged({ ...l, values });
      }),
      { numRuns: 60 },
    );
  });

  it("the header repeated at the top of a later page, inside the data", () => {
    fc.assert(
      fc.property(layout, fc.nat(), (l, pick) => {
        const t = bandOf(l);
        const starts = t.rows.map((r) => r.row).filter((r) => r > t.dataStart);
        if (starts.length === 0) return;
        const at = starts[pick % starts.length];
        const header = l.values.slice(t.headerTop, t.dataStart);
        const values = [...l.values.slice(0, at), ...header, ...l.values.slice(at)];
        const d = read(values, l.merges);
        expect(reading(d, l.expected)).toEqual(l.expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe("words never seen, drawn at random (fast-check)", () => {
  /** A deterministic draw from fast-check's numbers (withUnseenGroups asks for indexes). */
  const picker = (draws: number[]) => {
    let i = 0;
    return (n: number) => draws[i++ % draws.length] % n;
  };

  it("every group header of every layout replaced by words no reader has seen: the same reading", () => {
    fc.assert(
      fc.property(
        layout,
        fc.array(unknownText, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (l, words, draws) => {
          const t = bandOf(l);
          const u = withUnseenGroups(l, { top: t.headerTop, bottom: t.headerBottom }, words, picker(draws));
          expect(reading(read(u.values, u.merges), l.expected)).toEqual(l.expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  // Layouts whose annual target stands beside four TW target columns that fit it by a sifat on most
  // rows (the evidence the reader states: 80 % of at least two rows); the values say what it is.
  const withAnnual = CORPUS.filter((l) => {
    const c = l.expected.columns;
    const tws = [c.targetTw1, c.targetTw2, c.targetTw3, c.targetTw4];
    if (c.targetTahunan === undefined || tws.some((x) => x === undefined) || new Set(tws).size < 4)
      return false;
    const rows = bandOf(l).rows.filter(
      (r) => toNumber(r.targetTahunan) !== null && r.targetTw.every((v) => toNumber(v) !== null),
    );
    const fit = rows.filter((r) => fittingSifat(r.targetTahunan, r.targetTw).length).length;
    return rows.length >= 2 && fit >= 0.8 * rows.length;
  });

  it("the annual target's own header replaced by words never seen: still the Target Tahunan, from its values", () => {
    expect(withAnnual.length).toBeGreaterThanOrEqual(8);
    fc.assert(
      fc.property(fc.constantFrom(...withAnnual), unknownText, (l, word) => {
        const t = bandOf(l);
        const col = l.expected.columns.targetTahunan as number;
        const values = l.values.map((row, r) =>
          r >= t.headerTop && r <= t.headerBottom && String(row[col] ?? "").trim() !== ""
            ? row.map((v, c) => (c === col ? word : v))
            : row,
        );
        const { tahun: _, ...expected } = l.expected;
        expect(reading(read(values, l.merges), expected)).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });
});

describe("the corpus read through the port, as the sidebar reads it", () => {
  it("reads every layout from an emulated spreadsheet, without asking where its merged cells are", () => {
    const wb = new MemoryWorkbook();
    CORPUS.forEach((l, i) => {
      const tab = wb.addTab(`Tabel ${i + 1}`);
      wb.write(tab, 1, 1, pad(l.values));
      for (const m of l.merges ?? []) tab.merges.push({ ...m });
    });
    const { port, gas } = emulatedPort(wb);
    gas.calls.reset();
    const read = readWorkbook(port);
    // Merged header cells read as blank beside their first cell, which the reader fills as the
    // merge would: no layout needs Sheets to say where its merges are (each costs calls).
    expect(gas.calls.byMethod["Range.getMergedRanges"]).toBeUndefined();
    CORPUS.forEach((l, i) => {
      // A Renstra table is read too, as the Renstra table (never a bidang).
      const plan = [...read.plans, ...read.renstra].find((p) => p.tab === `Tabel ${i + 1}`);
      expect(plan && reading(plan, l.expected), l.id).toEqual(l.expected);
    });
  });

  it("asks where the merged cells are only of a tab whose values give no table, and says why it is skipped", () => {
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("Catatan Rapat");
    wb.write(tab, 1, 1, [
      ["Rapat koordinasi", ""],
      ["Hadir: Sekretaris", "Kabid"],
    ]);
    tab.merges.push({ row: 1, col: 1, rows: 1, cols: 2 });
    const { port, gas } = emulatedPort(wb);
    gas.calls.reset();
    const read = readWorkbook(port);
    expect(gas.calls.byMethod["Range.getMergedRanges"]).toBe(1);
    expect(read.plans).toEqual([]);
    expect(read.skipped.map((x) => x.tab)).toEqual(["Catatan Rapat"]);
  });
});

describe("a Rencana Aksi with a three-row header is checked like the two-row one", () => {
  it("finds the same budget splits and target splits that are wrong", () => {
    const findingsOf = (id: string) => {
      const l = CORPUS.find((x) => x.id === id) as CorpusLayout;
      const wb = new MemoryWorkbook();
      const tab = wb.addTab("Renaksi Bidang");
      wb.write(tab, 1, 1, pad(l.values));
      for (const m of l.merges ?? []) tab.merges.push({ ...m });
      const { port } = emulatedPort(wb);
      const shift = l.expected.dataStart;
      return periksa(port, { writeReport: false })
        .findings.filter((f) => f.rule === "anggaran-tw" || f.rule === "tw-target")
        .map((f) => [f.rule, f.row - shift, f.message]);
    };
    const two = findingsOf("renaksi-luwu-timur");
    expect(two.some(([rule]) => rule === "anggaran-tw")).toBe(true);
    expect(findingsOf("renaksi-3-baris")).toEqual(two);
  });
});

// ------------------------------------------------------------------ what offices add (issue 17)
const SINGLES: Part[] = [
  { field: "no", header: "NO" },
  { field: "uraian", header: "PROGRAM/KEGIATAN" },
  { field: "indikator", header: "INDIKATOR KINERJA" },
  { field: "satuan", header: "SATUAN" },
  { field: "targetTahunan", header: "TARGET" },
  { field: "pagu", header: "PAGU" },
  { field: "penanggungJawab", header: "PENANGGUNG JAWAB" },
];
const FAMILY_WORDS = {
  targetTw: ["Target Triwulan", "Rencana Aksi per Triwulan (%)", "Target Fisik"],
  rakTw: ["Anggaran Kas", "Rencana Penarikan Dana (Rp)", "RAK"],
  realisasiTw: ["Realisasi Kinerja", "Realisasi Fisik", "REALISASI"],
  realisasiAnggaranTw: ["Realisasi Keuangan", "Realisasi Anggaran", "Realisasi Keuangan (Rp)"],
} as const;
const KINDS = Object.keys(FAMILY_WORDS) as (keyof typeof FAMILY_WORDS)[];
const leaves = fc.constantFrom(...Object.values(TW_LEAVES));
const style = fc.constantFrom("merged" as const, "repeated" as const, "first" as const);

function builtReading(parts: Part[], s: "merged" | "repeated" | "first") {
  const b = buildLayout(parts, { style: s });
  const d = detectPlan("Bidang", b.values, { merges: s === "merged" ? b.merges : [] });
  if (!d.ok) throw new Error(d.reason);
  return {
    got: { columns: d.table.columns, dataStart: d.table.dataStart, indicators: d.table.rows.length },
    b,
  };
}
const want = (b: ReturnType<typeof buildLayout>) => ({
  columns: b.columns,
  dataStart: b.dataStart,
  indicators: b.indicators,
});

describe("families anywhere, read from structure and values (fast-check)", () => {
  it("any order of the columns and field families, group text merged, repeated or in its first cell", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...SINGLES.map((p) => ({ p })), ...KINDS.map((k) => ({ k }))], {
          minLength: SINGLES.length + KINDS.length,
        }),
        fc.array(fc.nat(2), { minLength: 4, maxLength: 4 }),
        fc.array(leaves, { minLength: 4, maxLength: 4 }),
        style,
        (order, words, tws, s) => {
          const parts = order.map(
            (o, i): Part =>
              "p" in o ? o.p : { family: o.k, group: FAMILY_WORDS[o.k][words[i % 4]], leaves: tws[i % 4] },
          );
          const { got, b } = builtReading(parts, s);
          expect(got).toEqual(want(b));
        },
      ),
      { numRuns: 80 },
    );
  });

  it("families appended after the last column or inserted before the first", () => {
    fc.assert(
      fc.property(
        fc.subarray(KINDS, { minLength: 1 }),
        fc.boolean(),
        leaves,
        style,
        (moved, before, tw, s) => {
          const fams = (ks: readonly (typeof KINDS)[number][]) =>
            ks.map((k): Part => ({ family: k, group: FAMILY_WORDS[k][0], leaves: tw }));
          const rest = KINDS.filter((k) => !moved.includes(k));
          const middle = [...SINGLES.slice(0, 5), ...fams(rest), ...SINGLES.slice(5)];
          const parts = before ? [...fams(moved), ...middle] : [...middle, ...fams(moved)];
          const { got, b } = builtReading(parts, s);
          expect(got).toEqual(want(b));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("group words no reader has seen: the values decide", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...KINDS], { minLength: KINDS.length }),
        fc.array(fc.constantFrom(...UNSEEN_WORDS), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(TW_LEAVES.tw, TW_LEAVES.tr, TW_LEAVES.roman, TW_LEAVES.dash),
        style,
        (kinds, words, tw, s) => {
          const parts: Part[] = [
            ...SINGLES.slice(0, 5),
            ...kinds.slice(0, 2).map((k, i): Part => ({ family: k, group: words[i], leaves: tw })),
            ...SINGLES.slice(5),
            ...kinds.slice(2).map((k, i): Part => ({ family: k, group: words[i + 2], leaves: tw })),
          ];
          const { got, b } = builtReading(parts, s);
          expect(got).toEqual(want(b));
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("corrections always win", () => {
  for (const l of CORPUS) {
    it(`correcting every column of ${l.id} to its true field gives the true mapping`, () => {
      // Columns holding one field each (per-TW rows put four fields in one column: not correctable).
      const byCol = new Map<number, PlanField[]>();
      for (const [f, c] of Object.entries(l.expected.columns))
        byCol.set(c as number, [...(byCol.get(c as number) ?? []), f as PlanField]);
      const columns = [...byCol]
        .filter(([, fs]) => fs.length === 1)
        .map(([col, [field]]) => ({ col, field }));
      // Read with every group word replaced by a word nobody knows (years and the Renstra, which a
      // correction cannot name, kept): only the corrections say what the columns are.
      const periods = "tahunLain" in l.expected || "renstraAkhir" in l.expected;
      const t = bandOf(l);
      const unseen = periods
        ? l
        : withUnseenGroups(l, { top: t.headerTop, bottom: t.headerBottom }, UNSEEN_WORDS, () => 0);
      const d = detectPlan("Tab", unseen.values, { merges: unseen.merges, correction: { columns } });
      if (!d.ok) throw new Error(d.reason);
      expect(readingLike(d.table, l.expected)).toEqual(l.expected);
    });
  }
});
