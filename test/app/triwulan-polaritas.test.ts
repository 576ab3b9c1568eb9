/**
 * A plan without a Polaritas column (trial): the evaluation tab says in each Polaritas cell that
 * positif is a guess, and its note row says how to correct it; the capaian is the positive formula's
 * in Sheets and in Excel; Periksa names the signs that lower may be better. A Polaritas a person
 * writes in the bidang tab wins.
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { evaluasiTabName } from "../../src/core/evaluasi";
import { POLARITAS_TEBAKAN } from "../../src/core/polaritas";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { DOK, HEADER, TPT } from "../fixtures/polaritas";

function evaluation(rows: CellValue[][], header = HEADER, standard = false) {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Bidang Penempatan"), 1, 1, [["RENCANA AKSI TAHUN 2024"], [""], header, ...rows]);
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw: 2, ...(standard ? { standard: standardFormulas } : {}) });
  const values = port.read(evaluasiTabName(2, "2024")).values;
  const col = (h: string) => values[4].indexOf(h);
  const shown = values
    .slice(5)
    .filter((r) => typeof r[0] === "number")
    .map((r) => [r[col("Polaritas")], r[col("Capaian TW II (%)")]]);
  return { port, title: String(values[2][0]), shown };
}

describe("polaritas the plan does not write", () => {
  it.each([
    ["Sheets", false],
    ["Excel", true],
  ])("%s: the cell says positif (tebakan), the capaian is the positive formula's", (_, standard) => {
    const { title, shown } = evaluation([TPT, DOK], HEADER, standard);
    expect(shown).toEqual([
      [POLARITAS_TEBAKAN, (4.45 / 4.55) * 100],
      [POLARITAS_TEBAKAN, 100],
    ]);
    expect(title).toContain(
      "“positif (tebakan)”: polaritas tidak diisi di tab bidang, jadi capaian dihitung positif; bila makin rendah makin baik, isi negatif di kolom Polaritas tab bidang.",
    );
  });

  it("Periksa names the signs and how to correct, once per indicator", () => {
    const { port } = evaluation([TPT, DOK]);
    const found = periksa(port, { tw: 2, writeReport: false }).findings.filter((f) => f.rule === "polaritas");
    expect(found.map((f) => [f.cell, f.message])).toEqual([
      [
        "B4",
        'Indikator "Tingkat Pengangguran Terbuka" tampaknya makin rendah makin baik (kata "tingkat pengangguran"; target TW turun (4,6; 4,55; 4,5; 4,4)), tetapi polaritasnya tidak ada kolomnya, jadi capaian dihitung positif.',
      ],
    ]);
    expect(found[0].suggestion).toMatch(
      /^Bila realisasi yang lebih rendah berarti lebih baik, tambahkan kolom “Polaritas”/,
    );
  });

  it("a Polaritas written in the bidang tab wins; a blank one in the column still reads as the guess", () => {
    const header = [...HEADER, "Polaritas"];
    const { title, shown } = evaluation(
      [
        [...TPT, "Negatif"],
        [...DOK, ""],
      ],
      header,
    );
    expect(shown).toEqual([
      ["Negatif", ((2 * 4.55 - 4.45) / 4.55) * 100],
      [POLARITAS_TEBAKAN, 100],
    ]);
    expect(title).toContain("positif (tebakan)");
    const written = evaluation(
      [
        [...TPT, "Negatif"],
        [...DOK, "Positif"],
      ],
      header,
    );
    expect(written.shown.map((r) => r[0])).toEqual(["Negatif", "Positif"]);
    expect(written.title).not.toContain("positif (tebakan)");
  });
});
