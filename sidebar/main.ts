import {
  type CheckResult,
  checkFromInput,
  groupFindings,
  laporanFromJson,
  type Results,
  type SidebarState,
} from "../src/api";
import { el, type PanelContext } from "./dom";
import { keepOpen, missingBox, readingPanel } from "./reading";
import { CallError, call, reaction } from "./rpc";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $("status");

function say(text: string, kind: "" | "busy" | "error" | "warn" = ""): void {
  status.textContent = text;
  status.className = kind;
}

/**
 * Runs one server action with the buttons disabled and progress shown; never throws. A failure is
 * answered by its kind: a busy document offers "Coba lagi", which runs the same action again and
 * answers the caller with its result; bad input marks and focuses its field (`fields`: the
 * action's argument → the id of its input).
 */
async function busy<T>(
  label: string,
  action: () => Promise<T>,
  fields: Record<string, string> = {},
): Promise<T | undefined> {
  const buttons = [...document.querySelectorAll("button")];
  for (const b of buttons) b.disabled = true;
  for (const f of document.querySelectorAll("[aria-invalid]")) f.removeAttribute("aria-invalid");
  say(label, "busy");
  let failed: ReturnType<typeof reaction>;
  working = true;
  try {
    return await action();
  } catch (e) {
    // Any action that needs the year it does not know asks for it in the field at the top.
    failed = reaction(e, { tahun: "tahun-input", ...fields });
    say(failed.message, "error");
  } finally {
    working = false;
    for (const b of buttons) b.disabled = false;
  }
  if (failed.retry) {
    const again = el("button", { type: "button", id: "retry", textContent: "Coba lagi" });
    status.append(" ", again);
    again.focus();
    await new Promise<void>((resolve) => again.addEventListener("click", () => resolve(), { once: true }));
    return busy(label, action, fields);
  }
  if (failed.focus === "tahun-input") $("tahun-ask").hidden = false;
  const field = failed.focus ? document.getElementById(failed.focus) : null;
  if (field) {
    field.setAttribute("aria-invalid", "true");
    field.setAttribute("aria-describedby", "status");
    field.focus();
  }
  return undefined;
}

const ctx: PanelContext = { busy, say, refresh: (tab) => refresh(tab) };

/** The state the panel shows, as read: a quiet re-read that reads the same renders nothing. */
let shownState = "";

function renderState(s: SidebarState, quiet = false): void {
  shownState = JSON.stringify(s);
  renderOffice(s);
  const plans = $("plans");
  plans.replaceChildren(
    ...s.plans.map((p) =>
      el(
        "li",
        {},
        p.missingFields.length || !p.missing ? `${p.tab} — ${p.indicators} indikator` : p.tab,
        ...(p.missing ? [missingBox(p, s.fields, ctx)] : []),
        readingPanel(p.reading, s.fields, ctx),
      ),
    ),
    ...s.skipped.map((k) => el("li", { className: "warn", textContent: k.reason })),
  );
  if (!s.plans.length && !s.skipped.length) {
    plans.append(
      el("li", { className: "muted", textContent: "Belum ada tab Rencana Aksi. Buat kerangka di bawah." }),
    );
  }
  const box = $("bidang");
  // A tab the person unticked stays unticked when the panel reads the spreadsheet again.
  const unticked = new Set(
    [...box.querySelectorAll<HTMLInputElement>("input:not(:checked)")].map((i) => i.value),
  );
  box.replaceChildren(
    el("legend", { textContent: "Tab bidang" }),
    // Only tabs with indicators to evaluate (not a Renstra table, nor a tab without an Indikator column).
    ...s.plans
      .filter((p) => p.indicators > 0)
      .map((p) =>
        el(
          "label",
          {},
          el("input", { type: "checkbox", value: p.tab, checked: !unticked.has(p.tab) }),
          p.tab,
        ),
      ),
  );
  // Opened again, the panel works on the latest triwulan that has an evaluation tab, not on TW I.
  const made = s.evaluasiTabs.map((t) => ROMAN.indexOf(/^Evaluasi TW (I{1,3}|IV)\b/.exec(t)?.[1] ?? "") + 1);
  if (!twChosen && Math.max(0, ...made) > 0) {
    $<HTMLSelectElement>("tw").value = String(Math.max(...made));
    showTw();
  }
  // A quiet re-read leaves the template form as the person has it (open, and what they typed).
  if (quiet) return;
  $<HTMLDetailsElement>("template").open = !s.plans.length;
  if (s.tahun) $<HTMLInputElement>("t-tahun").value = s.tahun;
  if (s.opd) $<HTMLInputElement>("t-opd").value = s.opd;
}

