import { belumDiisiText, capaianOf, type IndicatorFigures } from "./report/figures";
import { num, pct, rupiah } from "./report/format";
import type { ReportDocument } from "./report/model";

/**
 * The report's document is built in the panel (the builders stay out of the server script every
 * custom-function call loads) from the figures the server computed; before the server writes it as
 * the report tab, this says which figure of the document is not the server's own. A figure in a
 * report is always the figure the evaluation tab shows: one computation, so a document doctored on
 * its way (a capaian 95,86 sent as 100,00) never lands in the tab.
 *
 * What a row may show is found by what it names: an indicator, a program, kegiatan or sub kegiatan
 * of the server's figures. Its figures (every cell right or centre aligned, and every cell that
 * reads as a number, the No column aside) must each be one of that subject's figures as the reports
 * print them (or a capaian the server derives from them: an earlier year's, the Renstra's); a row
 * naming nothing (a TOTAL) may show the sums of the table's program rows and their ratio. Charts
 * likewise: a bar of an indicator or a program is its figure, a bidang's kriteria counts are the
 * server's counts. Returns the cells that differ ("Tabel iku-2 baris 1: 100,00"), [] when none.
 */
export function foreignFigures(
  doc: ReportDocument,
  { figures, names }: { figures: IndicatorFigures[]; names: Record<string, string> },
): string[] {
  const bad: string[] = [];
  // By subject: the figures of each of its lines, as printed (texts) and as numbers (hundredths),
  // each line's made once whatever number of names it goes by.
  const bySubject = new Map<string, Set<string | number>[]>();
  const shown = (t: string) => t.replace(/^Rp ?|( ?%| \(\d{4}\))$/g, "");
  const has = (name: string, t: string | number) => !!bySubject.get(name)?.some((seen) => seen.has(t));
  for (const f of figures) {
    const seen = new Set<string | number>();
    const leaf = (v: unknown): void => {
      if (typeof v === "number")
        for (const t of [Math.round(v * 100), pct(v), rupiah(v), ...[0, 1, 2].map((d) => num(v, d))])
          seen.add(t);
      // A figure typed as text is printed without its "%" ("96,5%" → 96,5, ./report/format.ts figureText).
      else if (typeof v === "string") seen.add(v.trim()).add(shown(v.trim()));
      else if (v && typeof v === "object") for (const x of Object.values(v)) leaf(x);
    };
    leaf(f);
    leaf(belumDiisiText(f));
    const r = f.renstra;
    leaf([
      ...(f.tahunLain ?? []).map((y) => capaianOf(y.target, y.realisasi, f.row.polaritas)),
      r && r.targetAkhir !== ""
        ? capaianOf(r.targetAkhir, r.realisasiSd !== "" ? r.realisasiSd : f.realisasiSd, f.row.polaritas)
        : "",
    ]);
    for (const name of new Set([f.row.indikator, f.row.uraian, f.row.program, f.row.kegiatan])) {
      const lines = bySubject.get(name);
      if (lines) lines.push(seen);
      else if (name) bySubject.set(name, [seen]);
    }
  }
  // A sub kegiatan is numbered inside its name in the anggaran tables ("1 Identifikasi …", ./report/tables.ts).
  const named = (cells: string[]) =>
    cells
      .flatMap((t) => [t, t.replace(/ \(.*\)$/, ""), t.replace(/^\d+ /, "")])
      .filter((t) => bySubject.has(t));
  const number = /^-?[\d.]+(,\d+)?$/;
  const labels = doc.scale.bands.map((band) => band.label);
  for (const b of doc.blocks) {
    if (b.kind === "table") {
      const sums: number[][] = [];
      b.rows.forEach((r, i) => {
        const texts = r.cells.map((c) => c.text.trim());
        const subjects = named(texts);
        const at = (c: number) => `${b.caption || b.id} baris ${i + 1} kolom ${c + 1}: ${texts[c]}`;
        if (!subjects.length) {
          // A TOTAL: each column's sum over the program rows above it, or the ratio of two sums × 100.
          const totals = sums[0]?.map((_, c) => sums.reduce((a, row) => a + row[c], 0)) ?? [];
          const ok = new Set<string>();
          for (const t of totals) for (const u of totals) ok.add(pct((t / u) * 100)).add(rupiah(t));
          texts.forEach((t, c) => {
            if (c && (number.test(shown(t)) || labels.includes(t)) && !ok.has(shown(t))) bad.push(at(c));
          });
          return;
        }
        const allowed = (t: string) => subjects.some((s) => has(s, t));
        const own = (v: number) => subjects.some((s) => has(s, Math.round(v * 100)));
        r.cells.forEach(({ value }, c) => {
          const t = texts[c];
          const figure = number.test(shown(t)) || labels.includes(t);
          if (c && ((figure && !allowed(t) && !allowed(shown(t))) || (value !== undefined && !own(value))))
            bad.push(at(c));
        });
        // The figures behind the texts, each its subject's: what a TOTAL adds up.
        if (r.kind === "group") sums.push(r.cells.map((c) => c.value ?? 0));
      });
    } else if (b.kind === "chart") {
      b.series.forEach((s) => {
        b.categories.forEach((category, i) => {
          const v = s.values[i];
          if (v === null) return;
          // A bidang's bar: how many of its indicators have the kriteria (of the TW or the year).
          const own = figures.filter((f) => names[f.tab] === category);
          const count = (k: keyof IndicatorFigures) => own.filter((f) => f[k] === s.name).length;
          const ok = own.length
            ? labels.includes(s.name)
              ? v === count("kriteria") || v === count("kriteriaTahunan")
              : Number.isInteger(v) && v >= 0 && v <= own.length
            : named([category]).some((n) => has(n, Math.round(v * 100)));
          if (!ok) bad.push(`${b.title}: ${category} ${v}`);
        });
      });
      if (b.rule && b.rule.value !== 100) bad.push(`${b.title}: ${b.rule.value}`);
    }
  }
  return bad;
}
