import { rect } from "../core/cells";
import { TEMPLATE_COLUMNS } from "../core/columns";
import { namedScale } from "../core/kriteria";
import { pkHistoryHeaders } from "../core/report/pk";
import { UserError } from "../core/result";
import {
  bidangTabNames,
  checkTahun,
  PK_TAB,
  SETTINGS_TAB,
  type Settings,
  SKALA,
  SKALA_TEXT,
  settingsCells,
} from "../core/settings";
import { choiceRule, headerProtection, headerStyle, type Style, TITLE_STYLE, widths } from "../core/style";
import type { RangeRef, Validation, WorkbookPort, WriteCell } from "./port";

export interface TemplateRequest {
  opd: string;
  tahun: string;
  bidang: string[];
  skala?: string;
}

export interface TemplateReport {
  created: string[];
  /** Tabs that already existed: never touched. */
  skipped: string[];
  message: string;
}

/** Rows of the template tabs that get dropdowns and checks: enough for a bidang's plan. */
const DATA_ROWS = 300;
const TITLE_ROWS = 2;
const HEADER_ROW = TITLE_ROWS + 1;

export const PK_HEADERS = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Polaritas"];

/** "Buat kerangka Rencana Aksi": Pengaturan, PK and one tab per bidang; existing tabs are left alone. */
export function buildTemplate(port: WorkbookPort, request: TemplateRequest): TemplateReport {
  const bidang = request.bidang.map((b) => b.trim()).filter(Boolean);
  if (!bidang.length)
    throw new UserError(
      "Isi paling sedikit satu nama bidang, misalnya Bidang Penempatan Tenaga Kerja.",
      "masukan",
      "bidang",
    );
  const tooLong = bidang.find((b) => b.length > 90);
  if (tooLong)
    throw new UserError(
      `Nama bidang "${tooLong.slice(0, 30)}…" terlalu panjang: paling banyak 90 huruf.`,
      "masukan",
      "bidang",
    );
  const twice = bidang.find((b, i) => bidang.findIndex((x) => x.toLowerCase() === b.toLowerCase()) !== i);
  if (twice)
    throw new UserError(
      `Nama bidang "${twice}" ditulis dua kali: setiap bidang perlu nama sendiri.`,
      "masukan",
      "bidang",
    );
  // Each bidang gets a tab name Sheets and .xlsx both accept; the full name stays in Pengaturan and titles.
  const tabNames = bidangTabNames(bidang, [SETTINGS_TAB, PK_TAB]);
  const unnamed = bidang.find((_, i) => tabNames[i] === null);
  if (unnamed !== undefined)
    throw new UserError(
      `Nama bidang "${unnamed}" tidak dapat menjadi nama tab: tulis nama dengan huruf atau angka.`,
      "masukan",
      "bidang",
    );
  const tabs = tabNames as string[];
  if (request.skala && !namedScale(request.skala) && request.skala !== "sendiri") {
    throw new UserError(`Skala "${request.skala}" tidak dikenal: pilih ${SKALA_TEXT}.`, "masukan", "skala");
  }
  if (!request.tahun.trim())
    throw new UserError(
      "Tahun kerangka belum disebut: isi tahunnya, misalnya 2024 (di baris perintah: --tahun 2024).",
    );
  checkTahun(request.tahun);

  return port.withLock(() => {
    const existing = new Set(port.tabs().map((t) => t.name.toLowerCase()));
    const created: string[] = [];
    const skipped: string[] = [];
    const make = (name: string, fill: () => void) => {
      if (existing.has(name.toLowerCase())) {
        skipped.push(name);
        return;
      }
      port.create(name);
      fill();
      created.push(name);
    };
    const settings: Settings = {
      opd: request.opd.trim(),
      tahun: request.tahun.trim(),
      skala: request.skala || "permendagri86",
      bidang: tabs,
      namaBidang: tabs.some((t, i) => t !== bidang[i]) ? bidang : [],
      reviewer: "",
      proteksi: "peringatan",
      jabatanEvaluator: "Kepala Dinas",
    };
    make(SETTINGS_TAB, () => {
      const cells = settingsCells(settings);
      port.write(SETTINGS_TAB, [{ row: 1, col: 1, cells }]);
      port.format(SETTINGS_TAB, {
        frozenRows: 1,
        columnWidths: widths([180, 260, 380, 150, 140]),
        styles: [headerStyle(1, 5)],
        validations: [
          choiceRule(rect(4, 2), SKALA, `Pilih skala kriteria: ${SKALA_TEXT}.`),
          choiceRule(rect(7, 2), ["peringatan", "ketat"], "Pilih peringatan atau ketat."),
        ],
      });
    });
    make(PK_TAB, () => {
      // Earlier years and the Renstra end target, for the reports' Tabel 3.18 and 3.19.
      const headers = [...PK_HEADERS, ...pkHistoryHeaders(Number(settings.tahun))];
      port.write(PK_TAB, [
        {
          row: 1,
          col: 1,
          cells: [
            padTo(
              [`PERJANJIAN KINERJA ${settings.opd.toUpperCase()} TAHUN ${settings.tahun}`],
              headers.length,
            ),
            headers,
          ],
        },
      ]);
      port.format(PK_TAB, {
        frozenRows: 2,
        columnWidths: widths([40, 260, 300, 90, 90, 100, 90, 90, 90, 90, 110, 100]),
        styles: [headerStyle(2, headers.length)],
        validations: [polaritasValidation(rect(3, 6, DATA_ROWS))],
        protections: [headerProtection(2, headers.length, "SAKIP: judul kolom PK")],
      });
    });
    for (const [i, name] of tabs.entries()) make(name, () => writeBidang(port, name, bidang[i], settings));

    const parts = [
      created.length ? `Kerangka dibuat: ${created.join(", ")}.` : "Tidak ada tab baru yang dibuat.",
    ];
    if (skipped.length) parts.push(`Tab yang sudah ada tidak diubah: ${skipped.join(", ")}.`);
    return { created, skipped, message: parts.join(" ") };
  });
}

