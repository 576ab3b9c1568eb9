/**
 * The evaluation tab a Kepala Dinas is handed, generated from the real sidebar on the demo office
 * in Chromium and read back from the grid as a person sees it: no error sentence where the plan
 * simply has no TW target, every efisiensi reproducible from the columns printed beside it, the
 * summary's counts per kriteria equal to the rows, and a formula typed the id_ID way computes.
 * Screenshots of the tab and of the summary chart go to test-results/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, results, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/evaluasi.test.ts");

const EVALUASI = "Evaluasi TW II 2024";
const RINGKASAN = "Ringkasan TW II 2024";
const HEADER_ROW = 5;
const ERROR_TEXT = /tidak dapat dihitung|bukan angka|Target kosong|#[A-Z/0!?]+/;

/** The shown grid as rows of texts, with the header row's names: what a person reads. */
async function readGrid(page: Page, headerRow: number) {
  const cells = await page.locator("#grid td[data-cell]").evaluateAll((tds) =>
    tds.map((td) => ({
      r: Number((td as HTMLElement).dataset.r),
      c: Number((td as HTMLElement).dataset.c),
      t: td.textContent ?? "",
    })),
  );
  const rows = new Map<number, Map<number, string>>();
  for (const { r, c, t } of cells) {
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r)?.set(c, t);
  }
  const header = rows.get(headerRow) ?? new Map<number, string>();
  const byName = (row: number) =>
    Object.fromEntries([...header].map(([c, name]) => [name, rows.get(row)?.get(c) ?? ""]));
  return { rows, header, byName };
}

/** "1.234,56" as the id_ID sheet shows it → 1234.56; null when it is no number. */
function shownNumber(text: string): number | null {
  if (!/^-?[\d.]+(,\d+)?$/.test(text)) return null;
  return Number(text.replaceAll(".", "").replace(",", "."));
}