const GROUPS = [
  ["error", "Galat"],
  ["warning", "Peringatan"],
  ["info", "Info"],
] as const;

type Finding = CheckResult["findings"][number];

/** A button that selects the finding's cell in the sheet. */
function findingButton(f: Finding, text: string): HTMLButtonElement {
  const button = el(
    "button",
    { type: "button", className: "finding" },
    text,
    el("span", { className: "where", textContent: `${f.sheet}!${f.cell}` }),
  );
  button.addEventListener("click", () => {
    void busy("Memilih sel…", async () =>
      say((await call("selectCell", { sheet: f.sheet, cell: f.cell })).message),
    );
  });
  return button;
}

/**
 * Findings by severity; repeated ones of a kind on one tab read as one, expandable to their rows.
 * The suggestion is written under each finding, not hidden in a tooltip.
 */
function renderFindings(result: CheckResult): void {
  const box = $("findings");
  const all = groupFindings(result.findings, result.titles);
  box.replaceChildren(
    ...GROUPS.flatMap(([severity, title]) => {
      const groups = all.filter((g) => g.severity === severity);
      if (!groups.length) return [];
      const count = groups.reduce((n, g) => n + g.findings.length, 0);
      return [
        el(
          "div",
          { className: `group ${severity}` },
          el("h3", { textContent: `${title} (${count})` }),
          ...groups.map((g) => {
            const saran = el("p", { className: "saran", textContent: `Saran: ${g.suggestion}` });
            if (g.findings.length === 1)
              return el("div", { className: "item" }, findingButton(g.findings[0], g.title), saran);
            return el(
              "details",
              { className: "item" },
              el("summary", { textContent: g.title }),
              saran,
              ...g.findings.map((f) => findingButton(f, f.message)),
            );
          }),
        ),
      ];
    }),
  );
}

/** When the panel last read the spreadsheet (ms), and whether an action is running. */
let readAt = 0;
let working = false;

/**
 * Coming back to the panel after typing in the sheet: the indicator counts are read again (one
 * call, quietly, at most every 2 s, never during an action), so "0 indikator" does not stay.
 */
const reread = () => {
  if (working || Date.now() - readAt < 2000) return;
  readAt = Date.now();
  void call("sidebarState", {})
    .then((state) => {
      // Never while the person is typing in a field of the panel (renderState fills some of them),
      // nor while a box they opened to add, point at or correct columns one by one is open
      // (rendering closes it).
      const field = document.activeElement as HTMLInputElement | null;
      const typing = field?.matches("input:not([type=checkbox]), select, textarea");
      const open = document.querySelector(
        "[aria-invalid], .add-columns:not([hidden]), details.per-column[open]",
      );
      // Nothing changed in the sheet: nothing to render, and what the person opened stays open.
      const same = JSON.stringify(state) === shownState;
      if (!working && !typing && !open && !same) renderState(state, true);
    })
    .catch(() => {});
};
window.addEventListener("focus", reread);
document.addEventListener("pointerdown", reread);

