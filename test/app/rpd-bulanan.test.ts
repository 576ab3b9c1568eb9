/**
 * A monthly cash plan (trial 6; Renja-style Rencana Aksi): "Rencana Penarikan Dana" over Jan … Des.
 * It was left unread ("tidak dipakai"), so the evaluation tab had no RAK s.d. TW, no serapan thd RAK
 * and no efisiensi. Now the twelve months under one group are the RAK per TW (three months each):
 * the evaluation tab, the Ringkasan and the LAKIP show what the same office typing RAK TW I–IV gets,
 * and Cara dibaca names each month's TW.
 */
import { describe, expect, it } from "vitest";
import { readings, readingText } from "../../src/app/baca";
import { generateLaporan } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { TEXT_IN_SUM } from "../../src/core/evaluasi-formulas";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { HASIL_KELUARAN } from "../fixtures/layouts";

const JAN = 13;
const TAB = "Penataan Ruang";

/** The layout with its twelve months, or with the RAK per TW typed in four columns instead. */
function office(perTw: boolean, tw: 2 | 3, typed: Record<string, CellValue> = {}) {
  const values = HASIL_KELUARAN.map((row, r): CellValue[] => {
    if (!perTw)
      return row.map((v, c) => {
        const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
        return a1 in typed ? typed[a1] : v;
      });
    const months = row.slice(JAN, JAN + 12);
    const quarter =
      r === 2
        ? ["Rencana Penarikan Dana", "", "", ""]
        : r === 3
          ? ["TW I", "TW II", "TW III", "TW IV"]
          : r < 2
            ? ["", "", "", ""]
            : [0, 3, 6, 9].map((i) => months.slice(i, i + 3).reduce<number>((a, v) => a + Number(v), 0));
    return [...row.slice(0, JAN), ...quarter, ...row.slice(JAN + 12)];
  });
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab(TAB), 1, 1, values);
  const { port } = emulatedPort(wb);
  const { tab } = generateTriwulan(port, { tw, tahun: "2026" });
  const evaluation = port.read(tab).values;
  const shown = evaluation[4].indexOf("Kunci");
  return {
    evaluation: evaluation.map((r) => r.slice(0, shown)),
    summary: port.read(tab.replace("Evaluasi", "Ringkasan")).values,
    report: () => port.read(generateLaporan(port, { tw }).tab).values,
    findings: periksa(port, { tw, writeReport: false }).findings,
    port,
  };
}

/** The program's Feb (O5, 20.000.000) and the first kegiatan's Apr (Q6, 30.000.000) as text money. */
const TEXT_MONTHS = { O5: "Rp 20.000.000", Q6: "Rp. 30.000.000,00" };

describe("a monthly Rencana Penarikan Dana", () => {
  it.each([2, 3] as const)("is the RAK per TW in TW %s: the same figures as RAK TW I–IV", (tw) => {
    const months = office(false, tw);
    const quarters = office(true, tw);
    expect(months.evaluation).toEqual(quarters.evaluation);
    expect(months.summary).toEqual(quarters.summary);
    expect(months.report()).toEqual(quarters.report());
    // RAK s.d. TW II of the program: Jan … Jun = 260.000.000; serapan 150.835.000 / 260.000.000.
    const header = months.evaluation[4];
    const program = months.evaluation.find((r) => r.includes("Persentase pelanggaran pemanfaatan ruang"));
    if (tw === 2) {
      expect(program?.[header.indexOf("RAK s.d. TW II (Rp)")]).toBe(260_000_000);
      expect(program?.[header.indexOf("Serapan thd RAK s.d. TW II (%)")]).toBeCloseTo(58.01, 2);
    }
  });

  it.each([2, 3] as const)(
    "reads a month typed as text money as a rupiah cell in TW %s: the same figures, Periksa notes it (trial 8)",
    (tw) => {
      const numbers = office(false, tw);
      const text = office(false, tw, TEXT_MONTHS);
      expect(text.evaluation).toEqual(numbers.evaluation);
      expect(text.summary).toEqual(numbers.summary);
      expect(text.report()).toEqual(numbers.report());
      const noted = text.findings.filter((f) => f.rule === "format-angka" && ["O5", "Q6"].includes(f.cell));
      expect(noted.map((f) => [f.severity, f.cell])).toEqual([
        ["info", "O5"],
        ["info", "Q6"],
      ]);
      expect(noted[0].message).toContain("dihitung sebagai 20.000.000");
    },
  );

  // (The LAKIP of such a plan is refused, monthly or per TW alike: its TOTAL counts the readable
  // cells the row does not show; a finding of its own, left to the report.)
  it("says so where a month's text is no amount, never a smaller RAK s.d. TW; Periksa names the cell", () => {
    const { evaluation, findings } = office(false, 2, { O5: "Rp 20.000.000 (DAK 2)" });
    const header = evaluation[4];
    const program = evaluation.find((r) => r.includes("Persentase pelanggaran pemanfaatan ruang"));
    expect(program?.[header.indexOf("RAK s.d. TW II (Rp)")]).toBe(TEXT_IN_SUM);
    const named = findings.filter((f) => f.rule === "format-angka" && f.cell === "O5");
    expect(named.map((f) => f.severity)).toEqual(["warning"]);
    expect(named[0].message).toContain("Anggaran (RAK) TW I (kolom O)");
  });

  it("is named in Cara dibaca: each month with its TW", () => {
    const { port } = office(false, 2);
    const text = readingText(readings(port).readings[0]);
    expect(text).toContain('N: RAK TW I (bulan ke-1)  ← "Rencana Penarikan Dana / Jan"');
    expect(text).toContain('Y: RAK TW IV (bulan ke-12)  ← "Des"');
  });
});