function padTo(row: WriteCell[], width: number): WriteCell[] {
  return [...row, ...new Array<WriteCell>(width - row.length).fill("")];
}

function polaritasValidation(range: RangeRef): Validation {
  return choiceRule(
    range,
    // The words CAPAIAN accepts: naik / + mean positif, turun / - mean negatif.
    ["positif", "negatif", "negatif-rasio", "naik", "turun", "+", "-"],
    "Pilih positif (atau naik, +: makin tinggi makin baik), negatif (atau turun, -: makin rendah makin baik), atau negatif-rasio.",
  );
}

function writeBidang(port: WorkbookPort, name: string, full: string, s: Settings): void {
  const width = TEMPLATE_COLUMNS.length;
  port.write(name, [
    {
      row: 1,
      col: 1,
      cells: [
        padTo([`RENCANA AKSI ${full.toUpperCase()}`], width),
        padTo([`${s.opd.toUpperCase()} TAHUN ${s.tahun}`.trim()], width),
        TEMPLATE_COLUMNS.map((c) => c.header),
      ],
    },
  ]);
  const data = (i: number): RangeRef => rect(HEADER_ROW + 1, i + 1, DATA_ROWS);
  const validations: Validation[] = [];
  const styles: Style[] = [TITLE_STYLE, headerStyle(HEADER_ROW, width)];
  TEMPLATE_COLUMNS.forEach((c, i) => {
    if (c.kind === "polaritas") validations.push(polaritasValidation(data(i)));
    if (c.kind === "sifat") {
      validations.push(
        choiceRule(
          data(i),
          ["kumulatif", "akhir", "tetap"],
          "Pilih kumulatif (target TW dijumlah), akhir (nilai TW terakhir), atau tetap (sama setiap TW).",
        ),
      );
    }
    // No number check on rupiah: Sheets' check refuses "89,335,000" and "Rp 310.500.000,-", which
    // the add-on reads as numbers; text that is no number is named by Periksa (format angka).
    if (c.kind === "rupiah") styles.push({ range: data(i), numberFormat: "#,##0" });
    // Targets may be a range ("80-90") or qualitative ("WTP"): a warning, not a refusal.
    if (c.kind === "number") {
      validations.push({
        range: data(i),
        number: { min: 0 },
        help: "Isi angka, misalnya 63,57.",
        allowInvalid: true,
      });
    }
  });
  port.format(name, {
    frozenRows: HEADER_ROW,
    columnWidths: widths(TEMPLATE_COLUMNS.map((c) => c.width)),
    styles,
    validations,
    protections: [headerProtection(HEADER_ROW, width, "SAKIP: judul kolom Rencana Aksi")],
  });
}
