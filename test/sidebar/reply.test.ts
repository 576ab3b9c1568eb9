/**
 * The panel reads every answer by the contract's zod schemas (`replySchema`, sidebar/rpc.ts
 * `readReply`): what the built server answers passes whole, a failure keeps its kind and field,
 * and an answer the panel cannot read is one Indonesian sentence, never zod's English.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CallError, readReply, UNREADABLE } from "../../sidebar/rpc";
import { type Args, checkFromInput, type Endpoint, laporanFromJson } from "../../src/api";
import { createGas } from "../../src/emulator/facade";
import { loadBundle } from "../../src/emulator/gasRuntime";
import { transmigrasiWorkbook } from "../fixtures/dinas";

const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");

/** The built add-on on the fixture; answers come as google.script.run hands them over (JSON). */
function addon() {
  const wb = transmigrasiWorkbook();
  const gas = createGas(wb, { files: {} });
  const g = loadBundle(code, gas) as unknown as { api(name: string, args: unknown): unknown };
  return {
    gas,
    wb,
    api: <K extends Endpoint>(name: K, args: Args<K>) => JSON.parse(JSON.stringify(g.api(name, args))),
  };
}

describe("the panel reads the server's answers by the contract", () => {
  it("takes every endpoint's real answer whole, a person's session from opening to the report", () => {
    const { api, gas } = addon();
    const state = api("sidebarState", {});
    const tab = readReply("sidebarState", state).plans[0].reading.tab;
    const calls: [Endpoint, unknown][] = [
      ["sidebarState", {}],
      ["createTemplate", { opd: "Dinas Transmigrasi", tahun: "2024", bidang: [tab] }],
      ["createTriwulan", { tw: 1 }],
      ["checkInput", { tw: 1 }],
      ["addColumns", { tab }],
      ["selectCell", { sheet: tab, cell: "B7" }],
      ["correctReading", { tab, col: 0, field: "no" }],
      ["saveTahun", { tahun: "2024" }],
      // Kirim as the panel sends it: with its own check over the server's input.
      ["submitReview", () => ({ tw: 1, force: true, reason: "uji jawaban panel", ...panelChecked(1) })],
      ["verifyReview", { tw: 1 }],
      ["addNote", { tw: 1, catatan: "Periksa target TW I." }],
      ["openNotes", {}],
      ["makeStatement", { tw: 1 }],
      ["reopenReview", { tw: 1, reason: "perbaikan" }],
      ["laporanInput", { tw: 1 }],
    ];
    const ok: string[] = [];
    const panelChecked = (tw: number) => {
      const { input, basis } = readReply("checkInput", api("checkInput", { tw }));
      return { check: checkFromInput(input), basis };
    };
    for (const [name, args] of calls) {
      if (name === "addNote")
        gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)?.getRange("C8").activate();
      const reply = api(name, (typeof args === "function" ? args() : args) as never);
      // "Periksa" as the panel makes it: the rules over the server's input, the findings written back.
      if (name === "checkInput" && reply.ok) {
        const { input, basis } = readReply("checkInput", reply);
        const written = api("writeCheck", { tw: 1, check: checkFromInput(input), basis });
        expect(readReply("writeCheck", written).message).toMatch(/^Pemeriksaan selesai/);
        ok.push("writeCheck");
      }
      // "Buat laporan" as the panel makes it: the document built from the server's input, sent back.
      if (name === "laporanInput" && reply.ok) {
        const doc = laporanFromJson(readReply("laporanInput", reply).input);
        const written = api("createLaporan", { tw: 1, doc });
        expect(readReply("createLaporan", written).tab).toBe(doc.tabName);
        ok.push("createLaporan");
      }
      if (reply.ok) {
        // What the contract names arrives unchanged (a key it does not name, such as saveTahun's
        // tahun, is left out: the panel never reads it).
        expect(reply.data, name).toMatchObject(readReply(name, reply) as object);
        ok.push(name);
      } else {
        const read = (() => {
          try {
            return readReply(name, reply);
          } catch (e) {
            return e;
          }
        })();
        expect(read, name).toEqual(new CallError(reply.message, reply.code, reply.field));
        expect((read as CallError).message, name).not.toBe(UNREADABLE);
      }
    }
    // The session met the answers of (nearly) every endpoint, not only failures.
    expect(ok.length, ok.join(", ")).toBeGreaterThanOrEqual(13);
    expect(ok).toEqual(
      expect.arrayContaining(["sidebarState", "checkInput", "writeCheck", "submitReview", "createLaporan"]),
    );
  });

  it("keeps a failure's kind and field", () => {
    const { api } = addon();
    const reply = api("createTemplate", { opd: "Dinas", tahun: "20x4", bidang: ["A"] });
    expect(() => readReply("createTemplate", reply)).toThrow(/^Tahun "20x4" tidak valid/);
    try {
      readReply("createTemplate", reply);
    } catch (e) {
      expect(e).toBeInstanceOf(CallError);
      expect((e as CallError).code).toBe("masukan");
      expect((e as CallError).field).toBe("tahun");
    }
  });

  it.each([
    ["no answer at all", "verifyReview", undefined],
    ["an answer that is no envelope", "verifyReview", "Tidak ada perubahan"],
    ["data of the wrong type", "verifyReview", { ok: true, data: { changed: "ya", message: "x" } }],
    ["data without a field the panel reads", "makeStatement", { ok: true, data: { message: "Dibuat." } }],
    [
      "a check's input that is no text",
      "checkInput",
      { ok: true, data: { input: { tabs: [] }, basis: "ab" } },
    ],
    ["a failure of a kind not on the list", "checkInput", { ok: false, code: "rusak", message: "x" }],
    ["a TW that is no TW in a note", "openNotes", { ok: true, data: { notes: [{ row: "5" }] } }],
  ])("turns %s into one Indonesian sentence", (_, name, value) => {
    expect(() => readReply(name as Endpoint, value)).toThrow(new CallError(UNREADABLE, "internal"));
    try {
      readReply(name as Endpoint, value);
    } catch (e) {
      expect((e as CallError).code).toBe("internal");
      expect((e as CallError).message).toBe(UNREADABLE);
    }
  });
});
