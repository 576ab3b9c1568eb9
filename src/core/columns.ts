import { type PlanField, ROMAN, twFields } from "./plan";

/** How the template formats and validates a column. */
export type ColumnKind = "text" | "number" | "rupiah" | "polaritas" | "sifat";

export interface TemplateColumn {
  field: PlanField;
  /** Header text exactly as the user reads it in the template tab. */
  header: string;
  /** Column width in pixels. */
  width: number;
  kind: ColumnKind;
}

const column = (field: PlanField, header: string, width: number, kind: ColumnKind): TemplateColumn => ({
  field,
  header,
  width,
  kind,
});

function perTw(
  prefix: "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw",
  header: string,
  width: number,
  kind: ColumnKind,
): TemplateColumn[] {
  return twFields(prefix).map((field, i) => column(field, `${header} TW ${ROMAN[i]}`, width, kind));
}

/** The columns of the Rencana Aksi template tab the add-on builds for each bidang, in order. */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  column("no", "No", 40, "text"),
  column("kode", "Kode", 130, "text"),
  column("sasaran", "Sasaran", 200, "text"),
  column("uraian", "Program / Kegiatan / Sub Kegiatan", 260, "text"),
  column("indikator", "Indikator", 260, "text"),
  column("satuan", "Satuan", 80, "text"),
  column("polaritas", "Polaritas", 90, "polaritas"),
  column("sifat", "Sifat Target", 100, "sifat"),
  column("targetTahunan", "Target Tahunan", 90, "number"),
  ...perTw("targetTw", "Target", 80, "number"),
  column("pagu", "Pagu", 130, "rupiah"),
  ...perTw("rakTw", "Anggaran (RAK)", 120, "rupiah"),
  ...perTw("realisasiTw", "Realisasi", 80, "number"),
  ...perTw("realisasiAnggaranTw", "Realisasi Anggaran", 120, "rupiah"),
  column("penanggungJawab", "Penanggung Jawab", 160, "text"),
];

/**
 * What a header cell can mean once normalised (see `normaliseHeader`) and stripped of its TW number.
 * Leaf fields map straight to a PlanField; the TW families (`target`, `realisasi`, `realisasiAnggaran`,
 * `anggaran`) take their TW from the same cell or from the header cells above/below it.
 */
export type HeaderWord =
  | "no"
  | "kode"
  | "sasaran"
  | "program"
  | "kegiatan"
  | "subkegiatan"
  | "uraian"
  | "indikator"
  | "satuan"
  | "polaritas"
  | "sifat"
  | "penanggungJawab"
  | "keterangan"
  | "capaian"
  /** Kriteria / predikat printed beside the capaian. */
  | "kriteria"
  /** "Keuangan" / "Rp" under a target or realisasi: its budget side. */
  | "keuangan"
  | "pagu"
  /** Target: annual when no TW applies, else targetTw1…4. */
  | "target"
  | "realisasi"
  | "realisasiAnggaran"
  /** Budget: pagu when no TW applies ("JUMLAH" under "ANGGARAN"), else rakTw1…4. */
  | "anggaran";

/**
 * Normalised header words for each meaning; the longest match wins ("sifat indikator" before "sifat").
 * A longer header starting with a word of ../layout/vocabulary.ts PREFIXABLE is read by it ("Indikator
 * Kinerja Utama", "Target Tahunan", "Kode Rekening"): only headers read otherwise are listed.
 * Written as the reading compares them: without the noise words it drops ("rp", a year, "s.d.") and
 * with short forms spelled out ("Rlsi Ang." is "realisasi anggaran", ../layout/vocabulary.ts).
 */
export const FIELD_SYNONYMS: Readonly<Record<HeaderWord, readonly string[]>> = {
  no: ["no", "no urut", "nomor", "nomor urut"],
  kode: ["kode"],
  sasaran: ["sasaran"],
  program: ["program"],
  kegiatan: ["kegiatan"],
  subkegiatan: ["sub kegiatan", "subkegiatan"],
  uraian: [
    "uraian",
    "program kegiatan",
    "program kegiatan sub kegiatan",
    "program kegiatan subkegiatan",
    "uraian program kegiatan",
    "uraian program kegiatan sub kegiatan",
    // One column for every level (trial 8 #6): each row's level from its kode.
    "sasaran program kegiatan sub kegiatan",
    "uraian kegiatan",
    "nama program kegiatan",
  ],
  indikator: [
    "indikator",
    "uraian indikator",
    "iku",
    "ikk",
    "ikd",
    // The DPA/RKA word for the indicator ("Tolok Ukur Kinerja"), and as often misspelt.
    "tolok ukur",
    "tolak ukur",
  ],
  satuan: ["satuan", "sat"],
  polaritas: ["polaritas", "sifat indikator", "polarisasi"],
  sifat: ["sifat", "jenis target"],
  penanggungJawab: [
    "penanggung jawab",
    "penanggungjawab",
    "pj",
    "pelaksana",
    "pic",
    // The DPA's Pejabat Pelaksana Teknis Kegiatan.
    "pptk",
    "pejabat pelaksana",
    "unit penanggung jawab",
    "unit pd penanggung jawab",
    "unit perangkat daerah penanggung jawab",
  ],
  keterangan: ["ket", "keterangan"],
  capaian: [
    "capaian",
    "%",
    "persentase capaian",
    "persen",
    "tingkat capaian",
    "persentase",
    "persentase realisasi",
  ],
  kriteria: ["kriteria", "kriteri penilaian", "predikat", "predikat capaian", "kategori"],
  keuangan: ["keuangan"],
  pagu: ["pagu", "jumlah anggaran", "anggaran tahunan"],
  // "Vol." beside "Sat.": the DPA's volume is the target (trial 8 #25).
  target: ["target", "rencana aksi", "rencana capaian", "volume", "sasaran volume"],
  realisasi: ["realisasi", "progres fisik"],
  realisasiAnggaran: [
    "realisasi anggaran",
    "realisasi keuangan",
    "realisasi belanja",
    "serapan anggaran",
    "realisasi dana",
    "realisasi penyerapan anggaran",
  ],
  anggaran: [
    "anggaran",
    "rak",
    "target anggaran kas",
    "rencana anggaran kas",
    "jumlah",
    "dana",
    "penarikan dana",
    "rencana penarikan",
  ],
};

const EXTRA_HEADERS: Partial<Record<PlanField, string>> = {
  program: "Program",
  kegiatan: "Kegiatan",
  subkegiatan: "Sub Kegiatan",
  capaian: "Capaian (%)",
  realisasiTahunan: "Realisasi Tahunan",
  kriteria: "Kriteria",
  keterangan: "Keterangan",
  // Figures to date ("Realisasi s.d. TW II"), a meaning of an office's own columns.
  ...Object.fromEntries(
    ROMAN.flatMap((r, i) => [
      [`realisasiSdTw${i + 1}`, `Realisasi s.d. TW ${r}`],
      [`realisasiAnggaranSdTw${i + 1}`, `Realisasi Anggaran s.d. TW ${r}`],
      [`capaianTw${i + 1}`, `Capaian (%) TW ${r}`],
    ]),
  ),
};

/** The template's header text for a field (a plain Indonesian name for fields the template lacks). */
export function fieldHeader(field: PlanField): string {
  return TEMPLATE_COLUMNS.find((c) => c.field === field)?.header ?? EXTRA_HEADERS[field] ?? field;
}

/** A per-TW field's header without its TW ("Target TW I" → "Target"); other headers as they are. */
export function familyHeader(field: PlanField): string {
  return fieldHeader(field).replace(/ TW I$/, "");
}
