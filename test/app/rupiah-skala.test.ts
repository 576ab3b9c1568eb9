/**
 * Trial 7 #3 (HIGH): a realisasi anggaran typed "18,2 jt" was read by the evaluation tab as 18,2 and
 * added into "Realisasi anggaran s.d. TW" (15.000.018,2), the Ringkasan and the LAKIP, while Periksa
 * said it meant 18.200.000. Now the amount typed with its scale word gives every figure the same
 * amount typed as a number gives, whether the cell held the text when the tab was built or was
 * blank then and typed later; Periksa notes it as text it counted.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const TAB = "Bidang Transmigrasi";
/** X7: a sub kegiatan's Realisasi Anggaran TW II (15.400.000 in the demo). */
const [ROW, COL] = [7, 24];

function office(typed: "number" | "text" | "later", text = "15,4 jt") {
  const wb = demoWorkbook();
  const tab = wb.getTab(TAB);
  expect(wb.value(tab, ROW, COL)).toBe(15_400_000);
  if (typed === "text") wb.write(tab, ROW, COL, [[text]]);
  if (typed === "later") wb.write(tab, ROW, COL, [[""]]);
  const { port } = emulatedPort(wb);
  const { tab: evaluasi } = generateTriwulan(port, { tw: 2, tahun: "2024" });
  if (typed === "later") wb.write(tab, ROW, COL, [[text]]);
  const summary = port.read(evaluasi.replace("Evaluasi", "Ringkasan")).values;
  const report = port.read(generateLaporan(port, { tw: 2 }).tab).values;
  const findings = periksa(port, { tw: 2, writeReport: false }).findings.filter(
    (f) => f.sheet === TAB && f.cell === "X7",
  );
  return { evaluation: port.read(evaluasi).values, summary, report, findings };
}

describe("rupiah typed with its scale word (15,4 jt)", () => {
  const numbers = office("number");
  const shown = (values: unknown[][]) => values.map((r) => r.slice(0, 40));

  it("is 15.400.000 in the evaluation tab, the Ringkasan and the LAKIP, as the number is", () => {
    const text = office("text");
    const row = (values: unknown[][]) => values.find((r) => r[0] === TAB);
    expect(row(text.summary)?.slice(11, 13)).toEqual([924_007_650, 394_993_360]);
    expect(text.summary).toEqual(numbers.summary);
    expect(shown(text.evaluation)).toEqual(shown(numbers.evaluation));
    expect(text.report).toEqual(numbers.report);
    expect(text.findings.map((f) => f.severity)).toEqual(["info"]);
    expect(text.findings[0].message).toContain("dihitung sebagai 15.400.000");
  });

  it.each([
    "Rp 15.400.000 (DAK)",
    "15.400.000 (TW II)",
    "15,4 jt (DAK)",
    // ",-" after the amount (trial 8 #4: "850.000.000,-" was a galat and left out).
    "15.400.000,-",
    "Rp. 15.400.000,- (DAK)",
  ])(
    "reads %s as 15.400.000: a remark in brackets or ',-' is left out, Periksa notes it as text (trial 8)",
    (text) => {
      for (const typed of ["text", "later"] as const) {
        const remark = office(typed, text);
        expect(remark.summary).toEqual(numbers.summary);
        expect(shown(remark.evaluation)).toEqual(shown(numbers.evaluation));
        expect(remark.report).toEqual(numbers.report);
        expect(remark.findings.map((f) => [f.severity, f.message])).toEqual([
          ["info", expect.stringContaining("dihitung sebagai 15.400.000")],
        ]);
      }
    },
  );

  it("is read so when typed after the tab was built (the cell was blank then)", () => {
    const later = office("later");
    expect(later.summary).toEqual(numbers.summary);
    expect(shown(later.evaluation)).toEqual(shown(numbers.evaluation));
  });
});
