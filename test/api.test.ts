import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Endpoint, laporanFromJson, makeSchemas } from "../src/api";
import { laporanInput } from "../src/app/laporan";
import { inputJson } from "../src/core/report-input";
import { demoWorkbook } from "../src/emulator/demo";
import { emulatedPort } from "../src/emulator/session";

/** What the sidebar contract lets through to the use cases, and what it turns away. */
const accepts = (endpoint: Endpoint, args: unknown) => makeSchemas()[endpoint].safeParse(args).success;
const long = (n: number) => "x".repeat(n);

describe("the sidebar contract (zod at the boundary)", () => {
  it("takes a triwulan as a whole number from 1 to 4", () => {
    for (const tw of [1, 2, 3, 4]) expect(accepts("verifyReview", { tw }), String(tw)).toBe(true);
    for (const tw of [0, 5, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, "2", null, undefined])
      expect(accepts("verifyReview", { tw }), String(tw)).toBe(false);
    expect(accepts("checkInput", {})).toBe(true);
    expect(accepts("checkInput", { tw: 2.5 })).toBe(false);
    // A report is for a TW or for the year ("tahunan", the LKjIP Bab III), spelled as the panel sends it.
    for (const tw of [1, 4, "tahunan"]) expect(accepts("laporanInput", { tw }), String(tw)).toBe(true);
    for (const tw of [0, 2.5, "2", "Tahunan", null])
      expect(accepts("laporanInput", { tw }), String(tw)).toBe(false);
  });

  it("takes a column correction within the sheet's bounds, whole numbers only", () => {
    expect(accepts("correctReading", { tab: "Bidang A", col: 0, field: "pagu" })).toBe(true);
    expect(accepts("correctReading", { tab: "Bidang A", col: 700, field: null })).toBe(true);
    expect(accepts("correctReading", { tab: "Bidang A", headerTop: 1, headerBottom: 1000 })).toBe(true);
    expect(accepts("correctReading", { tab: "Bidang A", col: 701 })).toBe(false);
    expect(accepts("correctReading", { tab: "Bidang A", col: 2.5 })).toBe(false);
    expect(accepts("correctReading", { tab: "Bidang A", headerTop: 0 })).toBe(false);
    expect(accepts("correctReading", { tab: "Bidang A", headerBottom: 1001 })).toBe(false);
    expect(accepts("correctReading", { tab: "", col: 1 })).toBe(false);
    expect(accepts("correctReading", { tab: long(101), col: 1 })).toBe(false);
    expect(accepts("correctReading", { tab: "Bidang A", field: long(41) })).toBe(false);
    // A column's meaning is one of the fields the panel offers, or null (not used).
    expect(accepts("correctReading", { tab: "Bidang A", col: 3, field: "realisasiTw2" })).toBe(true);
    for (const field of ["realisasiTw5", "Pagu", "", 0, false])
      expect(accepts("correctReading", { tab: "Bidang A", col: 3, field }), String(field)).toBe(false);
    const family = (field: unknown) => ({ tab: "Bidang A", columns: [{ col: 3, field }] });
    expect(accepts("correctReading", family(null))).toBe(true);
    expect(accepts("correctReading", family("rakTw1"))).toBe(true);
    expect(accepts("correctReading", family("rakTw0"))).toBe(false);
    expect(accepts("correctReading", family(undefined))).toBe(false);
  });

  it("takes the answers to the triwulan questions as a map of texts", () => {
    const key = "Bidang A|2.07.01|jumlah dokumen";
    expect(accepts("createTriwulan", { tw: 2, answers: { [key]: "Bidang A|2.07.01|jumlah laporan" } })).toBe(
      true,
    );
    expect(accepts("createTriwulan", { tw: 2, answers: { [key]: "" }, tabs: ["Bidang A"] })).toBe(true);
    expect(accepts("createTriwulan", { tw: 2, answers: {} })).toBe(true);
    expect(accepts("createTriwulan", { tw: 2, answers: { [long(1000)]: long(1000) } })).toBe(true);
    expect(accepts("createTriwulan", { tw: 2, answers: { [long(1001)]: "" } })).toBe(false);
    expect(accepts("createTriwulan", { tw: 2, answers: { [key]: long(1001) } })).toBe(false);
    expect(accepts("createTriwulan", { tw: 2, answers: { [key]: 3 } })).toBe(false);
    expect(accepts("createTriwulan", { tw: 2, answers: { [key]: null } })).toBe(false);
    expect(accepts("createTriwulan", { tw: 2, answers: [["a", "b"]] })).toBe(false);
    expect(accepts("createTriwulan", { tw: 2, answers: "a" })).toBe(false);
    expect(accepts("createTriwulan", { tw: 2, answers: null })).toBe(false);
    expect(accepts("createTriwulan", { tw: 2, tabs: [""] })).toBe(false);
  });

  it("selects a cell only by a plain A1 address", () => {
    for (const cell of ["A1", "N12", "XFD1048576"])
      expect(accepts("selectCell", { sheet: "Bidang A", cell })).toBe(true);
    for (const cell of ["a1", "A", "12", "A1:B2", "ABCD1", "A12345678", "A1 ", "=A1", ""])
      expect(accepts("selectCell", { sheet: "Bidang A", cell }), cell).toBe(false);
  });

  it("keeps the other fields' types and lengths", () => {
    const template = { opd: "Dinas Transmigrasi", tahun: "2024", bidang: ["Bidang A"] };
    expect(accepts("createTemplate", template)).toBe(true);
    expect(accepts("createTemplate", { ...template, skala: "lakip" })).toBe(true);
    expect(accepts("createTemplate", { ...template, bidang: Array(31).fill("B") })).toBe(false);
    expect(accepts("createTemplate", { ...template, tahun: long(11) })).toBe(false);
    expect(accepts("createTemplate", { ...template, bidang: "Bidang A" })).toBe(false);
    // Kirim carries the panel's check (what Hasil Pemeriksaan shows) and the digest of what it checked.
    const finding = {
      rule: "kode",
      severity: "error",
      sheet: "B",
      cell: "A1",
      message: "m",
      suggestion: "s",
    };
    const summary = { error: 1, warning: 0, info: 0, tabs: 1, indicators: 3 };
    const check = { findings: [finding], titles: { kode: "Kode" }, summary, message: "m" };
    const sent = { tw: 1, force: true, reason: "uji", check, basis: "ab12" };
    expect(accepts("submitReview", sent)).toBe(true);
    expect(accepts("submitReview", { ...sent, force: "ya" })).toBe(false);
    expect(accepts("submitReview", { tw: 1, force: true, reason: "uji" })).toBe(false);
    expect(
      accepts("submitReview", {
        ...sent,
        check: { ...check, findings: [{ ...finding, severity: "galat" }] },
      }),
    ).toBe(false);
    expect(
      accepts("writeCheck", { check: { ...check, summary: { ...summary, error: -1 } }, basis: "ab12" }),
    ).toBe(false);
    expect(accepts("writeCheck", { tw: 1, check, basis: "ab12" })).toBe(true);
    // Periksa's findings are written only for the data they were found in.
    expect(accepts("writeCheck", { check })).toBe(false);
    expect(accepts("reopenReview", { tw: 1 })).toBe(false);
    expect(accepts("addNote", { tw: 1, catatan: long(2001) })).toBe(false);
    expect(accepts("sidebarState", {})).toBe(true);
  });
});

