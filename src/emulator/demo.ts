/**
 * The demo office for `npm start`: Dinas Transmigrasi dan Tenaga Kerja, Kabupaten Luwu Timur, 2024,
 * after the TW II realisasi was entered. Indicators, satuan, targets, pagu, RAK TW I and realisasi
 * TW I come from the reference documents (Rencana Aksi 2024 and LAKIP TW I 2024); TW II–IV RAK and the
 * TW II realisasi are plausible continuations. The tabs are made by the add-on's own "Buat kerangka"
 * use case, so they carry the template's formats, dropdowns and protections.
 *
 * Real errors of the documents are kept for the consistency check to find: the RAK TW II of the MoU
 * sub kegiatan typed 6.000.000 instead of 60.000.000, a RAK typed as text with comma thousands
 * ("89,335,000"), "Angka Sengketa …" (lower is better) marked positif, and one indicator text used
 * twice with two satuan. Where the demo keeps only some sub kegiatan of a kegiatan, the kegiatan's and
 * program's pagu, RAK and realisasi anggaran are the sum of the sub kegiatan shown.
 */
import type { CellValue, WriteCell } from "../app/port";
import { buildTemplate } from "../app/template";
import { TEMPLATE_COLUMNS } from "../core/columns";
import type { PlanField } from "../core/plan";
import { PK_TAB, SETTINGS_TAB } from "../core/settings";
import { emulatedPort } from "./session";
import { MemoryWorkbook } from "./workbook";

export const DEMO_OPD = "Dinas Transmigrasi dan Tenaga Kerja Kabupaten Luwu Timur";
export const DEMO_TAHUN = "2024";
export const DEMO_BIDANG = [
  "Sekretariat",
  "Bidang Transmigrasi",
  // "Naker" (tenaga kerja) keeps the name within the 31 characters an .xlsx tab name may have.
  "Bidang Pemberdayaan Naker",
  "Bidang Hubungan Industrial",
] as const;

type Row = Partial<Record<PlanField, CellValue>> & {
  /** Pagu, RAK and realisasi anggaran are the sum of the sub kegiatan under this kode. */
  rollUp?: true;
};
type Quad = [CellValue, CellValue, CellValue, CellValue];

const E = "";
const quad = (prefix: "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw", q: Quad): Row =>
  Object.fromEntries(q.map((v, i) => [`${prefix}${i + 1}`, v]));
/** Realisasi of TW I and TW II; TW III and IV not reported yet. */
const real = (tw1: CellValue, tw2: CellValue): Row => quad("realisasiTw", [tw1, tw2, E, E]);
const spent = (tw1: CellValue, tw2: CellValue): Row => quad("realisasiAnggaranTw", [tw1, tw2, E, E]);
const rak = (q: Quad): Row => quad("rakTw", q);
const target = (q: Quad): Row => quad("targetTw", q);

// ------------------------------------------------------------------------------------------ Sekretariat

const PJ_SEKRETARIS = "Sekretaris";
const PJ_KEUANGAN = "Kasubag Keuangan";
const PJ_UMUM = "Kasubag Umum dan Kepegawaian";

