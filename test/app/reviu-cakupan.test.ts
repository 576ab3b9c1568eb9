/**
 * What the review record covers: what people typed in the plan, the evaluation tab, the PK and
 * Pengaturan (OPD and year), not the results custom functions show nor a number format; and the
 * statement is made only while the data is as it was sent.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import type { TabSnapshot } from "../../src/app/port";
import { fingerprintOf, HISTORY_TAB, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { createGas } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { pkTab } from "../fixtures/checks";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { reviuDeps } from "../fixtures/reviu";

const PLAN = TEMPLATE_TRANSMIGRASI_TAB;
const EVAL = "Evaluasi TW I 2024";
const col = (header: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === header) + 1;
const deps = reviuDeps;

function submitted(extra?: (wb: MemoryWorkbook) => void) {
  const wb = transmigrasiWorkbook({ bidang: [PLAN] });
  extra?.(wb);
  const { port, gas } = emulatedPort(wb);
  generateTriwulan(port, { tw: 1 });
  expect(submitForReview(port, deps("staf@dinas.go.id"), { tw: 1 }).status).toBe("dikirim");
  return { wb, port, gas };
}
const check = (port: ReturnType<typeof emulatedPort>["port"]) =>
  verify(port, deps("reviewer@x.go.id"), { tw: 1 });

describe("what the fingerprint covers", () => {
  it("not the results of CAPAIAN, KRITERIA and EFISIENSI, which may read Loading... in Sheets", () => {
    const { port } = submitted();
    const wb = readWorkbook(port, { notes: true });
    const before = fingerprintOf(wb, 1, sha256).hash;
    const evaluasi = wb.snapshots.get(EVAL) as TabSnapshot;
    const header = evaluasi.values[4];
    const outputs = header
      .map((h, c) => (/^(Capaian|Kriteria|Efisiensi)/.test(String(h)) ? c : -1))
      .filter((c) => c >= 0);
    expect(outputs.length).toBeGreaterThanOrEqual(5);
    let loading = 0;
    evaluasi.values.forEach((row, r) => {
      if (r <= 5) return;
      for (const c of outputs) {
        if (row[c] !== "" && !evaluasi.formulas[r][c]) {
          row[c] = "Loading...";
          loading++;
        }
      }
    });
    expect(loading).toBeGreaterThan(10);
    expect(fingerprintOf(wb, 1, sha256).hash).toBe(before);
  });

  it("detects a formula replaced by its own value", () => {
    const { wb, port } = submitted();
    const t = wb.getTab(EVAL);
    const size = wb.usedSize(t);
    const formulas = wb.formulas(t, { row: 1, col: 1, ...size });
    const r = formulas.findIndex(
      (row, i) => i > 5 && row.some((f) => f.startsWith("=") && !/ARRAYFORMULA/.test(f)),
    );
    const c = formulas[r].findIndex((f) => f.startsWith("=") && !/ARRAYFORMULA/.test(f));
    const value = wb.value(t, r + 1, c + 1);
    wb.write(t, r + 1, c + 1, [[value]]);
    expect(wb.value(t, r + 1, c + 1)).toEqual(value);
    expect(check(port)).toEqual({
      changed: true,
      message: expect.stringMatching(
        new RegExp(`^Data berubah sejak dikirim: '${EVAL}'![A-Z]+${r + 1} \\(indikator .*\\): .* rumus → `),
      ),
    });
  });

  it("ignores a number format changed alone", () => {
    const { port, gas } = submitted();
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PLAN);
    sheet?.getRange(1, 1, 20, 20).setNumberFormat("0.000");
    expect(check(port).changed).toBe(false);
  });

  it("detects a PK target and the OPD edited after submission, not the reviewer named later", () => {
    const pk = pkTab("PK", [
      ["Meningkatnya kemandirian", "Persentase Warga Transmigran Mandiri", "%", 63.57],
    ]);
    const { wb, port } = submitted((w) => w.write(w.addTab("PK"), 1, 1, pk.values));
    const settings = wb.getTab("Pengaturan");
    const labels = wb.values(settings, { row: 1, col: 1, rows: 8, cols: 1 }).map((r) => r[0]);
    wb.write(settings, labels.indexOf("Email reviewer") + 1, 2, [["reviewer@inspektorat.go.id"]]);
    expect(check(port).changed).toBe(false);
    wb.write(wb.getTab("PK"), 4, 5, [[70]]);
    wb.write(settings, labels.indexOf("OPD") + 1, 2, [["Dinas Lain"]]);
    // The Ringkasan is as it was sent (its title names the OPD as it was): what changed is Pengaturan.
    expect(check(port).message).toBe(
      `Data berubah sejak dikirim: 'PK'!E4 ("Persentase Warga Transmigran Mandiri"): Target 63,57 → 70; 'Pengaturan'!B${labels.indexOf("OPD") + 1} ("OPD"): isi kini "Dinas Lain" (nilai sebelumnya tidak disimpan).`,
    );
  });
});

describe("Buat pernyataan telah direviu", () => {
  it("is refused while the data differs from what was sent, and recorded in the history when made", () => {
    const { wb } = submitted();
    const plan = wb.getTab(PLAN);
    const cell = { row: 5, col: col("Realisasi TW I") };
    const typed = wb.value(plan, cell.row, cell.col);
    wb.write(plan, cell.row, cell.col, [[75]]);
    const reviewer = emulatedPort(wb, { user: "reviewer@x.go.id", owner: "staf@dinas.go.id" }).port;
    expect(() => statement(reviewer, deps("reviewer@x.go.id"), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena data berubah sejak dikirim ('${PLAN}'!S5 (indikator "Jumlah Kawasan Transmigrasi yang diidentifikasi"): Realisasi TW I 0 → 75): minta pengirim memperbaiki dan mengirim ulang TW I, lalu verifikasi lagi.`,
    );
    expect(wb.tab("Pernyataan Reviu TW I 2024")).toBeUndefined();
    wb.write(plan, cell.row, cell.col, [[typed]]);
    const made = statement(reviewer, deps("reviewer@x.go.id"), { tw: 1 });
    const history = wb.getTab(HISTORY_TAB);
    const rows = wb.values(history, { row: 1, col: 1, rows: wb.usedSize(history).rows, cols: 10 });
    expect(rows[rows.length - 1].slice(2, 10)).toEqual([
      "TW I",
      "Pernyataan dibuat",
      "reviewer@x.go.id",
      "",
      "",
      "",
      `Tab '${made.tab}'`,
      rows[1][9],
    ]);
    expect(createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(made.tab)).not.toBeNull();
  });
});
