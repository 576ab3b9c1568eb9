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
    const reply = g.api("submitReview", { tw: 1, force: true, reason: "uji" }) as {
      ok: boolean;
      data: { status: string };
    };
    expect(reply).toMatchObject({ ok: true, data: { status: "dikirim" } });
    const history = wb.getTab("Riwayat Reviu");
    const recorded = wb.values(history, { row: 2, col: 10, rows: 1, cols: 1 })[0][0];
    const { port } = emulatedPort(wb);
    expect(recorded).toBe(fingerprintOf(readWorkbook(port), 1, sha256).hash);
  });

  it("answers a bad request with one Indonesian sentence, not a stack", () => {
    const { g } = addon(workbook());
    expect(g.api("createTriwulan", { tw: 7 })).toEqual({
      ok: false,
      message: "Isian panel tidak lengkap atau tidak valid; muat ulang panel lalu coba lagi.",
    });
    expect(g.api("hapusSemua", {})).toEqual({ ok: false, message: 'Perintah "hapusSemua" tidak dikenal.' });
    expect(g.api("createTriwulan", { tw: 1, tabs: ["Tidak Ada"] })).toMatchObject({
      ok: false,
      message: expect.stringContaining("tidak ada di spreadsheet"),
    });
  });
});

describe("a reviewer who is not an editor of the history", () => {
  it("gets one Indonesian sentence instead of Sheets' English protection error", () => {
    const wb = workbook();
    const staff = createGas(wb, { user: "staf@dinas.go.id", owner: "staf@dinas.go.id", files: {} });
    const g = loadBundle(build("Code.js"), staff) as unknown as Record<string, (...a: unknown[]) => unknown>;
    bindCustomFunctions(wb, g as never);
    g.api("createTriwulan", { tw: 1 });
    expect(g.api("submitReview", { tw: 1, force: true, reason: "uji" })).toMatchObject({ ok: true });
    // No reviewer e-mail in Pengaturan: the history tab lets nobody else append.
    const stranger = createGas(wb, { user: "tamu@inspektorat.go.id", owner: "staf@dinas.go.id", files: {} });
    const r = loadBundle(build("Code.js"), stranger) as unknown as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    expect(r.api("verifyReview", { tw: 1 })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Bagian spreadsheet ini dilindungi dan Anda bukan editornya/),
    });
  });
});
