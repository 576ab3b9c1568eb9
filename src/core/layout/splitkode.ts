/**
 * A kode split over adjacent columns under "Kode" or headed with the Permendagri 90 level words
 * (Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan: 1 | 03 | 02 | 2.01 | 0011) is one kode
 * field, its parts joined with "." in order ("1.03.02.2.01.0011"; a program row: "1.03.02"). The columns
 * are then not names. A column a person corrected is not taken into a split kode; the columns a person
 * said are "Kode (bagian)" are the kode, whatever their headers.
 */

import { columnLetter } from "../a1";
import type { CellValue } from "../cells";
import type { Header } from "./types";
import { normaliseHeader, text } from "./vocabulary";

const PART = /^\d{1,4}(\.\d{1,4})?$/;
/** A level's header, or "Kode" (a split kode's header repeated on a later page). */
const LEVEL = /^kode$|^(kode )?(urusan|bidang urusan|program|kegiatan|sub ?kegiatan)$/;

/**
 * The columns of a split kode (their fields and names taken away from `h`), or null. `given`: the
 * columns a person said are its parts, which are the kode, in column order.
 */
export function splitKode(
  h: Header,
  values: CellValue[][],
  dataStart: number,
  given?: number[],
): number[] | null {
  const ind = h.blocks.map((b) => b.cols.indikator).filter((c) => c !== undefined);
  const data = values.slice(dataStart).filter((r) => ind.some((c) => text(r[c] ?? "")));
  const note = (c: number) => h.notes.find((n) => n.col === c);
  // A header repeated at the top of a later page is no part.
  const parts = (c: number) =>
    data.map((r) => text(r[c] ?? "")).filter((v) => v && !LEVEL.test(normaliseHeader(v)));
  const codeCol = (c: number) => {
    const n = note(c);
    const p = (n?.header ?? "").split(" / ").map(normaliseHeader);
    return (
      !!n &&
      !n.corrected &&
      (p.includes("kode") || LEVEL.test(p[p.length - 1])) &&
      parts(c).every((x) => PART.test(x))
    );
  };
  const mark = (run: number[]) => {
    for (const b of [...h.blocks.map((x) => x.cols), h.shared])
      for (const [f, col] of Object.entries(b))
        if (run.includes(col as number)) delete b[f as keyof typeof b];
    run.forEach((col, i) => {
      h.fields[col] = null;
      Object.assign(note(col) ?? {}, {
        role: `Kode (bagian ${i + 1} dari ${run.length})`,
        unsure: false,
        doubt: "",
        evidence: "",
      });
    });
    return run;
  };
  // A person who said "Kode" of a column holding one value on every row: probably a split kode's first part.
  for (const n of h.notes) {
    if (!n.corrected || h.fields[n.col] !== "kode") continue;
    const v = parts(n.col);
    if (v.length > 1 && new Set(v).size === 1 && PART.test(v[0]))
      h.fixNotes.push(
        `Kolom ${columnLetter(n.col + 1)} berisi "${v[0]}" di semua baris: tampaknya bagian kode yang dipecah; bila begitu, pilih "otomatis" atau "Kode (bagian)" di Cara dibaca.`,
      );
  }
  const mine = given?.filter((c) => c < h.fields.length).sort((a, b) => a - b);
  if (mine?.length) return mark(mine);
  // A person's "Kode" column is the kode.
  if (h.notes.some((n) => n.corrected && h.fields[n.col] === "kode")) return null;
  for (let c = 0; c < h.fields.length; c++) {
    const head = normaliseHeader(note(c)?.header ?? "");
    if (!/\bkode\b|urusan/.test(head) || !codeCol(c) || !parts(c).length) continue;
    const run = [c];
    while (run.length < 6 && codeCol(c + run.length)) run.push(c + run.length);
    return run.length < 3 ? null : mark(run);
  }
  return null;
}
