import { cellOf, finding, LEVEL_NAME, type Loc, normName, quote, readKode, where } from "../shared";
import type { Finding, Rule } from "../types";

/**
 * Kode well-formed (urusan 2.07, program 2.07.01, kegiatan 2.07.01.2.01, sub kegiatan
 * 2.07.01.2.01.0001; "X.XX" for programs shared by all urusan) and unique within a tab: one kode,
 * one name. One name under two kodes is a warning (a copied row whose name was not changed, as the
 * LKjIP's "Program Perencanaan Kawasan Transmigrasi" on both 3.32.02 and 3.32.04).
 */
export const kode: Rule = {
  id: "kode",
  severity: "error",
  title: "Kode program/kegiatan salah atau ganda",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const reported = new Set<string>();
      const byKode = new Map<string, { name: string; text: string; at: Loc }>();
      const byName = new Map<string, { kode: string; at: Loc }>();
      for (const pr of plan.table.rows) {
        const k = readKode(pr.kode);
        if (!k) continue;
        const at = cellOf(plan, pr, "kode");
        if (!k.wellFormed) {
          if (reported.has(k.text)) continue;
          reported.add(k.text);
          const hint =
            k.canonical && readKode(k.canonical)?.wellFormed ? `; mungkin maksudnya ${k.canonical}` : "";
          out.push(
            finding(
              kode,
              at,
              `Kode ${quote(k.text)} tidak sesuai format nomenklatur (program 2.07.01, kegiatan 2.07.01.2.01, sub kegiatan 2.07.01.2.01.0001)${hint}.`,
              "Salin kode persis dari DPA/SIPD, lengkap dengan titik pemisahnya.",
            ),
          );
        }
        const key = k.canonical ?? k.text;
        const name = normName(pr.uraian);
        if (!name) continue;
        const first = byKode.get(key);
        if (!first) byKode.set(key, { name, text: k.text, at });
        else if (first.name !== name && !reported.has(`dup:${key}`)) {
          reported.add(`dup:${key}`);
          out.push(
            finding(
              kode,
              at,
              `Kode ${quote(k.text)} dipakai untuk dua nama berbeda: ${quote(pr.uraian)} dan baris ${where(first.at)}.`,
              "Setiap program, kegiatan, dan sub kegiatan harus punya kode sendiri; periksa kode yang tersalin.",
              [first.at],
            ),
          );
        }
        const level = k.level && k.level !== "urusan" ? k.level : null;
        if (!level) continue;
        const nameKey = `${level}:${name}`;
        const sameName = byName.get(nameKey);
        if (!sameName) byName.set(nameKey, { kode: key, at });
        else if (sameName.kode !== key && !reported.has(`name:${nameKey}`)) {
          reported.add(`name:${nameKey}`);
          out.push(
            finding(
              kode,
              at,
              `Nama ${LEVEL_NAME[level]} ${quote(pr.uraian)} dipakai untuk dua kode: ${sameName.kode} (${sameName.at.cell}) dan ${key}.`,
              "Periksa apakah nama baris ini lupa diganti setelah disalin, atau kodenya yang salah.",
              [sameName.at],
              "warning",
            ),
          );
        }
      }
    }
    return out;
  },
};