const SEKRETARIAT: Row[] = [
  {
    no: 1,
    sasaran: "Meningkatnya Kualitas dan pencapaian Kinerja Penyelenggaraan Urusan Perangkat Daerah",
    indikator: "Nilai SAKIP",
    satuan: "Nilai",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 78.85,
    ...target([E, E, E, 78.85]),
    penanggungJawab: "Kepala Dinas",
  },
  {
    no: 2,
    kode: "2.07.01",
    uraian: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    indikator: "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar",
    satuan: "%",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 95,
    ...target([0, 0, 0, 95]),
    ...real(0, 0),
    rollUp: true,
    penanggungJawab: PJ_SEKRETARIS,
  },
  {
    kode: "2.07.01.2.02",
    uraian: "Kegiatan Administrasi Keuangan Perangkat Daerah",
    indikator: "Persentase administrasi keuangan yang terselenggara dengan baik",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 100,
    ...target([100, 100, 100, 100]),
    ...real(100, 100),
    rollUp: true,
    penanggungJawab: PJ_KEUANGAN,
  },
  {
    kode: "2.07.01.2.02.0001",
    uraian: "Penyediaan Gaji dan Tunjangan ASN",
    indikator: "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
    satuan: "Orang",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 25,
    ...target([25, 25, 25, 25]),
    pagu: 3_701_398_372,
    ...rak([1_654_554_625, 682_281_249, 682_281_249, 682_281_249]),
    ...real(25, 25),
    ...spent(536_895_878, 612_450_300),
    penanggungJawab: PJ_KEUANGAN,
  },
  {
    kode: "2.07.01.2.02.0005",
    uraian: "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
    indikator: "Jumlah dokumen laporan keuangan bulanan/triwulanan/semesteran SKPD yang disusun Tepat Waktu",
    satuan: "Laporan",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 19,
    ...target([6, 4, 4, 5]),
    pagu: 68_037_720,
    ...rak([25_323_520, 14_238_000, 14_238_000, 14_238_200]),
    ...real(6, 4),
    ...spent(10_245_000, 12_870_000),
    penanggungJawab: PJ_KEUANGAN,
  },
  {
    kode: "2.07.01.2.06",
    uraian: "Kegiatan Administrasi Umum Perangkat Daerah",
    indikator: "Persentase Rata-Rata Capaian Kinerja administrasi umum PD",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 100,
    ...target([100, 100, 100, 100]),
    ...real(91.75, 94.2),
    rollUp: true,
    penanggungJawab: PJ_UMUM,
  },
  {
    kode: "2.07.01.2.06.0009",
    uraian: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti",
    satuan: "Kali",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 60,
    ...target([18, 10, 20, 12]),
    pagu: 321_104_400,
    ...rak([109_500_000, 70_534_800, 70_534_800, 70_534_800]),
    ...real(13, 9),
    ...spent(68_384_810, 74_215_600),
    penanggungJawab: PJ_UMUM,
  },
  {
    // A second indicator of the same sub kegiatan (its name cell is left blank, as in the document).
    indikator: "Jumlah kunjungan kerja dalam daerah yang dilaksanakan",
    satuan: "Kali",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 170,
    ...target([40, 40, 50, 40]),
    ...real(28, 35),
    penanggungJawab: PJ_UMUM,
  },
  {
    kode: "2.07.01.2.08",
    uraian: "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    indikator: "Persentase layanan jasa penunjang urusan pemerintahan daerah yang terpenuhi",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 100,
    ...target([100, 100, 100, 100]),
    ...real(100, 100),
    rollUp: true,
    penanggungJawab: PJ_UMUM,
  },
  {
    kode: "2.07.01.2.08.0001",
    uraian: "Penyediaan Jasa Surat Menyurat",
    indikator: "Jumlah surat masuk dan surat keluar yang diadministrasikan",
    satuan: "Surat",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 1250,
    ...target([312, 312, 313, 313]),
    pagu: 17_662_652,
    ...rak([4_800_000, 4_287_550, 4_287_550, 4_287_552]),
    ...real(327, 298),
    ...spent(2_000_000, 3_950_000),
    penanggungJawab: PJ_UMUM,
  },
  {
    kode: "2.07.01.2.08.0002",
    uraian: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    indikator: "Jumlah laporan penyediaan jasa komunikasi, sumber daya air dan listrik yang disediakan",
    satuan: "Laporan",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 12,
    ...target([3, 3, 3, 3]),
    pagu: 60_000_000,
    ...rak([18_000_000, 14_000_000, 14_000_000, 14_000_000]),
    ...real(3, 3),
    ...spent(12_217_981, 13_402_115),
    penanggungJawab: PJ_UMUM,
  },
  {
    kode: "2.07.01.2.08.0003",
    uraian: "Penyediaan Jasa Pelayanan Umum Kantor",
    indikator: "Jumlah laporan penyediaan jasa pelayanan umum kantor yang disediakan",
    satuan: "Laporan",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 12,
    ...target([3, 3, 3, 3]),
    pagu: 78_900_000,
    ...rak([19_725_000, 19_725_000, 19_725_000, 19_725_000]),
    ...real(3, 3),
    ...spent(12_000_000, 18_400_000),
    penanggungJawab: PJ_UMUM,
  },
];

// ---------------------------------------------------------------------------------- Bidang Transmigrasi