/**
 * The same rules over any value the panel (or anyone calling google.script.run) could send: the
 * contract lets a value through exactly when the rule says so, whatever checks it.
 */
describe("the sidebar contract over any value", () => {
  const anyValue = fc.oneof(
    fc.anything(),
    fc.integer({ min: -5, max: 1_000_005 }),
    fc.double(),
    fc.constantFrom(1, 2, 3, 4, "tahunan", "2", true, null, undefined),
  );

  it("takes a TW only as 1, 2, 3 or 4, and a report's period also as 'tahunan'", () => {
    fc.assert(
      fc.property(anyValue, (tw) => {
        const isTw = tw === 1 || tw === 2 || tw === 3 || tw === 4;
        expect(accepts("verifyReview", { tw })).toBe(isTw);
        expect(accepts("makeStatement", { tw })).toBe(isTw);
        expect(accepts("checkInput", { tw })).toBe(isTw || tw === undefined);
        expect(accepts("laporanInput", { tw })).toBe(isTw || tw === "tahunan");
      }),
    );
  });

  it("takes a column and a row as whole numbers within the sheet's bounds", () => {
    fc.assert(
      fc.property(anyValue, (n) => {
        const whole = (min: number, max: number) =>
          Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
        expect(accepts("correctReading", { tab: "Bidang A", col: n })).toBe(n === undefined || whole(0, 700));
        expect(accepts("correctReading", { tab: "Bidang A", row: n })).toBe(
          n === undefined || whole(1, 1_000_000),
        );
        expect(accepts("correctReading", { tab: "Bidang A", headerTop: n })).toBe(
          n === undefined || whole(1, 1000),
        );
      }),
    );
  });

  it("takes a text up to its length, and nothing else in its place", () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 1100 }),
      fc.string({ minLength: 990, maxLength: 1010 }),
      anyValue,
    );
    fc.assert(
      fc.property(texts, (v) => {
        const upTo = (max: number, min = 0) => typeof v === "string" && v.length >= min && v.length <= max;
        expect(accepts("saveTahun", { tahun: v })).toBe(upTo(4));
        expect(accepts("reopenReview", { tw: 1, reason: v })).toBe(upTo(1000));
        expect(accepts("addColumns", { tab: v })).toBe(upTo(100, 1));
        expect(accepts("selectCell", { sheet: "Bidang A", cell: v })).toBe(
          typeof v === "string" && /^[A-Z]{1,3}\d{1,7}$/.test(v),
        );
      }),
    );
  });

  it("takes a report document the panel built, and no block it does not know", () => {
    const { port } = emulatedPort(demoWorkbook());
    const doc = laporanFromJson(inputJson(laporanInput(port, { tw: 1 })));
    const sends = (blocks: unknown[]) => accepts("createLaporan", { tw: 1, doc: { ...doc, blocks } });
    expect(accepts("createLaporan", { tw: 1, doc })).toBe(true);
    expect(accepts("createLaporan", { tw: 1 })).toBe(false);
    expect(sends([])).toBe(true);
    for (const block of [
      { kind: "script", text: "x" },
      { kind: "table", id: "t", caption: "", header: [], rows: "semua", widths: [] },
      { kind: "heading", text: "Bab", level: 4 },
      {
        kind: "chart",
        id: "g",
        title: "",
        categories: [],
        series: [{ name: "a", values: ["100"], color: "" }],
      },
      { kind: "paragraph", id: "p", text: 7 },
      { kind: "__proto__" },
      { kind: "toString" },
      null,
    ])
      expect(sends([block]), JSON.stringify(block)).toBe(false);
  });
});