describe.skipIf(!runBrowserTests)("the TW II evaluation tab in Chromium", () => {
  let local: Local;
  let page: Page;

  beforeAll(async () => {
    local = await openLocal("evaluasi");
    page = local.page;
  });

  afterAll(async () => {
    await local?.close();
  });

  it("shows '–' and 'tidak ditargetkan TW ini' where the plan has no TW target, never an error sentence", async () => {
    await local.panel.locator("#tw").selectOption("2");
    await local.panel.locator("#make-tw").click();
    await local.textOf(local.panel.locator("#status")).toContain(`Tab '${EVALUASI}' dibuat`);
    await expect.poll(() => local.tab(EVALUASI).getAttribute("aria-selected")).toBe("true");
    const { rows, byName } = await readGrid(page, HEADER_ROW);
    const indicators = [...rows.keys()].filter((r) => r > HEADER_ROW && byName(r).Indikator);
    expect(indicators.length).toBe(50);
    let withoutTarget = 0;
    for (const r of indicators) {
      const row = byName(r);
      for (const [name, text] of Object.entries(row)) expect(`${name}: ${text}`).not.toMatch(ERROR_TEXT);
      if (row["Target TW II"] === "" || row["Target TW II"] === "0") {
        withoutTarget++;
        expect(row["Capaian TW II (%)"]).toBe("–");
        expect(row.Keterangan).toMatch(/^tidak ditargetkan TW ini/);
      }
      if (row["Target s.d. TW II"] === "" || row["Target s.d. TW II"] === "0") {
        expect(row["Capaian s.d. TW II (%)"]).toBe("–");
        expect(row.Kriteria).toBe("–");
      }
    }
    // The demo plans much of their work for later quarters; the annual capaian is still there.
    expect(withoutTarget).toBeGreaterThan(10);
    const mandiri = indicators
      .map(byName)
      .find((x) => x.Indikator === "Persentase Warga Transmigran Mandiri");
    expect(mandiri?.["Capaian thd target tahunan (%)"]).toBe("97,03");
    expect(mandiri?.Keterangan).toBe("tidak ditargetkan TW ini, tetapi ada realisasi");
    // The key column is hidden, the headers say each serapan's denominator.
    const headers = [...(await readGrid(page, HEADER_ROW)).header.values()];
    expect(headers).not.toContain("Kunci");
    expect(headers).toEqual(
      expect.arrayContaining([
        "Serapan thd pagu (%)",
        "Serapan thd RAK s.d. TW II (%)",
        "Efisiensi thd RAK s.d. TW II",
      ]),
    );
    // Scrolled so that the figures sit beside the frozen Indikator column.
    await page.locator("#grid").evaluate((g) => {
      const at = (a1: string) => (g.querySelector(`td[data-cell="${a1}"]`) as HTMLElement).offsetLeft;
      g.scrollLeft = at("H5") - at("E5");
      g.scrollTop = 0;
    });
    await page.locator("#grid").screenshot({ path: join(results, "evaluasi-tab.png") });
  });

  it("prints every efisiensi so that it is min(capaian s.d. TW, 100) − serapan thd RAK, from the columns beside it", async () => {
    const { rows, byName } = await readGrid(page, HEADER_ROW);
    let checked = 0;
    for (const r of rows.keys()) {
      if (r <= HEADER_ROW) continue;
      const row = byName(r);
      const efisiensi = shownNumber(row["Efisiensi thd RAK s.d. TW II"]);
      const capaian = shownNumber(row["Capaian s.d. TW II (%)"]);
      const serapan = shownNumber(row["Serapan thd RAK s.d. TW II (%)"]);
      if (efisiensi === null) {
        // Blank below 100 % capaian (LKjIP method), never a number computed from elsewhere.
        if (capaian !== null && serapan !== null) expect(capaian).toBeLessThan(100);
        continue;
      }
      expect(capaian).not.toBeNull();
      expect(serapan).not.toBeNull();
      // Each printed figure is rounded to 2 decimals: the difference stays within rounding.
      expect(
        Math.abs(efisiensi - (Math.min(capaian as number, 100) - (serapan as number))),
      ).toBeLessThanOrEqual(0.011);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it("summarises per bidang: the counts per kriteria equal the evaluation rows, with a chart", async () => {
    const evaluasi = await readGrid(page, HEADER_ROW);
    // Count the kriteria per bidang block (a "BIDANG: …" row starts each block).
    const counted = new Map<string, Map<string, number>>();
    let bidang = "";
    for (const r of [...evaluasi.rows.keys()].sort((a, b) => a - b)) {
      if (r <= HEADER_ROW) continue;
      const row = evaluasi.byName(r);
      const group = /^BIDANG: (.+)$/.exec(row["Sasaran / Program / Kegiatan / Sub Kegiatan"]);
      if (group) {
        bidang = group[1];
        counted.set(bidang, new Map());
      } else if (row.Indikator && bidang) {
        const m = counted.get(bidang) as Map<string, number>;
        m.set(row.Kriteria, (m.get(row.Kriteria) ?? 0) + 1);
      }
    }
    await local.openTab(RINGKASAN);
    const summary = await readGrid(page, HEADER_ROW);
    const labels = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];
    expect(counted.size).toBe(4);
    for (const [name, counts] of counted) {
      const r = [...summary.rows.keys()].find((x) => summary.byName(x).Bidang === name) as number;
      const row = summary.byName(r);
      for (const label of labels)
        expect(`${name} ${label} ${row[label]}`).toBe(`${name} ${label} ${counts.get(label) ?? 0}`);
      expect(row["Tanpa target s.d. TW II (–)"]).toBe(String(counts.get("–") ?? 0));
      expect(row["Realisasi s.d. TW II belum diisi"]).toBe(String(counts.get("belum diisi") ?? 0));
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      expect(row["Jumlah indikator"]).toBe(String(total));
    }
    const chart = page.locator("figure.chart");
    await expect.poll(() => chart.getAttribute("aria-label")).toBe("Kriteria capaian s.d. TW II per bidang");
    // One bar segment per non-zero count.
    const segments = [...counted.values()].reduce((n, m) => n + [...m.values()].filter(Boolean).length, 0);
    // Plus one legend swatch per band, "–" and "belum diisi".
    expect(await chart.locator("rect[fill]").count()).toBe(segments + labels.length + 2);
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: join(results, "ringkasan-grafik.png") });
  });

  it("computes a formula typed with ';' and a decimal comma", async () => {
    await local.openTab(RINGKASAN);
    const last = (await page.locator("#grid thead th").last().textContent()) ?? "";
    await local.type(`${last}1`, "=CAPAIAN(63,57; 61,68)");
    await local.textOf(local.cell(`${last}1`)).toMatch(/^97,0268994/);
    await local.type(`${last}2`, "=SUM(1,5; 2,5)");
    await local.textOf(local.cell(`${last}2`)).toBe("4");
  });
  it("groups repeated findings per tab, expandable, with the suggestion under each", async () => {
    await local.panel.locator("#tw").selectOption("4");
    await local.panel.locator("#check").click();
    const group = local.panel
      .locator("#findings details.item")
      .filter({ hasText: "12 temuan di tab Sekretariat" });
    await group.waitFor({ state: "visible" });
    await expect.poll(() => group.locator(".saran").first().isVisible()).toBe(false);
    await group.locator("summary").click();
    await local.textOf(group.locator(".saran")).toMatch(/^Saran: Isi realisasi triwulan tersebut/);
    expect(await group.locator("button.finding").count()).toBe(12);
    // A single finding shows its suggestion without hovering.
    const single = local.panel.locator("#findings div.item").first();
    await local.textOf(single.locator(".saran")).toMatch(/^Saran: /);
    await local.panel.locator("#findings").screenshot({ path: join(results, "temuan-grup.png") });
  });
});