async function refresh(tab?: string): Promise<void> {
  readAt = Date.now();
  if (tab !== undefined) keepOpen(tab);
  // A keyboard user keeps their place: the field that had focus has it again after the reload.
  const focused = document.activeElement?.id;
  const state = await busy("Membaca spreadsheet…", () => call("sidebarState", {}));
  if (state) {
    renderState(state);
    renderNotes(state.notes);
    say("");
    if (focused) document.getElementById(focused)?.focus();
  }
}

/**
 * The office, and the year every action uses: Pengaturan's, else the titles' (said so), else asked
 * for here, and written to Pengaturan when the person saves it. Pengaturan made by a correction
 * alone (no OPD yet) is named as existing.
 */
function renderOffice(s: SidebarState): void {
  const year = s.tahun ? ` · ${s.tahun}${s.tahunSource === "judul" ? " (dari judul tab)" : ""}` : "";
  $("office").textContent = s.opd
    ? `${s.opd}${year}`
    : s.hasSettings
      ? `Tab Pengaturan ada; nama OPD belum diisi${year}.`
      : `Belum ada tab Pengaturan${year}.`;
  askTahun(!s.tahun && (s.plans.length > 0 || s.skipped.length > 0));
}

/** Shows (or hides) the year field; `then` runs after the year is saved (e.g. the action that asked). */
function askTahun(show: boolean, then?: () => Promise<void>): void {
  const box = $("tahun-ask");
  box.hidden = !show;
  afterTahun = then;
  if (show && then) $("tahun-input").focus();
}
let afterTahun: (() => Promise<void>) | undefined;

$("tahun-ask").addEventListener("submit", async (event) => {
  event.preventDefault();
  const tahun = $<HTMLInputElement>("tahun-input").value.trim();
  const result = await busy("Menyimpan tahun…", () => call("saveTahun", { tahun }), { tahun: "tahun-input" });
  if (!result) return;
  const then = afterTahun;
  await refresh();
  say(result.message);
  if (then) await then();
});

/**
 * Why no bidang is ticked: none to tick (no Rencana Aksi tab yet: the template form is opened and
 * named), or none chosen.
 */
function noBidang(): void {
  if (document.querySelector("#bidang input")) {
    say("Pilih paling sedikit satu tab bidang.", "error");
    return;
  }
  $<HTMLDetailsElement>("template").open = true;
  say(
    "Belum ada tab Rencana Aksi di spreadsheet ini: buat kerangkanya dulu di bagian “Buat kerangka Rencana Aksi” di bawah (isi nama OPD, tahun dan nama bidang, lalu tekan “Buat kerangka”), lalu isi tab bidangnya.",
    "error",
  );
}

async function makeTriwulan(answers?: Record<string, string>): Promise<void> {
  const tw = selectedTw();
  const tabs = [...document.querySelectorAll<HTMLInputElement>("#bidang input:checked")].map((i) => i.value);
  if (!tabs.length) return noBidang();
  let unknownYear = false;
  const result = await busy(`Membuat tab Evaluasi TW ${ROMAN[tw - 1]}…`, () =>
    call("createTriwulan", { tw, tabs, answers }).catch((e: unknown) => {
      unknownYear = e instanceof CallError && e.field === "tahun";
      throw e;
    }),
  );
  // The year is unknown: the panel asks for it, then makes the tab.
  if (unknownYear) askTahun(true, () => makeTriwulan(answers));
  if (!result) return;
  // Made, but a tab's realisasi was not read: said as a warning, not as plain news.
  say(result.message, result.unread ? "warn" : "");
  renderQuestions(result.questions);
}

$("make-tw").addEventListener("click", () => void makeTriwulan());

