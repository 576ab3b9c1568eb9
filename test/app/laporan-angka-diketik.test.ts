/**
 * A figure of the report tab is the evaluation tab's, one computation (trial 4 #1): a capaian typed
 * over the tab is written again by "Buat laporan", which names the cell, what was typed and the
 * figure; the person's [Draf] prose and their own text stay where they typed them.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan } from "../../src/app/laporan";
import { columnLetter } from "../../src/core/a1";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const TAB = "Laporan TW II 2024";
const KEY_COL = 13;

function report() {
  const wb = demoWorkbook();
  const { port } = emulatedPort(wb);
  generateLaporan(port, { tw: 2 });
  const tab = wb.getTab(TAB);
  const values = () => wb.values(tab, { row: 1, col: 1, rows: tab.maxRows, cols: KEY_COL });
  return { wb, port, tab, values };
}

/** The first cell of `values` showing `text` in a row whose key starts with `prefix`. */
function cellOf(values: unknown[][], text: string, prefix: string): { row: number; col: number } {
  const r = values.findIndex((v) => String(v[KEY_COL - 1]).startsWith(prefix) && v.includes(text));
  expect(r).toBeGreaterThan(0);
  return { row: r + 1, col: values[r].indexOf(text) + 1 };
}

describe("Buat laporan over figures a person typed in the report tab", () => {
  it("writes a capaian typed over again from the evaluation and names the cell and what was typed", () => {
    const { wb, port, tab, values } = report();
    const capaian = cellOf(values(), "97,03", "t:");
    const draft = values().findIndex((r) => String(r[0]).startsWith("[Draf] Capaian Persentase Warga"));
    wb.write(tab, capaian.row, capaian.col, [[100]]);
    wb.write(tab, draft + 1, 1, [["Capaian warga transmigran mandiri: ditulis Kasubag Perencanaan."]]);

    const again = generateLaporan(port, { tw: 2 });

    const ref = `${columnLetter(capaian.col)}${capaian.row}`;
    expect(again.message).toMatch(
      new RegExp(
        `teks yang Anda ubah: 1 sel tetap di tempatnya; angka ditulis ulang dari Evaluasi: ${ref} 100 → 97,03\\.$`,
      ),
    );
    expect(wb.value(tab, capaian.row, capaian.col)).toBe("97,03");
    // The person's prose stays; a third run has nothing left to rewrite.
    expect(wb.value(tab, draft + 1, 1)).toBe(
      "Capaian warga transmigran mandiri: ditulis Kasubag Perencanaan.",
    );
    const third = generateLaporan(port, { tw: 2 });
    expect(third.message).not.toContain("ditulis ulang");
    expect(third.kept).toBe(1);
  });

  it("writes a chart's figure typed over again, and keeps text typed beside a table", () => {
    const { wb, port, tab, values } = report();
    const start = values().findIndex(
      (r) => String(r[KEY_COL - 1]).startsWith("g:") && r[2] !== "" && /:\d+\|/.test(String(r[KEY_COL - 1])),
    );
    expect(start).toBeGreaterThan(0);
    const figure = values()[start][2];
    expect(typeof figure).toBe("number");
    wb.write(tab, start + 1, 3, [["150"]]);
    wb.write(tab, start + 1, 12, [["cek ulang dengan Bappeda"]]);

    const again = generateLaporan(port, { tw: 2 });

    expect(again.message).toContain(`: C${start + 1} 150 → 97,03.`);
    expect(wb.value(tab, start + 1, 3)).toBe(figure);
    expect(wb.value(tab, start + 1, 12)).toBe("cek ulang dengan Bappeda");
    expect(again.kept).toBe(1);
  });
});