const PJ_PENYIAPAN = "Kepala Bidang Penyiapan Kawasan dan Pembangunan Permukiman Transmigrasi";
const PJ_PENGEMBANGAN = "Kepala Bidang Pengembangan Kawasan Transmigrasi";

const TRANSMIGRASI: Row[] = [
  {
    no: 1,
    sasaran: "Meningkatnya Pengembangan dan Kemandirian Warga Transmigran",
    indikator: "Persentase Warga Transmigran Mandiri",
    satuan: "%",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 63.57,
    ...target([E, E, E, 63.57]),
    // Still the 2023 figure: the office surveys the transmigrants in TW IV (LAKIP TW I).
    ...real(61.68, 61.68),
    penanggungJawab: "Kepala Dinas",
  },
  {
    no: 2,
    kode: "3.32.02",
    uraian: "Program Perencanaan Kawasan Transmigrasi",
    indikator: "Persentase Penetapan Kawasan Transmigrasi",
    satuan: "%",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 100,
    ...target([0, 0, 0, 100]),
    pagu: 82_476_650,
    ...rak([64_250_000, 18_226_650, 0, 0]),
    ...real(0, 0),
    ...spent(770_000, 53_960_000),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    kode: "3.32.02.2.01",
    uraian: "Kegiatan Pencadangan Tanah untuk Kawasan Transmigrasi",
    indikator: "Luas Kawasan Transmigrasi yang dicanangkan",
    satuan: "Ha",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 60,
    ...target([0, 0, 0, 60]),
    pagu: 82_476_650,
    ...rak([64_250_000, 18_226_650, 0, 0]),
    ...real(0, 0),
    ...spent(770_000, 53_960_000),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    kode: "3.32.02.2.01.0001",
    uraian: "Identifikasi Potensi Kawasan Transmigrasi",
    indikator: "Jumlah Kawasan Transmigrasi yang diidentifikasi",
    satuan: "Dokumen",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 1,
    ...target([0, 0, 0, 1]),
    pagu: 28_336_000,
    ...rak([16_750_000, 11_586_000, 0, 0]),
    ...real(0, 0),
    ...spent(770_000, 15_400_000),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    kode: "3.32.02.2.01.0002",
    uraian: "Penyediaan Tanah untuk Pembangunan Kawasan Transmigrasi",
    indikator: "Luas Penyediaan Lahan Pembangunan Kawasan Transmigrasi",
    satuan: "Ha",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 60,
    ...target([0, 0, 60, 0]),
    pagu: 54_140_650,
    ...rak([47_500_000, 6_640_650, 0, 0]),
    ...real(0, 0),
    ...spent(0, 38_560_000),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    no: 3,
    kode: "3.32.03",
    uraian: "Program Pembangunan Kawasan Transmigrasi",
    indikator: "Jumlah Luas Wilayah Transmigrasi yang di Bangun",
    satuan: "Ha",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 50,
    ...target([0, 0, 0, 50]),
    pagu: 332_641_350,
    ...rak([155_098_950, 100_000_000, 50_000_000, 27_542_400]),
    ...real(0, 0),
    ...spent(27_028_360, 49_990_000),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    kode: "3.32.03.2.01",
    uraian: "Kegiatan Penataan Persebaran Penduduk yang Berasal dari 1 (satu) Daerah Kabupaten/Kota",
    indikator: "Jumlah KK Warga transmigran yang ditempatkan",
    satuan: "KK",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 30,
    ...target([0, 0, 0, 30]),
    pagu: 332_641_350,
    ...rak([155_098_950, 100_000_000, 50_000_000, 27_542_400]),
    ...real(0, 0),
    ...spent(27_028_360, 49_990_000),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    kode: "3.32.03.2.01.0001",
    uraian:
      "Koordinasi dan Sinkronisasi Kerjasama Pembangunan Transmigrasi Yang Berasal Dari 1 (satu) Daerah Kabupaten/Kota",
    indikator: "Jumlah MoU yang direalisasikan",
    satuan: "Dokumen",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 3,
    ...target([0, 0, 0, 3]),
    pagu: 218_710_800,
    // As in the Rencana Aksi: TW II typed 6.000.000 instead of 60.000.000 (the split misses the pagu).
    ...rak([99_150_000, 6_000_000, 40_000_000, 19_560_800]),
    ...real(0, 0),
    ...spent(20_598_360, 41_250_000),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    kode: "3.32.03.2.01.0002",
    uraian: "Penyiapan Lingkungan Hunian Fisik, Sosial, Ekonomi bagi Penduduk Setempat dan Transmigran",
    indikator: "Jumlah Rumah Tangga Jamban Keluarga (RTJK) yang difasilitasi",
    satuan: "KK",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 30,
    ...target([0, 0, 0, 30]),
    pagu: 46_348_950,
    ...rak([25_368_950, 10_490_000, 10_490_000, 0]),
    ...real(0, 0),
    ...spent(930_000, 8_740_000),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    kode: "3.32.03.2.01.0003",
    uraian: "Pemindahan dan Penempatan Transmigran Yang Berasal Dari 1 (satu) Daerah Kabupaten/Kota",
    indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
    satuan: "Orang",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 150,
    ...target([0, 0, 0, 150]),
    pagu: 37_001_600,
    ...rak([0, 0, 37_001_600, 0]),
    ...real(0, 0),
    ...spent(0, 0),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    // Same indicator text as the row above with another satuan, as in the Rencana Aksi.
    kode: "3.32.03.2.01.0004",
    uraian: "Penyuluhan Transmigrasi",
    indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
    satuan: "KK",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 38,
    ...target([38, 0, 0, 0]),
    pagu: 30_580_000,
    ...rak([30_580_000, 0, 0, 0]),
    ...real(38, 0),
    ...spent(5_500_000, 0),
    penanggungJawab: PJ_PENYIAPAN,
  },
  {
    no: 4,
    kode: "3.32.04",
    uraian: "Program Pengembangan Kawasan Transmigrasi",
    indikator: "Persentase Masyarakat Transmigran yang dibina",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 100,
    ...target([100, 100, 100, 100]),
    pagu: 508_889_650,
    ...rak([66_436_572, 200_000_000, 200_000_000, 42_453_078]),
    ...real(100, 100),
    ...spent(10_045_000, 253_200_000),
    penanggungJawab: PJ_PENGEMBANGAN,
  },
  {
    kode: "3.32.04.2.01",
    uraian: "Kegiatan Pengembangan Satuan Permukiman pada Tahap Kemandirian",
    indikator: "Jumlah Satuan Permukiman yang dikembangkan",
    satuan: "Kawasan",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 1,
    ...target([1, 1, 1, 1]),
    pagu: 508_889_650,
    ...rak([66_436_572, 200_000_000, 200_000_000, 42_453_078]),
    ...real(1, 1),
    ...spent(10_045_000, 253_200_000),
    penanggungJawab: PJ_PENGEMBANGAN,
  },
  {
    kode: "3.32.04.2.01.0001",
    uraian:
      "Penguatan Infrastruktur Sosial, Ekonomi dan Kelembagaan dalam rangka Kemandirian Satuan Permukiman",
    indikator: "Jumlah Batas Lahan Transmigran yang diBangun",
    satuan: "Paket",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 2,
    ...target([0, 2, 0, 0]),
    pagu: 369_519_900,
    ...rak([33_577_400, 200_000_000, 100_000_000, 35_942_500]),
    ...real(0, 2),
    ...spent(6_045_000, 171_300_000),
    penanggungJawab: PJ_PENGEMBANGAN,
  },
  {
    kode: "3.32.04.2.01.0002",
    uraian: "Penguatan SDM dalam rangka Kemandirian Satuan Pemukiman",
    indikator: "Jumlah Transmigran yang dibina Usaha Ekonominya",
    satuan: "KK",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 92,
    ...target([0, 92, 0, 0]),
    pagu: 139_369_750,
    // Typed as text with comma thousands, as in the Rencana Aksi.
    ...rak([32_859_172, "89,335,000", 17_175_578, 0]),
    ...real(0, 85),
    ...spent(4_000_000, 81_900_000),
    penanggungJawab: PJ_PENGEMBANGAN,
  },
];

