/**
 * Trial 4, #6, for a file whose record was made before version 7 (it does not cover the Dikirim
 * row's own cells): once the statement is made, the sender and the galat count it prints are the
 * proof. The fixture is an older add-on's own output (TW II sent with 1 galat, saved as .xlsx); the
 * Dikirim row's sender or galat count rewritten after the statement is named by Verifikasi, the
 * refusal and the rekap, with what the statement says.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rekapFile } from "../../src/app/rekap";
import { statement, verify } from "../../src/app/reviu";
import { sha256 } from "../../src/cli/sakip";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx } from "../../src/emulator/xlsx";
import { reviuDeps as deps } from "../fixtures/reviu";

const FILE = join(__dirname, "../fixtures/reviu-tw2-sebelum-pagu-dijumlah.xlsx");
const STAFF = "staf@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";
const STATEMENT = "Pernyataan Reviu TW II 2024";

async function signed() {
  const wb = await loadXlsx(FILE);
  const port = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
  const history = wb.getTab("Riwayat Reviu");
  expect([wb.value(history, 2, 4), wb.value(history, 2, 5), wb.value(history, 2, 6)]).toEqual([
    "Dikirim",
    STAFF,
    1,
  ]);
  expect(String(wb.value(history, 2, 12))).not.toMatch(/^#versi 7/);
  statement(port, deps(REVIEWER), { tw: 2 });
  expect(verify(port, deps(REVIEWER), { tw: 2 }).changed).toBe(false);
  return { wb, port, history };
}

describe("the Dikirim row of an older record rewritten after the statement", () => {
  it.each([
    [
      "the sender",
      5,
      "kadis@dinas.go.id",
      `sel E2 (Oleh) di tab Riwayat Reviu tertulis "kadis@dinas.go.id", padahal tab '${STATEMENT}' menyebut "${STAFF}"`,
    ],
    [
      "the galat count",
      6,
      0,
      `sel F2 (Galat) di tab Riwayat Reviu tertulis "0", padahal tab '${STATEMENT}' menyebut "1"`,
    ],
  ])(
    "%s: named with what the statement prints, in Verifikasi, the refusal and the rekap",
    async (_name, col, forged, said) => {
      const { wb, port, history } = await signed();
      wb.write(history, 2, col, [[forged]]);
      const sentence = `${said}, jadi catatan kiriman diubah setelahnya`;
      const checked = verify(port, deps(REVIEWER), { tw: 2 });
      expect(checked.changed).toBe(true);
      expect(checked.message.startsWith(`Riwayat tidak sesuai: ${sentence}.`)).toBe(true);
      expect(() => statement(port, deps(REVIEWER), { tw: 2 })).toThrow(
        `Pernyataan tidak dibuat karena ${sentence}.`,
      );
      const { row } = rekapFile(port, "dinas.xlsx", 2, sha256);
      expect(row.sidikBerubah).toBe(true);
      expect(row.sidikCatatan).toContain(sentence);
    },
  );

  it("a statement rewritten instead (its galat clause cut) is named as the statement, not blamed on the Riwayat (trial 6 #11)", async () => {
    const { wb, port } = await signed();
    const tab = wb.getTab(STATEMENT);
    const rows = wb.values(tab, { row: 1, col: 1, rows: 20, cols: 1 }).map((r) => String(r[0]));
    const at = rows.findIndex((t) => /selain 1 galat/.test(t)) + 1;
    expect(at).toBeGreaterThan(0);
    wb.write(tab, at, 1, [[rows[at - 1].replace(/selain 1 galat[^.]*/, "")]]);
    const checked = verify(port, deps(REVIEWER), { tw: 2 });
    expect(checked.changed).toBe(true);
    expect(checked.message).not.toContain("Riwayat tidak sesuai");
    expect(checked.message).toContain(
      `Pernyataan tidak sesuai: tab '${STATEMENT}' diubah setelah pernyataan dibuat`,
    );
  });
});
