/**
 * Trial 6's reviewed file (rk2/A-direviu.xlsx, TW II sent and stated at 17:07 by an add-on of that
 * afternoon, nobody typed in it since): the rekap said "berubah setelah direviu … berubah setelah
 * dikirim" from 45dd636 on, because its Pernyataan was made by the sender's own account. The data is
 * what was sent: the rekap says so, and names the statement; the reviewer's Verifikasi says
 * "Tidak ada perubahan", with the statement and the newer add-on's galat count as Catatan.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { checkAndReport } from "../../src/app/periksa";
import { readWorkbook } from "../../src/app/plans";
import { rekapFile } from "../../src/app/rekap";
import { verify } from "../../src/app/reviu";
import { sha256 } from "../../src/cli/sakip";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx } from "../../src/emulator/xlsx";
import { reviuDeps as deps } from "../fixtures/reviu";

const FILE = join(__dirname, "../fixtures/trial6-direviu-tw2.xlsx");
const SENDER = "pengguna@example.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";
const STATEMENT = `Pernyataan: tab 'Pernyataan Reviu TW II 2026' dibuat oleh ${SENDER} (Riwayat Reviu baris 4), yang juga mengirim TW II, bukan oleh reviewer, jadi TW II belum direviu`;

it("the untouched reviewed file of trial 6 is what was sent, in the rekap and in Verifikasi", async () => {
  const open = async () =>
    emulatedPort(await loadXlsx(readFileSync(FILE)), { user: REVIEWER, owner: SENDER }).port;
  const { row } = rekapFile(await open(), FILE, 2, sha256);
  expect(row).toMatchObject({ status: "dikirim", sidikBerubah: false });
  expect(row.sidikCatatan).toContain(STATEMENT);
  const port = await open();
  const s = checkAndReport(port, readWorkbook(port, { notes: true }), { tw: 2, writeReport: false }).summary;
  const { changed, message } = verify(port, deps(REVIEWER), {
    tw: 2,
    galat: s.error,
    peringatan: s.warning,
    info: s.info,
  });
  expect(changed).toBe(false);
  expect(message).toMatch(/^Tidak ada perubahan sejak dikirim \(Riwayat Reviu baris 2\)/);
  expect(message).toContain(`Catatan: ${STATEMENT.replace("Pernyataan: ", "")}`);
});
