/**
 * Kirim records the rules its counts were made by ("#periksa N", CHECK_VERSION): a reviewer's
 * recount that differs from a record of the current version is refused as a forged count, one of an
 * older version is said to be a newer add-on's reading. So whoever changes what a rule counts must
 * raise CHECK_VERSION, and this test holds them to it: the rule ids and what Periksa counts, by rule
 * and severity, on a fixed corpus (every layout of the layout corpus at every TW, the demo office
 * with its TW II evaluation tab, the LKjIP check fixtures) are kept with the version they were
 * counted by in test/fixtures/periksa-versi.json. A different count under the same version fails
 * (a fixture added to the corpus is recorded by the command below, without a new version).
 *
 * After raising CHECK_VERSION: `PERIKSA_VERSI=tulis npx vitest run test/core/checks/periksa-versi.test.ts`
 * writes the new counts (it refuses to while the version is the one the file holds).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { periksa } from "../../../src/app/periksa";
import { generateTriwulan } from "../../../src/app/triwulan";
import { checkWorkbook, RULES } from "../../../src/core/checks";
import type { Finding } from "../../../src/core/checks/types";
import { CHECK_VERSION } from "../../../src/core/fingerprint";
import { demoWorkbook } from "../../../src/emulator/demo";
import { emulatedPort } from "../../../src/emulator/session";
import { LKJIP_PENEMPATAN, LKJIP_PENUNJANG, pkTab, tw as quad, templateTab } from "../../fixtures/checks";
import { CORPUS } from "../../fixtures/layouts";

const FILE = new URL("../../fixtures/periksa-versi.json", import.meta.url);
const TWS = [undefined, 1, 2, 3, 4];

interface Kept {
  version: number;
  rules: string[];
  /** Per fixture and TW: "rule e2 w1 i3; rule w1" (e galat, w peringatan, i info), "-" for none. */
  counts: Record<string, string>;
}

/** "kode e2 w1; wajib i3": the findings counted by rule and severity, rules in id order. */
function counted(findings: readonly Finding[]): string {
  const by = new Map<string, Record<string, number>>();
  for (const f of findings) {
    const c = by.get(f.rule) ?? {};
    c[f.severity] = (c[f.severity] ?? 0) + 1;
    by.set(f.rule, c);
  }
  const text = [...by]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rule, c]) =>
      [
        rule,
        ...(["error", "warning", "info"] as const).filter((s) => c[s]).map((s) => `${s[0]}${c[s]}`),
      ].join(" "),
    )
    .join("; ");
  return text || "-";
}

function countsNow(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of CORPUS) {
    const blank = l.values.map((r) => r.map(() => ""));
    const tabs = [{ name: l.tab, values: l.values, formulas: blank, notes: blank }];
    const reading = new Map([[l.tab, { merges: l.merges ?? [] }]]);
    for (const tw of TWS)
      out[`${l.id} TW ${tw ?? "-"}`] = counted(checkWorkbook(tabs, { currentTw: tw, reading }).findings);
  }
  const demo = demoWorkbook();
  const { port } = emulatedPort(demo);
  generateTriwulan(port, { tw: 2 });
  for (const tw of TWS)
    out[`demo TW ${tw ?? "-"}`] = counted(periksa(port, { tw, writeReport: false }).findings);
  const lkjip = [templateTab("Penunjang", LKJIP_PENUNJANG), templateTab("Penempatan", LKJIP_PENEMPATAN)];
  for (const tw of TWS)
    out[`lkjip TW ${tw ?? "-"}`] = counted(checkWorkbook(lkjip, { currentTw: tw }).findings);
  // A PK whose targets were typed as percents (0,72 formatted 0.00 %: trial 8 #8) beside a plan in points.
  const pk = pkTab("PK 2026", [
    ["Meningkatnya akses PAUD", "Angka Partisipasi Kasar (APK) PAUD", "%", 0.72],
    ["Meningkatnya akses SD", "Angka Partisipasi Murni (APM) SD", "%", 0.975],
  ]);
  pk.numberFormats = pk.values.map((r, i) => r.map((_, c) => (i > 2 && c === 4 ? "0.00%" : "")));
  const plan = (indikator: string, t: number) => ({
    indikator,
    satuan: "%",
    sifat: "tetap",
    targetTahunan: t,
    ...quad("targetTw", [t, t, t, t]),
  });
  const persen = [
    templateTab("Bid. PAUD", [
      plan("Angka Partisipasi Kasar (APK) PAUD", 72),
      plan("Angka Partisipasi Murni (APM) SD", 97),
    ]),
    pk,
  ];
  for (const tw of TWS)
    out[`pk-persen TW ${tw ?? "-"}`] = counted(checkWorkbook(persen, { currentTw: tw }).findings);
  // One indicator per school level in two bidang tabs, under one program (trial 8 #9).
  const level = (indikator: string, t: number) => ({
    ...plan(indikator, t),
    uraian: "Pengelolaan Pendidikan",
  });
  const jenjang = [
    templateTab("Bid. SD", [level("Angka Partisipasi Murni (APM) SD", 97)]),
    templateTab("Bid. SMP", [level("Angka Partisipasi Murni (APM) SMP", 81)]),
  ];
  for (const tw of TWS)
    out[`jenjang TW ${tw ?? "-"}`] = counted(checkWorkbook(jenjang, { currentTw: tw }).findings);
  // Bound targets without a Polaritas column (trial 8 #1: a death rate "≤ 25"), and a floor on a negatif row.
  const bound = (indikator: string, t: string, polaritas = "") => ({
    indikator,
    satuan: "‰",
    sifat: "tetap",
    polaritas,
    targetTahunan: t,
    ...quad("targetTw", [t, t, t, t]),
    ...quad("realisasiTw", [27.1, 26, "", ""]),
  });
  const batas = [
    templateTab("RSUD", [
      bound("Net Death Rate (NDR)", "≤ 25"),
      bound("Gross Death Rate (GDR)", "maks. 45"),
      bound("Bed Occupancy Rate (BOR)", "60-80"),
      bound("Angka kejadian infeksi nosokomial", "minimal 1,5", "negatif"),
    ]),
  ];
  for (const tw of TWS)
    out[`batas TW ${tw ?? "-"}`] = counted(checkWorkbook(batas, { currentTw: tw }).findings);
  return out;
}

