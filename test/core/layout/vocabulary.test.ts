import { describe, expect, it } from "vitest";
import { FIELD_SYNONYMS } from "../../../src/core/columns";
import {
  ABBREVIATIONS,
  classifyHeaderCell,
  matchWord,
  monthOf,
  normaliseHeader,
  splitTw,
  twLabel,
} from "../../../src/core/layout/vocabulary";

describe("header words", () => {
  it.each([
    ["Realisasi TW II", "realisasi", 2],
    ["TR III", "", 3],
    ["Trw. IV", "", 4],
    ["TW-I", "", 1],
    ["Q2", "", 2],
    ["Tri Aaa", "tri aaa", null],
    ["Qiv Data", "qiv data", null],
    ["Target 2024 (%)", "target %", null],
    ["Pagu Anggaran (Rp)", "pagu anggaran", null],
    // Trial 7 #24 (Bappeda): a Roman numeral after a per-TW word; a lone "Rls I" is TW I, not the year's.
    ["Trg I", "trg", 1],
    ["Rls Keu II", "rls keu", 2],
    ["Rls I", "rls", 1],
    ["Total Eselon IV", "total eselon iv", null],
    ["Sasaran II", "sasaran ii", null],
  ])("%s splits into %s and TW %s", (cell, rest, tw) => {
    expect(splitTw(normaliseHeader(cell), false)).toEqual({ rest, tw });
  });

  it.each([
    ["indikator kinerja", "indikator"],
    ["indikator kinerja sasaran strategis", "indikator"],
    ["realisasi keuangan", "realisasiAnggaran"],
    ["rencana aksi per triwulan %", "target"],
    ["jumlah", "anggaran"],
    ["ikk", "indikator"],
    ["ikd", "indikator"],
    ["trg", "target"],
    ["rls keu", "realisasiAnggaran"],
    // Longer headers read by their first word, the longest first (no list needs them).
    ["indikator kinerja utama", "indikator"],
    ["uraian indikator kinerja", "indikator"],
    ["kode rekening", "kode"],
    ["sifat target", "sifat"],
    ["sifat indikator kinerja", "polaritas"],
    ["target tahunan", "target"],
    ["target anggaran kas triwulan", "anggaran"],
    ["rencana penarikan dana", "anggaran"],
    ["realisasi kinerja pada triwulan", "realisasi"],
    ["realisasi keuangan triwulan", "realisasiAnggaran"],
    ["persentase capaian kinerja", "capaian"],
    ["pagu indikatif", "pagu"],
    // Trial 8 #6: one column for every level is the uraian, each row's level read from its kode.
    ["sasaran program kegiatan sub kegiatan", "uraian"],
    ["jumlah asn yang digaji", null],
    ["program penunjang urusan", null],
    ["catatan", null],
    // The DPA/RKA words (trial 8 #13): the indicator under "Tolok Ukur Kinerja", the PPTK as penanggung jawab.
    ["tolok ukur kinerja", "indikator"],
    ["tolak ukur kinerja keluaran", "indikator"],
    ["pptk", "penanggungJawab"],
    // The DPA's volume beside its satuan is the target (trial 8 #25).
    ["vol", "target"],
    ["volume", "target"],
    ["vol target", "target"],
    ["sasaran vol", "target"],
    ["pejabat pelaksana teknis kegiatan", "penanggungJawab"],
  ])("%s names %s", (rest, word) => {
    expect(matchWord(rest)).toBe(word);
  });

  it.each([
    ["", "empty"],
    ["Indikator", "word"],
    ["TR II", "tw"],
    [2024, "year"],
    ["2024", "year"],
    [63.57, "other"],
    ["Catatan 12", "other"],
  ] as const)("the cell %s reads as %s", (cell, cls) => {
    expect(classifyHeaderCell(cell)).toBe(cls);
  });

  it.each([
    ["Triwulan II", 2],
    ["TriwulanI III", 3],
    ["TW 4", 4],
    ["Realisasi TW I", null],
    [3, null],
  ] as const)("the per-TW row label %s is TW %s", (cell, tw) => {
    expect(twLabel(cell)).toBe(tw);
  });
});

describe("month words (trial 8 #14)", () => {
  // Every way a monthly RPD's header is typed in Indonesian offices: one month vocabulary (BULAN).
  const SPELLINGS = [
    ["Jan", "Januari", "JAN."],
    ["Feb", "Peb", "Februari", "Pebruari"],
    ["Mar", "Mrt", "Maret"],
    ["Apr", "April"],
    ["Mei"],
    ["Jun", "Juni"],
    ["Jul", "Juli"],
    ["Agu", "Agt", "Ags", "Agst", "Agus", "Agustus"],
    ["Sep", "Sept", "Spt", "September"],
    ["Okt", "Oktober"],
    ["Nov", "Nop", "Nopember", "November"],
    ["Des", "Desember"],
  ];
  it.each(SPELLINGS.flatMap((list, month) => list.map((w) => [w, month] as const)))(
    "%s is month %i",
    (w, month) => {
      expect(monthOf(normaliseHeader(w))).toBe(month);
    },
  );
  it.each(["Jml RPD", "Desa", "Satuan", "Ket", "Ma", "Total", "Anggaran", "Fisik", "Sisa"])(
    "%s is no month",
    (w) => {
      expect(monthOf(normaliseHeader(w))).toBe(-1);
    },
  );
});

describe("the header word lists", () => {
  // A word is matched after the noise words are dropped and the short forms spelled out: one written
  // otherwise ("anggaran rp", "tgt") can never match, and only weighs on the server script.
  it("write every word as the reading compares it, each once", () => {
    for (const [word, list] of Object.entries(FIELD_SYNONYMS)) {
      expect(new Set(list).size, word).toBe(list.length);
      for (const synonym of list) {
        expect(splitTw(synonym, false).rest, synonym).toBe(synonym);
        expect(
          synonym.split(" ").filter((w) => w in ABBREVIATIONS),
          synonym,
        ).toEqual([]);
        expect(matchWord(synonym), synonym).toBe(word);
      }
    }
  });
});
