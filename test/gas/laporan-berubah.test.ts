/**
 * "Buat laporan" in the Sheets panel for a quarter whose data changed after it was sent (note5: the CLI
 * `sakip laporan` and the report made in one process said so on the first page, the panel did not).
 * The panel builds the document from the figures the server returns; the server, which alone can
 * check the record, puts the sentence on the first page and in the message, and never one the panel
 * sent of its own. Through the built bundle on the SpreadsheetApp facade.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { laporanFromJson } from "../../src/api";
import { generateLaporan } from "../../src/app/laporan";
import { changedSinceSent } from "../../src/app/laporan-berubah";
import { submitForReview } from "../../src/app/reviu";
import { sha256 } from "../../src/cli/sakip";
import { paragraph } from "../../src/core/report/model";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, PLAN, rowsOf, STAFF } from "../utils/reviu";

const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");
const TAB = "Laporan TW I 2024";

interface Reply {
  ok: boolean;
  message?: string;
  data: { input: string; message: string; tab: string };
}

function addon(wb: MemoryWorkbook) {
  const gas = createGas(wb, { files: {}, user: STAFF, owner: STAFF });
  const g = loadBundle(code, gas);
  bindCustomFunctions(wb, g);
  return (name: string, args: unknown) =>
    (g as unknown as { api(n: string, a: unknown): Reply }).api(name, args);
}

/** The panel's Buat laporan: the figures from the server, the document built in the panel, sent back. */
function panelLaporan(wb: MemoryWorkbook, change?: (doc: ReturnType<typeof laporanFromJson>) => void) {
  const api = addon(wb);
  const doc = laporanFromJson(api("laporanInput", { tw: 1 }).data.input);
  change?.(doc);
  const reply = api("createLaporan", { tw: 1, doc });
  expect(reply).toMatchObject({ ok: true });
  return reply.data.message;
}

/** TW I sent, then a realisasi of TW I rewritten in the locked bidang tab. */
function changedAfterSending() {
  const c = dinasTw1();
  expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  c.wb.write(c.wb.getTab(PLAN), 2, 19, [[70]]);
  return c;
}

const SAID =
  /^Perhatian: data TW I berubah setelah dikirim untuk reviu pada .* \(Riwayat Reviu baris 2\), jadi angka laporan ini bukan angka yang dikirim; Verifikasi di panel menyebut sel yang berubah\.$/;

describe("Buat laporan in the panel, for a quarter changed after it was sent", () => {
  it("says so on the report's first page and in the panel's message, as the report made in one process", () => {
    const c = changedAfterSending();
    const message = panelLaporan(c.wb);
    const sentence = message.slice(message.indexOf("Perhatian: "));
    expect(sentence).toMatch(SAID);
    const tab = rowsOf(c.wb, TAB).map((r) => String(r[0]));
    expect(tab.slice(0, 4)).toContain(sentence);
    // Cell for cell the tab the CLI's way writes (in one process, with the sentence it computes).
    const shown = rowsOf(c.wb, TAB);
    const said = changedSinceSent(c.port, 1, { digest: sha256, timeZone: c.wb.timeZone });
    expect(said).toBe(sentence);
    generateLaporan(c.port, { tw: 1 }, said);
    expect(rowsOf(c.wb, TAB)).toEqual(shown);
  });

  it("an unchanged quarter has no such sentence, even when a panel sends one", () => {
    const c = dinasTw1();
    expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    const fake = "Perhatian: data TW I berubah setelah dikirim untuk reviu.";
    const message = panelLaporan(c.wb, (doc) => doc.blocks.splice(2, 0, paragraph("berubah", fake)));
    expect(message).not.toContain("Perhatian");
    expect(rowsOf(c.wb, TAB).flat()).not.toContain(fake);
    const { port } = emulatedPort(c.wb);
    expect(changedSinceSent(port, 1, { digest: sha256, timeZone: "UTC" })).toBe("");
  });
});