$("make-laporan").addEventListener("click", async () => {
  const value = $<HTMLSelectElement>("laporan-tw").value;
  const tw = value === "tahunan" ? "tahunan" : Number(value);
  const tabs = [...document.querySelectorAll<HTMLInputElement>("#bidang input:checked")].map((i) => i.value);
  if (!tabs.length) return noBidang();
  const label = tw === "tahunan" ? "LKjIP Bab III" : `LAKIP TW ${ROMAN[(tw as number) - 1]}`;
  // The panel builds the document from the figures the server computed; the server checks every
  // figure in it against its own before writing the tab (src/core/report-check.ts).
  const result = await busy(`Membuat ${label}…`, async () => {
    const { input } = await call("laporanInput", { tw, tabs });
    return call("createLaporan", { tw, tabs, doc: laporanFromJson(input) });
  });
  if (!result) return;
  say(result.message);
  // What staff do with the report tab in Sheets, in plain Indonesian with no terminal command (trial
  // 2 item 15): the paragraph's own text. The .docx itself is made by `sakip laporan` and npm start's
  // "Unduh laporan .docx": the Word and chart renderers (docx, Vega, resvg: megabytes, resvg a native
  // binary) cannot run in Apps Script and would make the panel every open downloads ten times larger.
  $("laporan-docx").hidden = false;
});

/** When unsure whether a row is a renamed indicator, the person says so instead of a duplicate. */
function renderQuestions(questions: Results["createTriwulan"]["questions"]): void {
  const box = $("questions");
  box.hidden = !questions.length;
  const selects = questions.map((q, i) => {
    const select = el(
      "select",
      { id: `q-${i}` },
      ...q.candidates.map((c) => el("option", { value: c.key, textContent: `${c.indikator} (${c.tab})` })),
      el("option", { value: "", textContent: "Bukan: indikator lain (pindahkan ke bagian tidak ada lagi)" }),
    );
    return { q, select };
  });
  const go = el("button", { type: "button", className: "primary", textContent: "Lanjutkan" });
  go.addEventListener("click", () => {
    void makeTriwulan(Object.fromEntries(selects.map(({ q, select }) => [q.key, select.value])));
  });
  box.replaceChildren(
    ...selects.flatMap(({ q, select }, i) => [
      el("label", { htmlFor: `q-${i}`, textContent: `"${q.indikator}" (tab ${q.tab}) sekarang adalah:` }),
      select,
    ]),
    go,
  );
}

/**
 * Periksa's rules run here, over the tabs as the server read them and found their plans (one call);
 * the server runs the rules the review needs itself and writes what is found in Hasil Pemeriksaan.
 */
async function check(tw: number): Promise<{ check: CheckResult; basis: string }> {
  const { input, basis } = await call("checkInput", { tw });
  return { check: checkFromInput(input), basis };
}

$("check").addEventListener("click", async () => {
  const tw = selectedTw();
  const result = await busy("Memeriksa konsistensi…", async () => {
    // Written only for the data it was run on (`basis`): a cell typed meanwhile refuses it.
    const found = await check(tw);
    await call("writeCheck", { tw, ...found });
    return found.check;
  });
  if (result) {
    renderFindings(result);
    say(result.message);
  }
});

const ROMAN = ["I", "II", "III", "IV"];
const selectedTw = () => Number($<HTMLSelectElement>("tw").value);
/** Whether the person picked a triwulan in this panel (then a refresh keeps it). */
let twChosen = false;
/** Whether the person picked a report in "Buat laporan" (then the triwulan no longer moves it). */
let laporanChosen = false;
/** The reviewer panel names the triwulan it works on, chosen in "Buat tab Triwulan". */
const showTw = () => {
  $("reviewer-tw").textContent = `TW ${ROMAN[selectedTw() - 1]}`;
  // "Buat laporan" follows the chosen triwulan unless the person picked a report there.
  if (!laporanChosen) $<HTMLSelectElement>("laporan-tw").value = String(selectedTw());
};
$("laporan-tw").addEventListener("change", () => {
  laporanChosen = true;
});
$("tw").addEventListener("change", () => {
  twChosen = true;
  showTw();
});

