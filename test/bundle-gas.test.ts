import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../src/app/plans";
import { fingerprintOf } from "../src/app/reviu";
import { generateTriwulan } from "../src/app/triwulan";
import { sha256 } from "../src/cli/sakip";
import { createGas } from "../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../src/emulator/gasRuntime";
import { emulatedPort } from "../src/emulator/session";
import type { MemoryWorkbook } from "../src/emulator/workbook";
import { transmigrasiWorkbook } from "./fixtures/dinas";
import { panelSubmit } from "./utils/panel";

const build = (file: string) => readFileSync(join(__dirname, "../build", file), "utf8");

const workbook = () => transmigrasiWorkbook();

/** The built bundle on the SpreadsheetApp facade, as Apps Script runs it. */
function addon(wb: MemoryWorkbook) {
  const gas = createGas(wb, { files: { Sidebar: build("Sidebar.html") } });
  const g = loadBundle(build("Code.js"), gas) as unknown as Record<string, (...a: unknown[]) => unknown>;
  bindCustomFunctions(wb, g as never);
  return { gas, g };
}

describe("the built add-on on the SpreadsheetApp facade", () => {
  it("builds the SAKIP menu in onOpen without reading the document (AuthMode.NONE)", () => {
    const wb = workbook();
    const { gas, g } = addon(wb);
    gas.calls.reset();
    g.onOpen({ authMode: "NONE" });
    expect(gas.ui.menus).toEqual([
      { title: "SAKIP", addon: true, items: [{ caption: "Buka panel", functionName: "showSidebar" }] },
    ]);
    expect(Object.keys(gas.calls.byMethod).some((m) => /^(Spreadsheet|Sheet|Range)\./.test(m))).toBe(false);
    g.showSidebar();
    expect(gas.ui.sidebar?.getTitle()).toBe("SAKIP");
    expect(gas.ui.sidebar?.getContent()).toContain("Buat tab Triwulan");
  });

  it("generates the same evaluation tab as the CLI path, with the bundle's custom functions", () => {
    const viaBundle = workbook();
    const { g } = addon(viaBundle);
    const reply = g.api("createTriwulan", { tw: 1 }) as {
      ok: boolean;
      data: { message: string; tab: string };
    };
    expect(reply.ok).toBe(true);
    expect(reply.data.message).toContain("12 indikator");

    const viaCli = workbook();
    const { port } = emulatedPort(viaCli);
    generateTriwulan(port, { tw: 1 });

    const tab = "Evaluasi TW I 2024";
    const values = (wb: MemoryWorkbook) => {
      const t = wb.getTab(tab);
      const size = wb.usedSize(t);
      return wb.values(t, { row: 1, col: 1, rows: size.rows, cols: size.cols });
    };
    expect(values(viaBundle)).toEqual(values(viaCli));
    const flat = values(viaBundle).flat();
    expect(flat.some((v) => typeof v === "number" && Math.abs(v - 97.027) < 0.001)).toBe(true);
    expect(flat).toContain("Sangat Tinggi");
  });

  it("records the submission with Utilities.computeDigest, equal to the CLI's fingerprint", () => {
    const wb = workbook();
    const { g } = addon(wb);
    expect(g.api("createTriwulan", { tw: 1 })).toMatchObject({ ok: true });
    const reply = panelSubmit(g.api, { tw: 1, force: true, reason: "uji" }) as {
      ok: boolean;
      data: { status: string };
    };
    expect(reply).toMatchObject({ ok: true, data: { status: "dikirim" } });
    const history = wb.getTab("Riwayat Reviu");
    const recorded = wb.values(history, { row: 2, col: 10, rows: 1, cols: 1 })[0][0];
    const { port } = emulatedPort(wb);
    expect(recorded).toBe(fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256).hash);
  });

  it("answers a bad request with one Indonesian sentence, not a stack", () => {
    const { g } = addon(workbook());
    expect(g.api("createTriwulan", { tw: 7 })).toEqual({
      ok: false,
      code: "masukan",
      message: "Isian panel tidak lengkap atau tidak valid; muat ulang panel lalu coba lagi.",
      field: "tw",
    });
    expect(g.api("hapusSemua", {})).toEqual({
      ok: false,
      code: "internal",
      message: 'Perintah "hapusSemua" tidak dikenal.',
    });
    expect(g.api("createTriwulan", { tw: 1, tabs: ["Tidak Ada"] })).toMatchObject({
      ok: false,
      code: "tidak-ditemukan",
      message: expect.stringContaining("tidak ada di spreadsheet"),
    });
  });
});

