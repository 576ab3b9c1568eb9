/** `sakip triwulan` on a file whose quarter was sent for review: the use case's refusal, exit 2. */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { submitForReview } from "../../src/app/reviu";
import { saveXlsx } from "../../src/emulator/xlsx";
import { reviuDeps as deps } from "../fixtures/reviu";
import { sakip } from "../sakip-process";
import { dinasTw1, STAFF } from "../utils/reviu";

describe("sakip triwulan on a quarter sent for review", () => {
  it("says when it was sent and that it must be reopened first, writes nothing, exits 2", async () => {
    const { wb, port } = dinasTw1();
    submitForReview(port, deps(STAFF), { tw: 1 });
    const dir = mkdtempSync(join(tmpdir(), "sakip-terkirim-"));
    const file = join(dir, "terkirim.xlsx");
    await saveXlsx(wb, file);
    const run = await sakip("triwulan", file, "--tw", "1");
    expect(run.code).toBe(2);
    expect(run.err.trim()).toMatch(
      /^TW I sudah dikirim untuk reviu pada \d{1,2} April 2024 pukul \d\d\.\d\d oleh staf@dinas\.go\.id, jadi tab Triwulan-nya tidak dibuat ulang agar data yang direviu tidak berubah: tekan "Buka kembali untuk perbaikan" di panel dulu, lalu buat ulang dan kirim lagi\.$/,
    );
    expect(existsSync(join(dir, "terkirim-TW1.xlsx"))).toBe(false);
    expect((await sakip("triwulan", file, "--tw", "2")).code).toBe(0);
  });

  it("dates the refusal in the spreadsheet's time zone (WIB), not the machine's", async () => {
    const { wb, port } = dinasTw1();
    submitForReview(port, { ...deps(STAFF), now: () => new Date("2024-04-05T02:01:00Z") }, { tw: 1 });
    const dir = mkdtempSync(join(tmpdir(), "sakip-terkirim-wib-"));
    const file = join(dir, "terkirim.xlsx");
    await saveXlsx(wb, file);
    const run = await sakip("triwulan", file, "--tw", "1");
    expect(run.err).toContain("pada 5 April 2024 pukul 09.01 oleh staf@dinas.go.id");
  });
});