// --------------------------------------------------------------------- Bidang Pemberdayaan Tenaga Kerja

const PJ_PTK = "Kepala Bidang Pemberdayaan Ketenagakerjaan";

const TENAGA_KERJA: Row[] = [
  {
    no: 1,
    sasaran: "Meningkatnya Penyerapan Tenaga Kerja Baru",
    indikator: "Persentase Penyerapan Tenaga Kerja Baru",
    satuan: "%",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 23.5,
    ...target([E, E, E, 23.5]),
    // 625 then 1.012 placements against 8.521 unemployed (BPS, Agustus 2023).
    ...real(7.33, 11.88),
    penanggungJawab: "Kepala Dinas",
  },
  {
    no: 2,
    sasaran: "Menurunnya Pengangguran di Masyarakat",
    indikator: "Tingkat Pengangguran Terbuka",
    satuan: "%",
    polaritas: "negatif",
    sifat: "tetap",
    targetTahunan: 4.4,
    ...target([4.4, 4.4, 4.4, 4.4]),
    ...real(5.42, 4.05),
    penanggungJawab: "Kepala Dinas",
  },
  {
    no: 3,
    kode: "2.07.03",
    uraian: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
    indikator: "Besaran Tenaga Kerja yang Mendapatkan Pelatihan Berbasis Kompetensi",
    satuan: "%",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 75.75,
    ...target([0, 0, 0, 75.75]),
    ...real(0, 0),
    rollUp: true,
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.03.2.01",
    uraian: "Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
    indikator: "Jumlah Tenaga Kerja yang Mendapatkan Pelatihan Berbasis Kompetensi yang responsif Gender",
    satuan: "Orang",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 93,
    ...target([0, 0, 93, 0]),
    ...real(0, 0),
    rollUp: true,
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.03.2.01.0001",
    uraian:
      "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi",
    indikator: "Jumlah Calon Tenaga Kerja yang medapatkan Pendidikan dan Pelatihan kerjasama BLK",
    satuan: "Orang",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 93,
    ...target([0, 0, 93, 0]),
    pagu: 1_255_227_000,
    ...rak([66_645_000, 150_000_000, 900_000_000, 138_582_000]),
    ...real(0, 0),
    ...spent(2_000_000, 38_750_000),
    penanggungJawab: PJ_PTK,
  },
  {
    no: 4,
    kode: "2.07.04",
    uraian: "Program Penempatan Tenaga Kerja",
    indikator: "Besaran Pencari Kerja Terdaftar yang Ditempatkan",
    satuan: "%",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 29.01,
    ...target([E, E, E, 29.01]),
    ...real(14.06, 22.75),
    rollUp: true,
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.04.2.01",
    uraian: "Kegiatan Pelayanan Antarkerja di Daerah Kabupaten/Kota",
    indikator: "Jumlah Kesempatan Kerja/Penempatan Tenaga Kerja",
    satuan: "Orang",
    polaritas: "positif",
    sifat: "akhir",
    targetTahunan: 1290,
    ...target([E, E, E, 1290]),
    // LAKIP TW I: 625 of 1290 placements, capaian 48,45 %.
    ...real(625, 1012),
    rollUp: true,
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.04.2.01.0001",
    uraian: "Penyuluhan dan Bimbingan Jabatan bagi Pencari Kerja",
    indikator: "Jumlah Pencari Kerja yang Mendapat Penyuluhan dan Bimbingan Jabatan",
    satuan: "Orang",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 80,
    ...target([0, 0, 80, 0]),
    pagu: 60_528_550,
    ...rak([6_082_200, 12_150_000, 36_296_350, 6_000_000]),
    ...real(0, 0),
    ...spent(0, 9_875_000),
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.04.2.01.0002",
    uraian: "Perluasan Kesempatan Kerja",
    indikator: "Jumlah Calon Tenaga Kerja yang mendapatkan Pelatihan K3",
    satuan: "Orang",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 60,
    ...target([0, 0, 60, 0]),
    pagu: 185_729_800,
    ...rak([22_478_000, 61_250_000, 80_000_000, 22_001_800]),
    ...real(0, 0),
    ...spent(2_000_000, 47_380_000),
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.04.2.02",
    uraian: "Kegiatan Pengelolaan Informasi Pasar Kerja",
    indikator: "Persentase Informasi Lowongan Kerja yang disebarluaskan",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 100,
    ...target([100, 100, 100, 100]),
    ...real(100, 100),
    rollUp: true,
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.04.2.02.0001",
    uraian: "Pelayanan dan Penyediaan Informasi Pasar Kerja Online",
    indikator: "Jumlah Informasi Lowongan Kerja yang disebarluaskan",
    satuan: "Loker",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 120,
    ...target([30, 30, 30, 30]),
    pagu: 47_976_900,
    ...rak([11_857_000, 12_040_000, 12_040_000, 12_039_900]),
    ...real(34, 29),
    ...spent(2_000_000, 10_150_000),
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.04.2.03",
    uraian: "Kegiatan Pelindungan PMI (Pra dan Purna Penempatan) di Daerah Kabupaten/Kota",
    indikator:
      "Persentase Tenaga Kerja Indonesia Asal Kabupaten Luwu Timur yang Bermasalah yang Difasilitasi",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 100,
    ...target([100, 100, 100, 100]),
    ...real(100, 100),
    rollUp: true,
    penanggungJawab: PJ_PTK,
  },
  {
    kode: "2.07.04.2.03.0001",
    uraian:
      "Peningkatan Pelindungan dan Kompetensi Calon Pekerja Migran Indonesia (PMI)/Pekerja Migran Indonesia (PMI)",
    indikator: "Jumlah Tenaga Kerja Indonesia asal Kab. Luwu Timur yang bermasalah yang difasilitasi",
    satuan: "Orang",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 5,
    ...target([0, 0, 5, 0]),
    pagu: 67_995_900,
    ...rak([18_538_800, 16_485_700, 16_485_700, 16_485_700]),
    ...real(0, 0),
    ...spent(0, 14_200_000),
    penanggungJawab: PJ_PTK,
  },
];

