import { parseSifat } from "../../sifat";
import {
  annualReadings,
  byIndicator,
  cellOf,
  finding,
  fmt,
  type Loc,
  loc,
  type Member,
  norm,
  normSatuan,
  num,
  otherGroup,
  quote,
  same,
  show,
  similarity,
  where,
} from "../shared";
import type { Finding, PkRow, Rule } from "../types";

/** Below this a name is "not found"; above it, found but spelt differently (reported, not compared). */
const SIMILAR = 0.8;

/**
 * Every indicator of the Perjanjian Kinerja is in the Rencana Aksi with the same target and satuan.
 * Targets compare with the Renaksi's Target Tahunan or, when it only has TW targets, with what they
 * add up to by sifat. When tabs disagree among themselves, one agreeing tab is enough here (lintas-tab
 * reports the others).
 */
export const pkRenaksi: Rule = {
  id: "pk-renaksi",
  severity: "error",
  title: "Indikator PK tidak sesuai Rencana Aksi",
  run(ctx) {
    const pk = ctx.pk;
    if (!pk || ctx.plans.length === 0) return [];
    const out: Finding[] = [];
    const byName = byIndicator(ctx.plans);
    const at = (row: PkRow, col: number | undefined): Loc =>
      loc(pk.tab, row.row, col ?? pk.columns.indikator);
    for (const row of pk.rows) {
      const key = norm(row.indikator);
      if (!key) continue;
      let members = byName.get(key);
      const exact = !!members;
      const name = quote(row.indikator);
      if (!members) {
        let best: { name: string; score: number } | null = null;
        for (const other of byName.keys()) {
          if (Math.abs(other.length - key.length) > key.length * 0.3 || otherGroup(key, other)) continue;
          const score = similarity(key, other);
          if (score >= SIMILAR && (!best || score > best.score)) best = { name: other, score };
        }
        if (!best) {
          // In a tab that could not be read: said so, not "tidak ada".
          const tab = ctx.unread?.[key];
          out.push(
            finding(
              pkRenaksi,
              at(row, pk.columns.indikator),
              `Indikator PK ${name} ${tab ? `ada di tab '${tab}', yang tidak terbaca, jadi belum dapat dicocokkan dengan Rencana Aksi` : "tidak ada di Rencana Aksi mana pun"}.`,
              tab
                ? `Pilih kolom Indikator tab '${tab}' di Cara dibaca agar tab itu ikut diperiksa.`
                : "Tambahkan indikator ini ke Rencana Aksi bidang penanggung jawabnya, dengan target dan satuan yang sama dengan PK.",
              [],
              tab ? "warning" : "error",
            ),
          );
          continue;
        }
        // A near-identical name (a typo, one word): reported, and its satuan and target compared below.
        members = byName.get(best.name) as Member[];
        const near = members[0];
        out.push(
          finding(
            pkRenaksi,
            at(row, pk.columns.indikator),
            `Indikator PK ${name} tidak ditemukan persis di Rencana Aksi; yang paling mirip ${quote(near.pr.indikator)} di ${where(cellOf(near.plan, near.pr, "indikator"))}.`,
            "Samakan penulisan nama indikator di PK dan Rencana Aksi.",
            [cellOf(near.plan, near.pr, "indikator")],
            "warning",
          ),
        );
      }
      // Satuan: any tab writing the same satuan is enough.
      const satuan = normSatuan(row.satuan);
      const satuans = members.filter((m) => normSatuan(m.pr.satuan));
      if (satuan && satuans.length > 0 && !satuans.some((m) => normSatuan(m.pr.satuan) === satuan)) {
        const m = satuans[0];
        out.push(
          finding(
            pkRenaksi,
            at(row, pk.columns.satuan),
            `Satuan indikator PK ${name} ${quote(row.satuan)} berbeda dengan ${quote(m.pr.satuan)} di Rencana Aksi (${where(cellOf(m.plan, m.pr, "satuan"))}).`,
            "Samakan satuan di Rencana Aksi dengan Perjanjian Kinerja.",
            [cellOf(m.plan, m.pr, "satuan")],
            "warning",
          ),
        );
      }
      // Target: a number compares with every reading of the Renaksi target, a word (WTP, Zona Hijau) as text.
      const target = num(row.target);
      const readings = members.map((m) => ({ m, values: annualReadings(m.pr, parseSifat(m.pr.sifat)) }));
      const stated = readings.filter((r) => r.values.length > 0 || norm(r.m.pr.targetTahunan));
      if (stated.length === 0 || (target === null && !norm(row.target))) continue;
      const agrees = stated.some((r) =>
        target !== null
          ? r.values.some((v) => same(v, target))
          : norm(r.m.pr.targetTahunan) === norm(row.target),
      );
      if (agrees) continue;
      const m = stated[0].m;
      const lastTw = ([4, 3, 2, 1] as const).find((t) => num(m.pr.targetTw[t - 1]) !== null) ?? 4;
      const field =
        num(m.pr.targetTahunan) !== null || target === null
          ? "targetTahunan"
          : (`targetTw${lastTw}` as const);
      const theirs =
        stated[0].values.length > 0 ? stated[0].values.map(fmt).join(" / ") : show(m.pr.targetTahunan);
      out.push(
        finding(
          pkRenaksi,
          at(row, pk.columns.target),
          `Target PK indikator ${name} ${show(row.target)} tidak sama dengan target Rencana Aksi ${theirs} (${where(cellOf(m.plan, m.pr, field))}).`,
          "Samakan target Rencana Aksi dengan Perjanjian Kinerja yang ditandatangani (atau sebaliknya bila PK yang salah ketik).",
          [cellOf(m.plan, m.pr, field)],
          // Against a near-identical name: only if it is the same indicator.
          exact ? "error" : "warning",
        ),
      );
    }
    return out;
  },
};
