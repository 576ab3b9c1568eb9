import { type Args, type Endpoint, makeSchemas, type Reply, type Results } from "../api";
import { correctionEntries, correctReading } from "../app/baca";
import { addMissingColumns } from "../app/columns";
import { laporanInput, submitLaporan } from "../app/laporan";
import { changedSinceSent } from "../app/laporan-berubah";
import { checkInputOf, claimedCheck, readForCheck, reportCheck } from "../app/periksa";
import { saveTahun } from "../app/plans";
import { addNote, openNotes, type ReviuDeps, reopen, statement, submitChecked, verify } from "../app/reviu";
import { sidebarState } from "../app/state";
import { buildTemplate } from "../app/template";
import { generateTriwulan } from "../app/triwulan";
import { bytesToHex } from "../core/fingerprint";
import { checkTw } from "../core/plan";
import { inputJson } from "../core/report-input";
import { UserError } from "../core/result";
import { SheetsPort } from "./sheetsPort";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

function port(): SheetsPort {
  return new SheetsPort(SpreadsheetApp, LockService, Session);
}

function reviuDeps(): ReviuDeps {
  return {
    digest: (text) =>
      bytesToHex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8)),
    // The e-mail is only visible with the userinfo.email scope and within the same domain.
    user: () => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail(),
    now: () => new Date(),
    timeZone: active().getSpreadsheetTimeZone(),
    // The add-on's own document properties: no editor of the sheet can write them.
    anchor: {
      get: (key) => PropertiesService.getDocumentProperties().getProperty(key),
      set: (key, value) => void PropertiesService.getDocumentProperties().setProperty(key, value),
    },
  };
}

const handlers: { [K in Endpoint]: (args: Args<K>) => Results[K] } = {
  sidebarState: () => sidebarState(port()),
  createTemplate: (a) => ({ message: buildTemplate(port(), a).message }),
  createTriwulan: (a) => {
    const report = generateTriwulan(port(), { ...a, timeZone: () => active().getSpreadsheetTimeZone() });
    if (!report.questions.length) active().getSheetByName(report.tab)?.activate();
    return {
      message: report.message,
      tab: report.tab,
      questions: report.questions,
      unread: report.unread ?? "",
    };
  },
  checkInput: (a) => {
    const input = checkInputOf(readForCheck(port()), a.tw);
    return { input, basis: reviuDeps().digest(input) };
  },
  writeCheck: (a) => {
    const p = port();
    // Findings of data changed since it was checked (a cell typed meanwhile) are never written.
    p.withLock(() => {
      const wb = readForCheck(p);
      reportCheck(p, wb.tabs, claimedCheck(wb, a.tw, a, reviuDeps().digest));
    });
    return { message: a.check.message };
  },
  selectCell: (a) => {
    const sheet = active().getSheetByName(a.sheet);
    if (!sheet) throw new UserError(`Tab "${a.sheet}" tidak ada lagi.`, "tidak-ditemukan");
    sheet.getRange(a.cell).activate();
    return { message: `Sel ${a.sheet}!${a.cell} dipilih.` };
  },
  addColumns: (a) => {
    const { message, planned } = addMissingColumns(port(), a.tab, a.confirm === true);
    return { message, planned };
  },
  submitReview: (a) => {
    const deps = reviuDeps();
    const { status, message } = submitChecked(port(), deps, a, (wb, tw) =>
      claimedCheck(wb, tw, a, deps.digest),
    );
    return { status, message };
  },
  verifyReview: (a) => verify(port(), reviuDeps(), a),
  reopenReview: (a) => reopen(port(), reviuDeps(), a),
  addNote: (a) => {
    const range = active().getActiveRange();
    if (!range) throw new UserError("Pilih dulu sel pada baris indikator yang ingin dicatat.");
    const note = { ...a, sheet: range.getSheet().getName(), row: range.getRow(), col: range.getColumn() };
    return addNote(port(), reviuDeps(), note);
  },
  openNotes: () => ({ notes: openNotes(port()) }),
  makeStatement: (a) => statement(port(), reviuDeps(), a),
  correctReading: (a) => correctReading(port(), correctionEntries(a)),
  saveTahun: (a) => saveTahun(port(), a.tahun),
  laporanInput: (a) => ({ input: inputJson(laporanInput(port(), a)) }),
  createLaporan: (a) => {
    const p = port();
    // Changed after it was sent (or reviewed): said on the first page and in the message, as the CLI's.
    const changed = a.tw === "tahunan" ? "" : changedSinceSent(p, checkTw(a.tw), reviuDeps());
    const report = submitLaporan(p, a, a.doc, changed);
    active().getSheetByName(report.tab)?.activate();
    return { message: report.message, tab: report.tab };
  },
};

/**
 * The sidebar's single server entry (google.script.run.api(name, args)): validates the arguments
 * against the contract and answers with an envelope, so a user error reaches the panel as its
 * Indonesian sentence instead of an Apps Script stack.
 */
export function api(name: string, args: unknown): Reply<Endpoint> {
  const schemas = makeSchemas();
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is not promised by the Apps Script V8 guide.
  if (!Object.prototype.hasOwnProperty.call(schemas, name))
    return { ok: false, code: "internal", message: `Perintah "${String(name)}" tidak dikenal.` };
  const endpoint = name as Endpoint;
  const parsed = schemas[endpoint].safeParse(args ?? {});
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return {
      ok: false,
      code: "masukan",
      message: "Isian panel tidak lengkap atau tidak valid; muat ulang panel lalu coba lagi.",
      ...(typeof field === "string" ? { field } : {}),
    };
  }
  try {
    const run = handlers[endpoint] as (a: unknown) => Results[Endpoint];
    return { ok: true, data: run(parsed.data) };
  } catch (e) {
    if (e instanceof UserError)
      return { ok: false, code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, code: "internal", message: `Terjadi kesalahan yang tidak terduga: ${message}` };
  }
}