// --------------------------------------------------------------------------- Bidang Hubungan Industrial

const PJ_HI = "Kepala Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja";

const HUBUNGAN_INDUSTRIAL: Row[] = [
  {
    no: 1,
    kode: "2.07.05",
    uraian: "Program Hubungan Industrial",
    // Lower is better, yet positif in the documents (kept: the check should say so).
    indikator: "Angka Sengketa Pengusaha Pekerja Pertahun",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 14.5,
    ...target([14.5, 14.5, 14.5, 14.5]),
    // 15 disputes of 150 registered companies in TW I (LAKIP), 19 by TW II.
    ...real(10, 12.67),
    rollUp: true,
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.01",
    uraian:
      "Kegiatan Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama untuk Perusahaan yang hanya Beroperasi dalam 1 (satu) Daerah Kabupaten/Kota",
    indikator: "Persentase Pekerja/Buruh Terdaftar Yang Menjadi Peserta Program Jamsostek",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 85,
    ...target([85, 85, 85, 85]),
    ...real(78.4, 80.15),
    rollUp: true,
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.01.0001",
    uraian: "Pengesahan Peraturan Perusahaan bagi Perusahaan",
    indikator: "Jumlah Perusahaan yang dibina dalam Pembuatan PP/PKB",
    satuan: "Perusahaan",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 20,
    ...target([5, 5, 5, 5]),
    pagu: 35_698_500,
    ...rak([8_108_500, 9_200_000, 9_200_000, 9_190_000]),
    ...real(6, 4),
    ...spent(2_000_000, 8_450_000),
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.01.0002",
    uraian:
      "Penyelenggaraan Pendataan dan Informasi Sarana Hubungan Industrial dan Jaminan Sosial Tenaga Kerja serta Pengupahan",
    indikator: "Jumlah Rancangan UMK yang ditetapkan",
    satuan: "Dokumen",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 1,
    ...target([0, 0, 0, 1]),
    pagu: 98_279_650,
    ...rak([14_193_900, 28_000_000, 28_000_000, 28_085_750]),
    ...real(0, 0),
    ...spent(2_625_000, 21_300_000),
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.02",
    uraian:
      "Kegiatan Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan di Daerah Kabupaten/Kota",
    indikator: "Persentase kasus perselisihan Hubungan Industrial yang difasilitasi dan dimediasi",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: 100,
    ...target([100, 100, 100, 100]),
    ...real(100, 100),
    rollUp: true,
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.02.0001",
    uraian:
      "Pencegahan Perselisihan Hubungan Industrial, Mogok Kerja, dan Penutupan Perusahaan yang Berakibat/Berdampak pada Kepentingan di 1 (satu) Daerah Kabupaten/Kota",
    indikator: "Angka Pencegahan Perselisihan Hubungan Industrial yang difasilitasi",
    satuan: "Kasus",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 4,
    ...target([1, 1, 1, 1]),
    pagu: 59_895_650,
    ...rak([11_765_650, 16_000_000, 16_000_000, 16_130_000]),
    ...real(0, 1),
    ...spent(0, 12_400_000),
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.02.0002",
    uraian:
      "Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja, dan Penutupan Perusahaan yang Berakibat/Berdampak pada Kepentingan di 1 (satu) Daerah Kabupaten/Kota",
    indikator: "Angka Sengketa Pengusaha dan Pekerja Pertahun yang difasilitasi dan di Mediasi",
    satuan: "Kasus",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 40,
    ...target([10, 10, 10, 10]),
    pagu: 129_262_400,
    ...rak([23_208_500, 35_351_300, 35_351_300, 35_351_300]),
    ...real(15, 4),
    ...spent(5_325_000, 27_900_000),
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.02.0003",
    uraian:
      "Penyelenggaraan Verifikasi dan Rekapitulasi Keanggotaan pada Organisasi Pengusaha, Federasi dan Konfederasi Serikat Pekerja/Serikat Buruh serta Non Afiliasi",
    indikator: "Jumlah Organisasi Pekerja/Pengusaha yang dibina",
    satuan: "OPP",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 12,
    ...target([3, 3, 3, 3]),
    pagu: 49_269_950,
    ...rak([9_080_000, 13_396_650, 13_396_650, 13_396_650]),
    ...real(3, 3),
    ...spent(2_000_000, 11_250_000),
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.02.0004",
    uraian: "Pelaksanaan Operasional Lembaga Kerjasama Tripartit Daerah Kabupaten/Kota",
    indikator: "Jumlah Rekomendasi yang dikeluarkan",
    satuan: "Rekomendasi",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 4,
    ...target([1, 1, 1, 1]),
    pagu: 85_669_850,
    ...rak([9_670_000, 25_333_283, 25_333_283, 25_333_284]),
    ...real(1, 1),
    ...spent(2_649_800, 19_870_000),
    penanggungJawab: PJ_HI,
  },
  {
    kode: "2.07.05.2.02.0005",
    uraian: "Pengembangan Pelaksanaan Jaminan Sosial Tenaga Kerja dan Fasilitas Kesejahteraan Pekerja",
    indikator: "Jumlah Perusahaan Yang Dibina",
    satuan: "Perusahaan",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 40,
    ...target([10, 10, 10, 10]),
    pagu: 75_124_800,
    ...rak([9_205_000, 21_973_267, 21_973_267, 21_973_266]),
    ...real(8, 12),
    ...spent(0, 15_600_000),
    penanggungJawab: PJ_HI,
  },
];