describe("the built add-on with several people on one spreadsheet", () => {
  const OWNER = "kadis@dinas.go.id";
  const editors = ["staf@dinas.go.id", "staf2@dinas.go.id", "tamu@inspektorat.go.id"];
  const as = (wb: MemoryWorkbook, user: string, language: "en" | "id" = "en") => {
    const gas = createGas(wb, { user, owner: OWNER, editors, language, files: {} });
    const g = loadBundle(build("Code.js"), gas) as unknown as Record<string, (...a: unknown[]) => unknown>;
    bindCustomFunctions(wb, g as never);
    return { gas, g };
  };
  const submitted = () => {
    const wb = transmigrasiWorkbook({ proteksi: "ketat" });
    const staff = as(wb, "staf@dinas.go.id");
    staff.g.api("createTriwulan", { tw: 1 });
    expect(panelSubmit(staff.g.api, { tw: 1, force: true, reason: "uji" })).toMatchObject({ ok: true });
    staff.gas.end();
    return wb;
  };

  it("lets a reviewer named nowhere append a verification to the history", () => {
    const wb = submitted();
    const r = as(wb, "tamu@inspektorat.go.id");
    expect(r.g.api("verifyReview", { tw: 1 })).toMatchObject({ ok: true, data: { changed: false } });
  });

  it("refuses a colleague's second Kirim and reopening in Indonesian whatever language Sheets speaks", () => {
    const wb = submitted();
    const colleague = as(wb, "staf2@dinas.go.id", "id");
    // A sent quarter is not sent again before it is reopened: the record reviewed stays.
    expect(panelSubmit(colleague.g.api, { tw: 1, force: true, reason: "uji" })).toEqual({
      ok: false,
      code: "belum-siap",
      message: expect.stringMatching(/^TW I sudah dikirim untuk reviu pada .+ oleh staf@dinas\.go\.id/),
    });
    // Reopening removes the submitter's locks, which only the submitter and the owner may edit.
    expect(colleague.g.api("reopenReview", { tw: 1, reason: "uji" })).toEqual({
      ok: false,
      code: "dilindungi",
      message: expect.stringMatching(
        /^TW I hanya dapat dibuka kembali oleh staf@dinas\.go\.id \(yang mengirim\)/,
      ),
    });
  });

  it("flushes before releasing the lock: two verifications close together get two history rows", () => {
    const wb = submitted();
    // Two reviewers (the sender verifies nothing of its own submission).
    const first = as(wb, "tamu@inspektorat.go.id");
    const second = as(wb, "staf2@dinas.go.id");
    expect(first.g.api("verifyReview", { tw: 1 })).toMatchObject({ ok: true });
    expect(second.g.api("verifyReview", { tw: 1 })).toMatchObject({ ok: true });
    first.gas.end();
    second.gas.end();
    const t = wb.getTab("Riwayat Reviu");
    const rows = wb.values(t, { row: 2, col: 1, rows: wb.usedSize(t).rows - 1, cols: 5 });
    expect(rows.map((r) => [r[0], r[3], r[4]])).toEqual([
      [1, "Dikirim", "staf@dinas.go.id"],
      [2, "Diverifikasi", "tamu@inspektorat.go.id"],
      [3, "Diverifikasi", "staf2@dinas.go.id"],
    ]);
  });
});
