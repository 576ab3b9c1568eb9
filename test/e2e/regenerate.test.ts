/**
 * "Buat tab Triwulan" run again in the local run loses nothing: a person types their analysis and a
 * formula into the evaluation tab, a line above the table and the signature block under it, the
 * bidang corrects a typo in an indicator's name, and the tab is generated again from the real
 * sidebar. Everything is still there, the corrected indicator is the same row (not a duplicate),
 * and the panel says what it kept. Screenshots go to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/regenerate.test.ts");

const EVALUASI = "Evaluasi TW II 2024";
const BIDANG = "Bidang Transmigrasi";
const MOU = "Jumlah MoU yang direalisasikan";
const MOU_FIXED = "Jumlah MoU yang telah direalisasikan";
const HEADER_ROW = 5;
const SIGNATURE = [
  "Malili, 5 Juli 2024",
  "Kepala Dinas",
  "Ir. H. Andi Makkasau, M.Si",
  "NIP. 19700101 199503 1 001",
];

describe.skipIf(!runBrowserTests)("regenerating the TW II tab in Chromium", () => {
  let local: Local;

  beforeAll(async () => {
    local = await openLocal("regenerate");
  });

  afterAll(async () => {
    await local?.close();
  });

  /** The column letters of a header of the evaluation tab, as the grid shows it. */
  const column = async (header: string) => {
    const cell = local.page
      .locator(`#grid td[data-r="${HEADER_ROW}"]`)
      .filter({ hasText: new RegExp(`^${header}$`) });
    return ((await cell.getAttribute("data-cell")) ?? "").replace(/\d+$/, "");
  };
  /** Rows of the grid holding this exact text. */
  const rowsWith = (text: string) =>
    local.page
      .locator("#grid td[data-cell]")
      .evaluateAll(
        (tds, t) =>
          tds.filter((td) => td.textContent === t).map((td) => Number((td as HTMLElement).dataset.r)),
        text,
      );

  it("keeps the analysis, a formula, the title line and the signature block, and the corrected indicator's row", async () => {
    const { panel, textOf, cell } = local;
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await textOf(panel.locator("#status")).toContain(`Tab '${EVALUASI}' dibuat`);
    const made = (await panel.locator("#status").textContent()) ?? "";
    const [, indicators, tabs] = /(\d+) indikator dari (\d+) tab bidang/.exec(made) ?? [];
    await expect.poll(() => local.tab(EVALUASI).getAttribute("aria-selected")).toBe("true");

    // The table ends after the BIDANG rows and the indicators; the signature goes two rows below.
    const end = HEADER_ROW + Number(indicators) + Number(tabs);
    const [pendorong, tindakLanjut, penghambat] = [
      await column("Faktor pendorong"),
      await column("Tindak lanjut"),
      await column("Faktor penghambat"),
    ];
    const mouRow = (await rowsWith(MOU))[0];
    await local.type(`${pendorong}${mouRow}`, "MoU dengan Kab. Luwu Utara ditandatangani");
    await local.type(`${tindakLanjut}${mouRow}`, '=CONCATENATE("Pantau ";"realisasi MoU")');
    await local.type("A4", "Data per 30 Juni 2024");
    for (const [i, line] of SIGNATURE.entries()) await local.type(`${penghambat}${end + 3 + i}`, line);
    await local.shot("diketik");

    // The bidang corrects the indicator's name in its plan.
    await local.openTab(BIDANG);
    await local.type(`E${(await rowsWith(MOU))[0]}`, MOU_FIXED);

    await panel.locator("#make-tw").click();
    await textOf(panel.locator("#status")).toContain(`Tab '${EVALUASI}' diperbarui`);
    const status = (await panel.locator("#status").textContent()) ?? "";
    expect(status).toContain("(0 baru, 0 tidak ada lagi di rencana)");
    expect(status).toContain("isian Anda: 7 tetap di tempatnya, 0 dipindah");
    // The corrected row's key (a hidden column) is the only computed cell that changes.
    expect(status).toContain("1 sel hitungan ditulis ulang");
    expect(status).toContain("tidak ada isian yang hilang");
    await local.openTab(EVALUASI);

    // The corrected indicator is the same row, once, with what was typed on it.
    expect(await rowsWith(MOU)).toEqual([]);
    expect(await rowsWith(MOU_FIXED)).toEqual([mouRow]);
    await textOf(cell(`${pendorong}${mouRow}`)).toBe("MoU dengan Kab. Luwu Utara ditandatangani");
    await textOf(cell(`${tindakLanjut}${mouRow}`)).toBe("Pantau realisasi MoU");
    await textOf(cell("A4")).toBe("Data per 30 Juni 2024");
    for (const [i, line] of SIGNATURE.entries()) await textOf(cell(`${penghambat}${end + 3 + i}`)).toBe(line);
    await cell(`${tindakLanjut}${mouRow}`).click();
    await textOf(local.page.locator("#content")).toBe('=CONCATENATE("Pantau ";"realisasi MoU")');
    await local.shot("diperbarui");
  });

  it("asks in the panel when an indicator may be one of two renamed ones, and follows the answer", async () => {
    const { panel, textOf, cell } = local;
    const NAKER = "Bidang Pemberdayaan Naker";
    const OLD = "Persentase Penyerapan Tenaga Kerja Baru";
    const analysis = "Job fair Mei menyerap 120 orang";
    await local.openTab(EVALUASI);
    const pendorong = await column("Faktor pendorong");
    await local.type(`${pendorong}${(await rowsWith(OLD))[0]}`, analysis);
    // The bidang splits the indicator in two; the other sasaran indicator of the tab is renamed too.
    await local.openTab(NAKER);
    const rows = [(await rowsWith(OLD))[0], (await rowsWith("Tingkat Pengangguran Terbuka"))[0]];
    await local.type(`E${rows[0]}`, `${OLD} (Laki-laki)`);
    await local.type(`E${rows[1]}`, `${OLD} (Perempuan)`);

    await panel.locator("#make-tw").click();
    await textOf(panel.locator("#status")).toMatch(/belum diperbarui: \d indikator mungkin berganti nama/);
    const questions = panel.locator("#questions label");
    await expect.poll(() => questions.count()).toBeGreaterThan(0);
    await local.shot("pertanyaan");
    for (let i = 0; i < (await questions.count()); i++) {
      const label = (await questions.nth(i).textContent()) ?? "";
      const select = panel.locator(`#${await questions.nth(i).getAttribute("for")}`);
      if (label.startsWith(`"${OLD}"`)) await select.selectOption({ label: `${OLD} (Perempuan) (${NAKER})` });
      else await select.selectOption("");
    }
    await panel.locator("#questions button").click();
    await textOf(panel.locator("#status")).toContain(`Tab '${EVALUASI}' diperbarui`);
    expect(await panel.locator("#questions").isHidden()).toBe(true);

    await local.openTab(EVALUASI);
    const [perempuan] = await rowsWith(`${OLD} (Perempuan)`);
    await textOf(cell(`${pendorong}${perempuan}`)).toBe(analysis);
    expect(await rowsWith(`${OLD} (Laki-laki)`)).toHaveLength(1);
    expect(await rowsWith(OLD)).toEqual([]);
  });
});
