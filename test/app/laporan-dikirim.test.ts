/**
 * A LAKIP made for a quarter already sent for review (trial 3 #12): an indicator typed into the
 * bidang tab after sending is not in what was sent (Records' notInSent), so the report marks it
 * "[ditambah setelah dikirim]" wherever it names it: tables, sentences, charts. Before sending, and
 * after the quarter is reopened, nothing is marked.
 */
import { describe, expect, it } from "vitest";
import { ADDED, laporanDocument } from "../../src/app/laporan";
import { reopen, submitForReview } from "../../src/app/reviu";
import type { ReportParagraph, ReportTable } from "../../src/core/report/model";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, PLAN, STAFF } from "../utils/reviu";

const NEW = "Jumlah KK transmigran yang dipindahkan";
const NEW_ROW = ["", "3.32.04.2.01.0003", "", "Pemindahan Transmigran", NEW, "KK", "Positif", "Kumulatif"];

function lakip(send: boolean) {
  const c = dinasTw1();
  if (send) expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  c.wb.write(c.wb.getTab(PLAN), 14, 1, [NEW_ROW]);
  return { c, doc: () => laporanDocument(c.port, { tw: 1 }) };
}

const texts = (doc: ReturnType<typeof laporanDocument>) =>
  doc.blocks.flatMap((b) =>
    b.kind === "paragraph"
      ? [(b as ReportParagraph).text]
      : b.kind === "table"
        ? (b as ReportTable).rows.flatMap((r) => r.cells.map((c) => c.text))
        : [],
  );

describe("a LAKIP of a quarter sent for review", () => {
  it("marks the indicator added after sending wherever the report names it", () => {
    const doc = lakip(true).doc();
    const all = texts(doc);
    expect(all).toContain(`${NEW} ${ADDED}`);
    // Every mention of the new indicator carries the mark; the sent ones none.
    expect(all.filter((t) => t.includes(NEW) && !t.includes(ADDED))).toEqual([]);
    expect(all.filter((t) => t.includes(ADDED) && !t.includes(NEW))).toEqual([]);
  });

  it("marks nothing before sending, nor after the quarter is reopened", () => {
    const before = lakip(false).doc();
    expect(texts(before).some((t) => t.includes(ADDED))).toBe(false);
    const { c, doc } = lakip(true);
    reopen(c.port, deps(STAFF), { tw: 1, reason: "indikator baru" });
    expect(texts(doc()).some((t) => t.includes(ADDED))).toBe(false);
  });
});