/** The fixtures whose counts differ, as "fixture: was → is". */
function differences(was: Kept, rules: string[], counts: Record<string, string>): string[] {
  const out: string[] = [];
  const ids = (r: string[]) => [...r].sort().join(", ");
  if (ids(was.rules) !== ids(rules)) out.push(`rule ids: ${ids(was.rules)} → ${ids(rules)}`);
  // A fixture added to (or dropped from) the corpus is no change of the rules.
  for (const key of Object.keys(was.counts).filter((k) => k in counts))
    if (was.counts[key] !== counts[key])
      out.push(`${key}: ${was.counts[key] ?? "(none)"} → ${counts[key] ?? "(none)"}`);
  return out;
}

it("counts as recorded for CHECK_VERSION, or the version was raised", () => {
  const rules = RULES.map((r) => r.id);
  const counts = countsNow();
  // Not a comparison of nothing: the corpus has findings of most rules.
  expect(
    new Set(Object.values(counts).flatMap((c) => c.split("; ").map((p) => p.split(" ")[0]))).size,
  ).toBeGreaterThan(10);
  const kept: Kept = JSON.parse(readFileSync(FILE, "utf8"));
  const diff = differences(kept, rules, counts);
  if (process.env.PERIKSA_VERSI === "tulis") {
    if (diff.length && CHECK_VERSION === kept.version)
      throw new Error(
        `Not written: the counts changed but CHECK_VERSION is still ${kept.version}. Raise it in src/core/fingerprint.ts first.`,
      );
    writeFileSync(FILE, `${JSON.stringify({ version: CHECK_VERSION, rules, counts }, null, 2)}\n`);
    return;
  }
  const todo = `run PERIKSA_VERSI=tulis npx vitest run test/core/checks/periksa-versi.test.ts to record the counts`;
  if (diff.length && CHECK_VERSION === kept.version)
    expect.fail(
      `Periksa counts differently from what CHECK_VERSION ${kept.version} counted on the fixture corpus:\n  ${diff.slice(0, 15).join("\n  ")}${diff.length > 15 ? `\n  … and ${diff.length - 15} more` : ""}\nA Kirim record says which rules made its galat/peringatan/info counts ("#periksa ${kept.version}"); a reviewer's recount by other rules under the same version is refused as a forged count. Raise CHECK_VERSION in src/core/fingerprint.ts to ${kept.version + 1} (say in its comment what now counts differently), then ${todo}.`,
    );
  if (CHECK_VERSION !== kept.version)
    expect.fail(
      `CHECK_VERSION is ${CHECK_VERSION} but test/fixtures/periksa-versi.json holds the counts of version ${kept.version}: ${todo}.`,
    );
  expect(diff).toEqual([]);
});
