/**
 * Trial 4 #7 (auditor): a LAKIP made from a file whose quarter changed after it was sent for review
 * (and reviewed) says so — on the report's first page, in "Buat laporan"'s message in one process and in
 * one sentence of `sakip laporan` — naming when it was sent and the Riwayat Reviu row, by the checks
 * Verifikasi makes (Records' reviewState). Unchanged, never sent, or reopened for correction: no word.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateLaporan, laporanDocument } from "../../src/app/laporan";
import { changedSinceSent } from "../../src/app/laporan-berubah";
import { reopen, statement, submitForReview, verify } from "../../src/app/reviu";
import { main, sha256 } from "../../src/cli/sakip";
import type { ReportParagraph } from "../../src/core/report/model";
import { saveXlsx } from "../../src/emulator/xlsx";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, PLAN, REVIEWER, STAFF } from "../utils/reviu";

const DEPS = { digest: sha256, timeZone: "Asia/Makassar" };
/** The TW I LAKIP as the CLI and the local run make it: with the sentence when the data changed. */
const lakip = (c: ReturnType<typeof dinasTw1>) =>
  laporanDocument(c.port, { tw: 1 }, changedSinceSent(c.port, 1, DEPS));
/** The realisasi TW I of the plan's first indicator (column S), typed over after sending: 99. */
const doctor = (c: ReturnType<typeof dinasTw1>) => c.wb.write(c.wb.getTab(PLAN), 4, 19, [[99]]);

/** The first paragraphs of the report, before its BAB III. */
function firstPage(doc: ReturnType<typeof laporanDocument>): string[] {
  const end = doc.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith("BAB III"));
  return doc.blocks
    .slice(0, end)
    .filter((b): b is ReportParagraph => b.kind === "paragraph")
    .map((b) => b.text);
}

const SENT_ROW =
  /^Perhatian: data TW I berubah setelah dikirim untuk reviu pada \d+ \w+ 2024 pukul \d\d\.\d\d/;

describe("a LAKIP made after the quarter's data changed since it was sent", () => {
  it("says so on its first page and in Buat laporan's message (one process), with the Riwayat Reviu row", () => {
    const c = dinasTw1();
    expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    expect(firstPage(lakip(c)).join(" ")).not.toContain("berubah");
    doctor(c);
    const page = firstPage(lakip(c));
    const note = page.find((t) => t.startsWith("Perhatian"));
    expect(note).toMatch(SENT_ROW);
    expect(note).toContain("(Riwayat Reviu baris 2), jadi angka laporan ini bukan angka yang dikirim;");
    const doc = lakip(c);
    const block = doc.blocks.find((b) => b.kind === "paragraph" && b.text === note) as ReportParagraph;
    expect(block).toMatchObject({ placeholder: true, bold: true });
    const report = generateLaporan(c.port, { tw: 1 }, changedSinceSent(c.port, 1, DEPS));
    expect(report.message).toContain(note);
    // The tab shows it under the office's name.
    const tab = c.wb.values(c.wb.getTab(report.tab), { row: 1, col: 1, rows: 6, cols: 1 }).map((r) => r[0]);
    expect(tab).toContain(note);
  });

  it("names the review too when the statement was made, and says nothing once the quarter is reopened", () => {
    const c = dinasTw1();
    submitForReview(c.port, deps(STAFF), { tw: 1 });
    verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    statement(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    doctor(c);
    const note = lakip(c).changed;
    expect(note).toMatch(SENT_ROW);
    expect(note).toContain(
      " dan direviu (Riwayat Reviu baris 2), jadi angka laporan ini bukan angka yang dikirim dan direviu;",
    );
    reopen(c.port, deps(STAFF), { tw: 1, reason: "realisasi TW I dikoreksi" });
    expect(lakip(c).changed).toBe("");
  });
});

const dir = mkdtempSync(join(tmpdir(), "sakip-laporan-berubah-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sakip laporan on a file changed after it was sent", () => {
  it("says it in one sentence beside where the .docx is saved; a file as sent gets none", async () => {
    const c = dinasTw1();
    submitForReview(c.port, deps(STAFF), { tw: 1 });
    const asSent = join(dir, "terkirim.xlsx");
    await saveXlsx(c.wb, asSent);
    doctor(c);
    const changed = join(dir, "berubah.xlsx");
    await saveXlsx(c.wb, changed);
    const run = async (file: string) => {
      let text = "";
      const code = await main(["laporan", file, "--tw", "1"], (s) => {
        text += s;
      });
      return { code, lines: text.trim().split("\n") };
    };
    const sent = await run(asSent);
    expect(sent.code).toBe(0);
    expect(sent.lines.join(" ")).not.toContain("berubah setelah dikirim");
    const after = await run(changed);
    expect(after.code).toBe(0);
    const said = after.lines.filter((l) => l.includes("berubah setelah dikirim"));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(SENT_ROW);
    expect(said[0]).toContain("(Riwayat Reviu baris 2)");
  });
});
