/** `sakip triwulan` and the year: Pengaturan, else the titles, else `--tahun`; never today's year. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import { sakip } from "../sakip-process";
import { APPENDED_TAB, appendedWorkbook } from "../utils/appended";

const dir = mkdtempSync(join(tmpdir(), "sakip-tahun-"));
let noYear: string;
let titled: string;

beforeAll(async () => {
  noYear = join(dir, "tanpa-tahun.xlsx");
  titled = join(dir, "judul.xlsx");
  await saveXlsx(appendedWorkbook({ title: false }), noYear);
  await saveXlsx(appendedWorkbook(), titled);
});

describe("sakip triwulan and the year", () => {
  it("asks for --tahun in one sentence when nothing names the year, and writes nothing", async () => {
    const out = join(dir, "keluar.xlsx");
    const run = await sakip("triwulan", noYear, "--tw", "1", "-o", out);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "Tahun laporan tidak diketahui (tab Pengaturan dan judul tab Rencana Aksi tidak menyebutnya): jalankan lagi dengan --tahun, misalnya --tahun 2024.\n",
    );
    expect(run.out).toBe("");
    const given = await sakip("triwulan", noYear, "--tw", "1", "-o", out, "--tahun", "2024");
    expect(given.code).toBe(0);
    const wb = await loadXlsx(out);
    expect(wb.tabs().map((t) => t.name)).toContain("Evaluasi TW I 2024");
  });

  it("takes the year from the titles, and says when the realisasi columns cannot be read", async () => {
    const out = join(dir, "judul-TW2.xlsx");
    const run = await sakip("triwulan", titled, "--tw", "2", "-o", out);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      new RegExp(
        `^Kolom Realisasi TW I–IV dan Realisasi Anggaran TW I–IV di tab '${APPENDED_TAB}' belum terbaca, jadi realisasi dan capaiannya kosong: tunjukkan kolomnya di panel \\(Cara dibaca\\), atau isi tabel Koreksi pembacaan di tab Pengaturan kolom G:I \\(sakip membacanya juga\\)\\. Tab 'Evaluasi TW II 2024' dibuat: 16 indikator`,
      ),
    );
    // sakip baca only shows a reading; it never corrects one, so the sentence does not send there.
    expect(run.out).not.toContain("sakip baca");
  });

  it("sakip periksa names the triwulan columns a tab's reading lacks, and where to show them", async () => {
    const run = await sakip("periksa", titled);
    const lines = run.out.split("\n").filter((l) => l.includes("belum terbaca"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `Kolom Realisasi TW I–IV dan Realisasi Anggaran TW I–IV di tab '${APPENDED_TAB}' belum terbaca`,
    );
    expect(run.out).toContain("panel (Cara dibaca)");
  });

  it("sakip baca names the columns the reading is unsure of", async () => {
    const run = await sakip("baca", titled);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      `  S: tidak dipakai  ← "CATATAN PELAKSANAAN / Jan–Mar"  ⚠ belum pasti: berisi angka di 16 baris indikator, tetapi tidak dipakai\n`,
    );
    expect(run.out).toContain(`  U: tidak dipakai  ← "Jul–Sep"\n`);
  });

  it("sakip laporan takes --tahun too; a command without it points at Pengaturan", async () => {
    const docx = join(dir, "laporan.docx");
    const asked = await sakip("laporan", noYear, "--tw", "1", "-o", docx);
    expect(asked.code).toBe(2);
    expect(asked.err).toContain("jalankan lagi dengan --tahun, misalnya --tahun 2024.");
    const given = await sakip("laporan", noYear, "--tw", "1", "-o", docx, "--tahun", "2024");
    expect(given.err).toBe("");
    expect(given.out).toMatch(/2024.*disimpan di /);
    const sidik = await sakip("sidik", noYear, "--tw", "1");
    expect(sidik.code).toBe(2);
    expect(sidik.err).toBe(
      "Tahun laporan tidak diketahui: isi baris Tahun di tab Pengaturan berkas itu, misalnya 2024.\n",
    );
  });

  it("makes a template only for a year that is said", async () => {
    const run = await sakip("template", "-o", join(dir, "kerangka.xlsx"), "--opd", "Dinas X");
    expect(run.code).toBe(2);
    expect(run.err.trim()).toBe(
      "Tahun kerangka belum disebut: isi tahunnya, misalnya 2024 (di baris perintah: --tahun 2024).",
    );
  });
});