// ------------------------------------------------------------------------------------------------ PK

// biome-ignore format: one PK row per line reads like the document
const PK_ROWS: WriteCell[][] = [
  // Target and realisasi 2023 and the Renstra end target, as the LAKIP TW I prints them.
  [1, "Meningkatnya Pengembangan dan Kemandirian Warga Transmigran", "Persentase Warga Transmigran Mandiri", "%", 63.57, "positif", 62.77, 61.68, "", "", 65.52, 2026],
  [2, "Meningkatnya Penyerapan Tenaga Kerja Baru", "Persentase Penyerapan Tenaga Kerja Baru", "%", 23.5, "positif"],
  [3, "Menurunnya Pengangguran di Masyarakat", "Tingkat Pengangguran Terbuka", "%", 4.4, "negatif"],
  [4, "Meningkatnya Kualitas dan pencapaian Kinerja Penyelenggaraan Urusan Perangkat Daerah", "Nilai SAKIP", "Nilai", 78.85, "positif"],
  [5, "Terlaksananya Penetapan Kawasan Transmigrasi", "Persentase Penetapan Kawasan Transmigrasi", "%", 100, "positif"],
  [6, "Terlaksananya Pembangunan Kawasan Transmigrasi", "Jumlah Luas Wilayah Transmigrasi yang di Bangun", "Ha", 50, "positif"],
  [7, "Terlaksananya Pengembangan Kawasan serta Pembinaan Masyarakat Transmigran", "Persentase Masyarakat Transmigran yang dibina", "%", 100, "positif"],
  [8, "Meningkatnya Kapasitas Sumberdaya Tenaga Kerja", "Besaran Tenaga Kerja yang Mendapatkan Pelatihan Berbasis Kompetensi", "%", 75.75, "positif"],
  [9, "Meningkatnya Penempatan Tenaga Kerja", "Besaran Pencari Kerja Terdaftar yang Ditempatkan", "%", 29.01, "positif"],
  [10, "Meningkatnya Kerjasama dan Harmonisasi Antara Pihak Swasta dan Masyarakat serta pihak Perusahaan dengan Pekerja", "Angka Sengketa Pengusaha Pekerja Pertahun", "%", 14.5, "positif"],
  [11, "Meningkatnya Kinerja Pelayanan Administrasi Perkantoran", "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar", "%", 95, "positif"],
];

