/** A LAKIP whose office is named nowhere (no Pengaturan name, no title): the sentence asks for it. */
import { expect, it } from "vitest";
import { SCALES } from "../../../src/core/kriteria";
import { buildLakip, OPD_MISSING } from "../../../src/core/report/lakip";
import type { ReportParagraph } from "../../../src/core/report/model";

it("writes a placeholder asking for the office's name instead of a sentence without a subject", () => {
  const doc = buildLakip(2, {
    tahun: "2024",
    opd: "",
    scale: SCALES.permendagri86,
    plans: [],
    names: {},
    figures: [],
    typed: new Map(),
    evaluasiTab: "Evaluasi TW II 2024",
    signer: { name: "", nip: "", role: "", pangkat: "", place: "", date: "" },
  });
  const paragraph = (id: string) =>
    doc.blocks.find((b): b is ReportParagraph => b.kind === "paragraph" && b.id === id);
  expect(paragraph("ringkasan")?.text).toBe(
    `Pada Triwulan II Tahun 2024 ${OPD_MISSING} mengukur 0 indikator kinerja (0 indikator sasaran). Kriteria capaian s.d. triwulan ini: belum ada.`,
  );
  expect(paragraph("ringkasan")?.placeholder).toBe(true);
  expect(paragraph("opd")).toMatchObject({
    text: "[nama OPD belum diisi: tulis di tab Pengaturan]",
    placeholder: true,
  });
  expect(doc.fileName).toBe("LAKIP TW II 2024");
});
