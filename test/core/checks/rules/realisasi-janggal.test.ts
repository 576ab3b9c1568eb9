/**
 * Trial 7 #18: a realisasi typed ten times too big (1380 SR for 138: capaian s.d. TW II 920 %, more
 * than the year's target of 600 at TW II) passed Periksa silently and was rated "Sangat Tinggi". Now a
 * peringatan names the cell and asks "salah ketik?"; an ordinary row, even one well above its target
 * (the LKjIP's 181 %), and every row of the layout corpus raise nothing.
 */
import { describe, expect, it } from "vitest";
import { dinas } from "../../../../scripts/synthetic";
import { checkAndReport, readForCheck } from "../../../../src/app/periksa";
import { checkWorkbook } from "../../../../src/core/checks";
import { realisasiJanggal } from "../../../../src/core/checks/rules/realisasi-janggal";
import { demoWorkbook } from "../../../../src/emulator/demo";
import { emulatedPort } from "../../../../src/emulator/session";
import { col, type Row, snapshot, templateTab, tw } from "../../../fixtures/checks";
import { CORPUS } from "../../../fixtures/layouts";
import { run } from "../../../utils/checks";

/** 'Eselon IV' row 13 of the trial's PUPR: SR target 600 (0, 150, 250, 200 per TW). */
const sr = (real: [number | string, number | string, number | string, number | string]): Row => ({
  uraian: "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perdesaan",
  indikator: "Jumlah sambungan rumah (SR) terlayani",
  satuan: "SR",
  targetTahunan: 600,
  ...tw("targetTw", [0, 150, 250, 200]),
  ...tw("realisasiTw", real),
});

describe("realisasi-janggal: a realisasi out of all proportion", () => {
  it("asks about 1380 SR at TW II (9,2 times the TW target, above the year's 600): salah ketik?", () => {
    const fs = run(realisasiJanggal, [templateTab("Eselon IV", [sr([0, 1380, "", ""])])], 2);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["warning", `${col("realisasiTw2")}2`]]);
    expect(fs[0].message).toBe(
      `Realisasi TW II indikator "Jumlah sambungan rumah (SR) terlayani" di ${col("realisasiTw2")}2 tertulis 1.380, 9,2 kali target TW II (150), melebihi target setahun 600, sehingga capaian s.d. TW II 920 %: salah ketik?`,
    );
  });

  it("is quiet on the figure typed right (138), on a good quarter (181 % of a 10,37 % target) and on negative indicators (negatif and negatif-rasio)", () => {
    const rows: Row[] = [
      sr([0, 138, "", ""]),
      sr([0, 290, "", ""]),
      {
        uraian: "Program Penempatan Tenaga Kerja",
        indikator: "Persentase Pencari Kerja yang terdaftar Ditempatkan",
        satuan: "Persen",
        targetTahunan: "10,37",
        ...tw("targetTw", ["10,37", "10,37", "10,37", "10,37"]),
        ...tw("realisasiTw", ["18,86", "", "", ""]),
      },
      {
        uraian: "Program Pencegahan",
        indikator: "Jumlah kasus DBD",
        satuan: "Kasus",
        polaritas: "negatif",
        targetTahunan: 100,
        ...tw("targetTw", [25, 25, 25, 25]),
        ...tw("realisasiTw", [2, 3, "", ""]),
      },
      {
        uraian: "Program Pencegahan",
        indikator: "Rasio kasus gizi buruk",
        satuan: "Rasio",
        polaritas: "negatif-rasio",
        targetTahunan: 2,
        ...tw("targetTw", [2, 2, 2, 2]),
        ...tw("realisasiTw", [12, "", "", ""]),
      },
    ];
    expect(run(realisasiJanggal, [templateTab("Bidang", rows)], 2)).toEqual([]);
  });

  it("raises nothing on any layout of the corpus, at any TW", () => {
    for (const l of CORPUS) {
      const tabs = [snapshot(l.tab, l.values)];
      const reading = new Map([[l.tab, { merges: l.merges ?? [] }]]);
      for (const currentTw of [undefined, 1, 2, 3, 4]) {
        const { findings } = checkWorkbook(tabs, { currentTw, reading });
        expect(
          findings.filter((f) => f.rule === realisasiJanggal.id),
          `${l.id} TW ${currentTw}`,
        ).toEqual([]);
      }
    }
  });

  it("raises nothing on the demo office (rows of the reference documents) nor a generated one, at any TW", () => {
    for (const wb of [demoWorkbook(), dinas(60, 4)]) {
      const { port } = emulatedPort(wb);
      const read = readForCheck(port);
      for (const tw of [1, 2, 3, 4]) {
        const { findings } = checkAndReport(port, read, { tw, writeReport: false });
        expect(findings.filter((f) => f.rule === realisasiJanggal.id)).toEqual([]);
      }
    }
  });
});
