/**
 * Trial 3 #12: a LAKIP made for a quarter already sent included an indicator added to the plan
 * after sending, without a mark. What a report needs to mark it comes from the review record
 * (`notInSent`): the submission, and each plan indicator the sent evaluation tab does not hold.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { notInSent, reopen, submitForReview } from "../../src/app/reviu";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, NEW_ROW, PLAN, STAFF } from "../utils/reviu";

describe("indicators added to the plan after a quarter was sent", () => {
  it("are named with their tab, row and key while the quarter stands sent, with the submission", () => {
    const c = dinasTw1();
    expect(notInSent(readWorkbook(c.port), 1)).toBeNull();
    expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    expect(notInSent(readWorkbook(c.port), 1)).toEqual({
      sent: expect.objectContaining({ row: 2, event: "Dikirim", tw: "TW I" }),
      rows: [],
    });
    c.wb.write(c.wb.getTab(PLAN), 14, 1, [NEW_ROW]);
    const found = notInSent(readWorkbook(c.port), 1);
    expect(found?.rows).toEqual([
      {
        tab: PLAN,
        row: 14,
        indikator: "Jumlah KK transmigran yang dipindahkan",
        key: `${PLAN}|3.32.04.2.01.0003|jumlah kk transmigran yang dipindahkan`,
      },
    ]);
    // Reopened for correction: the report is a draft again, nothing to mark against a submission.
    reopen(c.port, deps(STAFF), { tw: 1, reason: "Tambah indikator" });
    expect(notInSent(readWorkbook(c.port), 1)).toBeNull();
  });
});