const DEMO_SIGNER: [string, CellValue][] = [
  ["Nama evaluator", "KAMAL RASYID, S.STP"],
  ["NIP evaluator", "19810511 199912 1 001"],
  ["Pangkat evaluator", "Pembina Utama Muda"],
  ["Tempat laporan", "Malili"],
];

// ----------------------------------------------------------------------------------------- assembly

const BUDGET_FIELDS: PlanField[] = [
  "pagu",
  "rakTw1",
  "rakTw2",
  "rakTw3",
  "rakTw4",
  "realisasiAnggaranTw1",
  "realisasiAnggaranTw2",
];

/** Fills the budget of `rollUp` rows with the sum of the sub kegiatan (six-part kode) under them. */
function rollUp(rows: Row[]): Row[] {
  return rows.map((row) => {
    if (!row.rollUp) return row;
    const prefix = `${row.kode}.`;
    const subs = rows.filter((r) => String(r.kode ?? "").startsWith(prefix) && !r.rollUp);
    const out: Row = { ...row };
    for (const field of BUDGET_FIELDS) {
      out[field] = subs.reduce((total, r) => total + (typeof r[field] === "number" ? r[field] : 0), 0);
    }
    return out;
  });
}

const BIDANG_ROWS: Record<(typeof DEMO_BIDANG)[number], Row[]> = {
  Sekretariat: SEKRETARIAT,
  "Bidang Transmigrasi": TRANSMIGRASI,
  "Bidang Pemberdayaan Naker": TENAGA_KERJA,
  "Bidang Hubungan Industrial": HUBUNGAN_INDUSTRIAL,
};

