/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { wajib } from "../../../../src/core/checks/rules/wajib";
import { col, type Row, templateTab, tw } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

describe("wajib: required fields", () => {
  it("warns when an indicator has no target or no satuan", () => {
    const rows: Row[] = [
      {
        no: 1,
        indikator: "Jumlah Dokumen RKA SKPD yang disusun tepat waktu",
        satuan: "Dokumen",
        ...tw("targetTw", [0, 0, 1, 1]),
      },
      { no: 2, indikator: "Jumlah Dokumen DPA yang disusun tepat waktu", satuan: "" },
      {
        no: 3,
        indikator: "Jumlah Laporan Data Administrasi Kepegawaian yang dimutakhirkan",
        satuan: "Dokumen",
        targetTahunan: 3,
      },
    ];
    const fs = run(wajib, [templateTab("Sekretariat", rows)]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["warning", `${col("targetTahunan")}3`]]);
    expect(fs[0].message).toBe(
      'Indikator "Jumlah Dokumen DPA yang disusun tepat waktu" belum punya target dan satuan.',
    );
  });
});
