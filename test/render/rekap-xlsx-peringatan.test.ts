/**
 * The rekap .xlsx printed (trial 5 #16): the red sentence above the table saying which copies of one
 * office's file were summed once runs longer than a page is wide. It was one unwrapped cell whose
 * text ran on past the first printed page and was cut there ("… berisi OPD, tahun dan TW yang sama
 * (Dinas Pekerjaan Umum dan Pen"), the rest on no page. Printed by LibreOffice, every word of it is
 * now on the first page.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rekapOfFiles } from "../../src/cli/rekap";
import { sha256 } from "../../src/cli/sakip";
import { saveXlsx } from "../../src/emulator/xlsx";
import { rekapXlsx } from "../../src/render/rekap-xlsx";
import { convert, onCi, soffice, warnWithoutSoffice } from "../utils/libreoffice";
import { opdWorkbook, review } from "../utils/opd";

warnWithoutSoffice("UJI CETAK PERINGATAN REKAP", "'libreoffice-calc-nogui' dan 'poppler-utils'");

const dir = mkdtempSync(join(tmpdir(), "sakip-rekap-cetak-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const words = (text: string) => text.replace(/\s+/g, " ").trim();

describe.skipIf(!soffice && !onCi)("the rekap .xlsx printed", () => {
  it("carries the whole duplicate-file warning on its first page", async () => {
    const wb = opdWorkbook(1, 24, 2);
    review(wb, 2, "dikirim");
    const files = [join(dir, "opd-a.xlsx"), join(dir, "opd-a salinan.xlsx"), join(dir, "opd-b.xlsx")];
    await saveXlsx(wb, files[0]);
    copyFileSync(files[0], files[1]);
    await saveXlsx(opdWorkbook(2, 24, 2), files[2]);
    const rekap = await rekapOfFiles(files, 2, sha256);
    expect(rekap.duplikat.length).toBe(1);
    const warning = rekap.duplikat[0].kalimat;
    expect(warning.length).toBeGreaterThan(150);
    const target = join(dir, "rekap.xlsx");
    writeFileSync(target, await rekapXlsx(rekap));

    convert([target], "pdf", dir, join(dir, "profile"));
    const pdf = join(dir, "rekap.pdf");
    expect(existsSync(pdf)).toBe(true);
    const first = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
    // Wrapped lines may break a word at a hyphen or a slash: compare without the line breaks.
    expect(words(first).replace(/ /g, "")).toContain(words(warning).replace(/ /g, ""));
  }, 180_000);
});
