/**
 * A plan cell that held a number when the evaluation tab was built and is retyped afterwards as text
 * money ("Rp 90.000.000,00"): the tab's hidden cells were made for a number, so the tab and its
 * Ringkasan left the pagu out (Bidang Transmigrasi 841.531.000), while the LAKIP read it at once
 * (931.531.000) and Periksa said nothing. Periksa now names the cell as a galat (so the quarter is
 * not sent with two figures), and after the next Buat tab Triwulan the tab, the Ringkasan and the
 * report give the same pagu.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const TAB = "Bidang Transmigrasi";
const EVALUASI = "Evaluasi TW II 2024";
const RINGKASAN = "Ringkasan TW II 2024";

describe("a pagu retyped as text money after the evaluation tab was built", () => {
  it("is named by Periksa until the tab is built again; then the tab, the Ringkasan and the LAKIP agree", () => {
    const wb = demoWorkbook();
    const { port } = emulatedPort(wb);
    const tab = wb.getTab(TAB);
    expect(wb.value(tab, 5, 14)).toBe(82_476_650);
    generateTriwulan(port, { tw: 2, tahun: "2024" });
    wb.write(tab, 5, 14, [["Rp 90.000.000,00"]]);

    const bidangPagu = () => port.read(RINGKASAN).values.find((r) => r[0] === TAB)?.[11];
    const reportShows = (text: string) =>
      port
        .read(generateLaporan(port, { tw: 2 }).tab)
        .values.flat()
        .some((v) => String(v).includes(text));
    const named = () =>
      periksa(port, { tw: 2, writeReport: false }).findings.filter(
        (f) => f.rule === "evaluasi-hitungan" && f.sheet === TAB && f.cell === "N5",
      );

    // Built when N5 was a number: the tab leaves the text out, the LAKIP reads it.
    expect(bidangPagu()).toBe(841_531_000);
    expect(reportShows("931.531.000")).toBe(true);
    expect(named().map((f) => [f.severity, f.message, f.suggestion])).toEqual([
      [
        "error",
        `N5 (pagu) berisi "Rp 90.000.000,00", yang dibaca laporan sebagai 90.000.000, tetapi tab '${EVALUASI}' dibuat ketika sel itu berisi angka dan belum membacanya: tab itu dan Ringkasan-nya menghitung tanpa angka ini.`,
        `Buat tab Triwulan lagi agar tab '${EVALUASI}' membaca isi baru N5 (Buka kembali dulu bila sudah dikirim).`,
      ],
    ]);

    // Built again: one figure everywhere, nothing to name.
    generateTriwulan(port, { tw: 2, tahun: "2024" });
    expect(bidangPagu()).toBe(931_531_000);
    expect(reportShows("931.531.000")).toBe(true);
    expect(named()).toEqual([]);
  });
});
