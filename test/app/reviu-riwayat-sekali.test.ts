/**
 * The review history is parsed once per use case however many checks read it (note5 "Left":
 * Verifikasi parsed the whole history, every long record joined, several times; an .xlsx without the
 * add-on's anchor also had its record unpacked twice). Counted where a parse begins: the history
 * tab's rows taken below its header, on the rows the port hands out.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import type { WorkbookPort } from "../../src/app/port";
import { HISTORY_TAB, reviewState, statement, submitForReview, verify } from "../../src/app/reviu";
import { sha256 } from "../../src/cli/sakip";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, REVIEWER, STAFF } from "../utils/reviu";

/** The port with the history tab's rows counting how often they are taken below the header (a parse). */
function counting(port: WorkbookPort) {
  const count = { parses: 0 };
  const read: WorkbookPort["read"] = (name, options) => {
    const snapshot = port.read(name, options);
    if (name !== HISTORY_TAB) return snapshot;
    const values = new Proxy(snapshot.values, {
      get(rows, key) {
        if (key === "slice") count.parses++;
        return Reflect.get(rows, key);
      },
    });
    return { ...snapshot, values };
  };
  const wrapped = new Proxy(port, {
    get: (target, key) => (key === "read" ? read : Reflect.get(target, key).bind?.(target)),
  });
  return { port: wrapped, count };
}

/** TW I sent and verified twice, saved as .xlsx and opened again: no anchor, the reviewer's port. */
async function reopenedXlsx() {
  const c = dinasTw1();
  expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
  verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
  const wb = await loadXlsx(await xlsxBuffer(c.wb));
  return counting(emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port);
}

describe("the history read once per use case", () => {
  it("Verifikasi, Buat pernyataan and the rekap's state each parse it once", async () => {
    const { port, count } = await reopenedXlsx();
    const { changed, message } = verify(port, deps(REVIEWER), { tw: 1 });
    expect([changed, message]).toEqual([false, expect.stringMatching(/^Tidak ada perubahan sejak dikirim/)]);
    expect(count.parses).toBe(1);
    expect(statement(port, deps(REVIEWER), { tw: 1 }).tab).toBe("Pernyataan Reviu TW I 2024");
    expect(count.parses).toBe(2);
    const wb = readWorkbook(port, { notes: true });
    expect(reviewState(wb, 1, sha256).changed).toBe(false);
    expect(count.parses).toBe(3);
  });
});
