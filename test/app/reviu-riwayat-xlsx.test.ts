/**
 * Trial 4, #6: an .xlsx has no document properties, so the Dikirim row's sender, galat count and
 * reason could be rewritten (ExcelJS, outside the add-on) and Verifikasi and `sakip rekap` still
 * said "sama dengan yang dikirim". From record version 7 the kode data covers those cells: the
 * rewritten cell is named with what was sent, in Verifikasi, the statement's refusal and the rekap.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { main } from "../../src/cli/sakip";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, PLAN, REVIEWER, STAFF, STATEMENT } from "../utils/reviu";

const dir = mkdtempSync(join(tmpdir(), "sakip-riwayat-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sent with a galat and its reason, verified, the statement made, saved as .xlsx (no add-on store). */
async function signedXlsx(): Promise<Buffer> {
  const c = dinasTw1();
  // A realisasi anggaran above the pagu is a galat: sent with a reason, as in the trial.
  c.wb.write(c.wb.getTab(PLAN), 3, 23, [[999_999_999_999]]);
  generateTriwulan(c.port, { tw: 1 });
  const sent = submitForReview(c.port, deps(STAFF), {
    tw: 1,
    force: true,
    reason: "Pagu menunggu DPA perubahan",
  });
  expect(sent.status).toBe("dikirim");
  expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
  statement(c.reviewerPort, deps(REVIEWER), { tw: 1 });
  return Buffer.from(await xlsxBuffer(c.wb));
}

/** The file with cells of Riwayat Reviu row 2 (the Dikirim row) rewritten by ExcelJS, as the trial's doctor2.mjs. */
async function doctored(bytes: Buffer, cells: Record<string, string | number>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const history = book.getWorksheet("Riwayat Reviu") as ExcelJS.Worksheet;
  for (const [cell, value] of Object.entries(cells)) history.getCell(cell).value = value;
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function reviewerOn(bytes: Buffer) {
  const wb = await loadXlsx(bytes);
  return { wb, port: emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port };
}

async function rekapText(bytes: Buffer, name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out: string[] = [];
  expect(await main(["rekap", file, "--tw", "1"], (s) => out.push(s))).toBe(0);
  return out.join("");
}

describe("the Dikirim row of an .xlsx rewritten outside the add-on", () => {
  it("untouched: Verifikasi and the rekap say it is as sent", async () => {
    const bytes = await signedXlsx();
    const { port } = await reviewerOn(bytes);
    expect(verify(port, deps(REVIEWER), { tw: 1 }).message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    const text = await rekapText(bytes, "asli.xlsx");
    expect(text).toContain(`oleh ${STAFF}`);
    expect(text).not.toContain("Riwayat tidak sesuai");
  });

  it("sender, galat count and reason rewritten (the trial's forgery): named in Verifikasi, the refusal and the rekap", async () => {
    const signed = await signedXlsx();
    const sent = (await reviewerOn(signed)).wb;
    // The count as the .xlsx gives it back (text in the history's text columns).
    expect(Number(sent.value(sent.getTab("Riwayat Reviu"), 2, 6))).toBeGreaterThan(0);
    const bytes = await doctored(signed, {
      E2: "kadis@dinas.go.id",
      F2: 0,
      G2: 0,
      I2: "Dikirim tanpa galat",
    });
    const { wb, port } = await reviewerOn(bytes);
    const said = `sel E2 (Oleh) di tab Riwayat Reviu tertulis "kadis@dinas.go.id", padahal saat TW I dikirim tercatat "${STAFF}", jadi catatan kiriman diubah setelahnya`;
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message.startsWith(`Riwayat tidak sesuai: ${said}.`)).toBe(true);
    const before = wb.value(wb.getTab(STATEMENT), 10, 1);
    expect(() => statement(port, deps(REVIEWER), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena ${said}.`,
    );
    expect(wb.value(wb.getTab(STATEMENT), 10, 1)).toBe(before);
    const text = await rekapText(bytes, "palsu.xlsx");
    expect(text).toContain(`Riwayat tidak sesuai: ${said}.`);
    expect(text).not.toContain("sama dengan yang dikirim");
  });

  it.each([
    [
      "the galat count alone",
      { F2: 0 },
      /sel F2 \(Galat\) di tab Riwayat Reviu tertulis "0", padahal saat TW I dikirim tercatat "[1-9]\d*"/,
    ],
    [
      "the reason alone",
      { I2: "Dikirim dengan galat: sudah disetujui Kepala Dinas" },
      /sel I2 \(Keterangan\) di tab Riwayat Reviu tertulis "Dikirim dengan galat: sudah disetujui K…", padahal saat TW I dikirim tercatat \(teks lain\)/,
    ],
    ["the warnings", { G2: 0 }, /sel G2 \(Peringatan\) di tab Riwayat Reviu tertulis "0"/],
  ])("%s: named by its cell", async (_name, cells, said) => {
    const { port } = await reviewerOn(await doctored(await signedXlsx(), cells));
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toMatch(new RegExp(`^Riwayat tidak sesuai: ${said.source}`));
    expect(() => statement(port, deps(REVIEWER), { tw: 1 })).toThrow(said);
  });

  it("the record's own copy of the row rewritten with it: its rows no longer give the kode data", async () => {
    const signed = await signedXlsx();
    const { wb } = await reviewerOn(signed);
    const history = wb.getTab("Riwayat Reviu");
    const rincian = String(wb.value(history, 2, 12));
    expect(rincian).toContain(encodeURIComponent(STAFF));
    const bytes = await doctored(signed, {
      E2: "kadis@dinas.go.id",
      L2: rincian.replace(encodeURIComponent(STAFF), encodeURIComponent("kadis@dinas.go.id")),
    });
    const { port } = await reviewerOn(bytes);
    const said =
      "rincian baris 2 di tab Riwayat Reviu tidak sesuai kode datanya, jadi catatan kiriman diubah setelahnya";
    expect(verify(port, deps(REVIEWER), { tw: 1 }).message.startsWith(`Riwayat tidak sesuai: ${said}.`)).toBe(
      true,
    );
    expect(() => statement(port, deps(REVIEWER), { tw: 1 })).toThrow(said);
  });
});
