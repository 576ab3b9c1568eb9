/**
 * Every endpoint's failure carries a kind from the closed list beside its Indonesian sentence, so
 * the panel can tell a busy document from bad input. Each kind is met here as a person meets it,
 * through the built bundle on the SpreadsheetApp facade.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Endpoint, type Failure, laporanFromJson, makeSchemas } from "../../src/api";
import { FAILURE_CODES, type FailureCode } from "../../src/core/result";
import { createGas } from "../../src/emulator/facade";
import { loadBundle } from "../../src/emulator/gasRuntime";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { LOCK_BUSY } from "../../src/gas/sheetsPort";
import { transmigrasiWorkbook } from "../fixtures/dinas";

const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");

function addon(wb: MemoryWorkbook) {
  const gas = createGas(wb, { files: {} });
  const g = loadBundle(code, gas) as unknown as { api(name: string, args: unknown): { ok: boolean } };
  return { gas, api: (name: string, args: unknown) => g.api(name, args) as Failure };
}

/** The evaluation tab's name for TW I of the fixture, as the add-on names it. */
function evaluasiTab(): string {
  const { api } = addon(transmigrasiWorkbook());
  return (api("createTriwulan", { tw: 1 }) as unknown as { data: { tab: string } }).data.tab;
}

const cases: { code: FailureCode; what: string; run: () => Failure; message: RegExp; field?: string }[] = [
  {
    code: "masukan",
    what: "a year that is no year in the template form",
    run: () =>
      addon(transmigrasiWorkbook()).api("createTemplate", { opd: "Dinas", tahun: "20x4", bidang: ["A"] }),
    message: /^Tahun "20x4" tidak valid/,
    field: "tahun",
  },
  {
    code: "masukan",
    what: "an argument the contract refuses (TW 7)",
    run: () => addon(transmigrasiWorkbook()).api("createTriwulan", { tw: 7 }),
    message: /^Isian panel tidak lengkap atau tidak valid/,
    field: "tw",
  },
  {
    code: "masukan",
    what: "a report document that is no document (zod's English never reaches the panel)",
    run: () =>
      addon(transmigrasiWorkbook()).api("createLaporan", {
        tw: 1,
        doc: { title: "LAKIP", blocks: [{ kind: "table", rows: "semua 100" }] },
      }),
    message: /^Isian panel tidak lengkap atau tidak valid; muat ulang panel lalu coba lagi\.$/,
    field: "doc",
  },
  {
    code: "masukan",
    what: "a report whose figure was doctored on its way from the panel",
    run: () => {
      const { api } = addon(transmigrasiWorkbook());
      const { data } = api("laporanInput", { tw: 1 }) as unknown as { data: { input: string } };
      const doc = laporanFromJson(data.input);
      const table = doc.blocks.find(
        (b) => b.kind === "table" && b.rows.some((r) => r.cells.some((c) => c.value)),
      );
      const cell =
        table?.kind === "table" ? table.rows.flatMap((r) => r.cells).find((c) => c.value) : undefined;
      if (cell) cell.text = "999,99";
      return api("createLaporan", { tw: 1, doc });
    },
    message:
      /^Laporan tidak ditulis: 1 angka berbeda dari hitungan tab Evaluasi \(.*: 999,99\); buat laporan lagi dari panel\.$/,
  },
  {
    code: "masukan",
    what: "a review note left empty",
    run: () => addon(transmigrasiWorkbook()).api("reopenReview", { tw: 1, reason: "" }),
    message: /^Tulis alasan membuka kembali/,
    field: "reason",
  },
  {
    code: "tidak-ditemukan",
    what: "a bidang tab deleted since the panel listed it",
    run: () => addon(transmigrasiWorkbook()).api("createTriwulan", { tw: 1, tabs: ["Bidang Lama"] }),
    message: /^Tab "Bidang Lama" tidak ada di spreadsheet ini/,
  },
  {
    code: "terkunci",
    what: "another execution holding the document lock",
    run: () => {
      const { gas, api } = addon(transmigrasiWorkbook());
      gas.holdLock();
      return api("createTriwulan", { tw: 1 });
    },
    message: new RegExp(`^${LOCK_BUSY.replace(/[.;]/g, "\\$&")}$`),
  },
  {
    code: "tab-bukan-milik-add-on",
    what: "a tab a person made under the evaluation tab's name",
    run: () => {
      const wb = transmigrasiWorkbook();
      const mine = wb.addTab(evaluasiTab());
      wb.write(mine, 1, 1, [["Catatan kepala dinas"]]);
      return addon(wb).api("createTriwulan", { tw: 1 });
    },
    message: /sudah ada tetapi bukan buatan add-on SAKIP/,
  },
  {
    code: "belum-siap",
    what: "verifying a TW never sent for review",
    run: () => addon(transmigrasiWorkbook()).api("verifyReview", { tw: 1 }),
    message: /belum pernah dikirim untuk reviu/,
  },
  {
    code: "internal",
    what: "an endpoint the contract does not name",
    run: () => addon(transmigrasiWorkbook()).api("hapusSemua", {}),
    message: /^Perintah "hapusSemua" tidak dikenal\.$/,
  },
];

describe("an endpoint's failure: a kind from the closed list and one Indonesian sentence", () => {
  it.each(cases)("$code: $what", ({ run, code, message, field }) => {
    const reply = run();
    expect(reply.ok).toBe(false);
    expect(reply.code).toBe(code);
    expect(reply.message).toMatch(message);
    expect(reply.field).toBe(field);
  });

  it("the cases meet every kind of the list but one that needs several people (dilindungi: bundle-gas)", () => {
    const met = new Set(cases.map((c) => c.code));
    expect(FAILURE_CODES.filter((c) => !met.has(c))).toEqual(["dilindungi"]);
  });

  // zod checks every argument on the server: what it turns away is the panel's one sentence, the
  // argument it is about named for the panel to mark, and none of zod's English ever.
  it("turns away any malformed argument with the Indonesian sentence, never zod's words", () => {
    const { api } = addon(transmigrasiWorkbook());
    const endpoints = Object.keys(makeSchemas()).filter((e) => e !== "sidebarState" && e !== "openNotes");
    fc.assert(
      fc.property(
        fc.constantFrom(...endpoints),
        fc.oneof(
          fc.anything(),
          fc.record({ tw: fc.anything(), doc: fc.anything(), tab: fc.anything(), tahun: fc.anything() }),
        ),
        (endpoint, args) => {
          if (makeSchemas()[endpoint as Endpoint].safeParse(args ?? {}).success) return;
          const reply = api(endpoint, args);
          expect(reply.ok).toBe(false);
          expect(reply.code).toBe("masukan");
          expect(reply.message).toBe(
            "Isian panel tidak lengkap atau tidak valid; muat ulang panel lalu coba lagi.",
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