function renderNotes(notes: Results["openNotes"]["notes"]): void {
  const list = $("notes");
  list.replaceChildren(
    ...notes.map((n) => {
      const button = el(
        "button",
        { type: "button", className: "finding" },
        `${n.indikator}: ${n.catatan}`,
        el("span", { className: "where", textContent: `${n.tw} · ${n.sheet}!${n.cell}` }),
      );
      button.addEventListener("click", () => {
        void busy("Memilih sel…", async () =>
          say((await call("selectCell", { sheet: n.sheet, cell: n.cell })).message),
        );
      });
      return el("li", {}, button);
    }),
  );
  if (!notes.length) list.append(el("li", { className: "muted", textContent: "Tidak ada catatan terbuka." }));
}

async function send(force: boolean): Promise<void> {
  const reason = $<HTMLTextAreaElement>("force-reason").value;
  const tw = selectedTw();
  const result = await busy(
    "Memeriksa dan mengirim…",
    async () => {
      // The server records this check's counts only for the very data it was run on (`basis`).
      const found = await check(tw);
      return { ...(await call("submitReview", { tw, force, reason, ...found })), check: found.check };
    },
    { reason: "force-reason" },
  );
  if (!result) return;
  renderFindings(result.check);
  $("force").hidden = result.status !== "galat";
  say(result.message, result.status === "galat" ? "error" : "");
  if (result.status === "galat") $("force-reason").focus();
}

$("send").addEventListener("click", () => void send(false));
$("send-force").addEventListener("click", () => void send(true));

const simple = (
  id: string,
  label: string,
  action: () => Promise<{ message: string }>,
  fields: Record<string, string> = {},
) =>
  $(id).addEventListener("click", async () => {
    const result = await busy(label, action, fields);
    if (result) say(result.message);
  });
/**
 * What Periksa finds now, for the reviewer's Verifikasi and Pernyataan: the counts recorded when
 * the quarter was sent came from the sender's panel, and the reviewer's own check proves them.
 */
const countsNow = async (tw: number) => {
  const { error: galat, warning: peringatan, info } = (await check(tw)).check.summary;
  return { tw, galat, peringatan, info };
};
simple("verify", "Membandingkan data dengan yang dikirim…", async () =>
  call("verifyReview", await countsNow(selectedTw())),
);
// A quarter sent with galat: the server asks the reviewer to tick that the statement names them.
$("statement").addEventListener("click", async () => {
  const confirm = $<HTMLInputElement>("statement-confirm");
  const result = await busy(
    "Membuat pernyataan…",
    async () => {
      return call("makeStatement", { ...(await countsNow(selectedTw())), confirm: confirm.checked });
    },
    { confirm: "statement-confirm" },
  );
  if (!result) {
    if (confirm.getAttribute("aria-invalid")) {
      $("statement-galat").hidden = false;
      confirm.focus();
    }
    return;
  }
  confirm.checked = false;
  $("statement-galat").hidden = true;
  say(result.message);
});
simple(
  "add-note",
  "Menyimpan catatan…",
  async () => {
    const result = await call("addNote", { tw: selectedTw(), catatan: $<HTMLTextAreaElement>("note").value });
    $<HTMLTextAreaElement>("note").value = "";
    // The new note joins "Catatan reviu terbuka" at once.
    renderNotes((await call("openNotes", {})).notes);
    return result;
  },
  { catatan: "note" },
);
simple(
  "reopen",
  "Membuka kembali…",
  () => call("reopenReview", { tw: selectedTw(), reason: $<HTMLInputElement>("reopen-reason").value }),
  { reason: "reopen-reason" },
);

$("template-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const value = (id: string) => $<HTMLInputElement>(id).value;
  const result = await busy(
    "Membuat kerangka Rencana Aksi…",
    () =>
      call("createTemplate", {
        opd: value("t-opd"),
        tahun: value("t-tahun"),
        bidang: value("t-bidang").split("\n"),
        skala: value("t-skala"),
      }),
    { opd: "t-opd", tahun: "t-tahun", bidang: "t-bidang", skala: "t-skala" },
  );
  if (result) {
    await refresh();
    say(result.message);
  }
});

void refresh();