/** Row of the template's header (the two title rows are above it). */
const HEADER_ROW = 3;

/** A fresh demo workbook: Pengaturan, PK and the four bidang tabs, TW I and TW II reported. */
export function demoWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ name: `SAKIP ${DEMO_OPD} ${DEMO_TAHUN}` });
  const { port } = emulatedPort(workbook);
  buildTemplate(port, { opd: DEMO_OPD, tahun: DEMO_TAHUN, bidang: [...DEMO_BIDANG], skala: "permendagri86" });
  // Who signs the Pernyataan Telah Dievaluasi (LAKIP TW I), for "Buat laporan".
  const settings = workbook.getTab(SETTINGS_TAB);
  const labels = workbook.values(settings, { row: 1, col: 1, rows: 30, cols: 1 }).map((r) => String(r[0]));
  for (const [label, value] of DEMO_SIGNER) workbook.write(settings, labels.indexOf(label) + 1, 2, [[value]]);
  const pk = workbook.getTab(PK_TAB);
  workbook.write(pk, 3, 1, PK_ROWS as CellValue[][]);
  for (const name of DEMO_BIDANG) {
    const cells = rollUp(BIDANG_ROWS[name]).map((row) => TEMPLATE_COLUMNS.map((c) => row[c.field] ?? E));
    workbook.write(workbook.getTab(name), HEADER_ROW + 1, 1, cells);
  }
  return workbook;
}
