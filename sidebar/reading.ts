/**
 * "Cara dibaca" and "Tambahkan kolom": how a plan tab was read, column by column, and the cheap ways
 * to correct it. A TW family (four columns, TW I–IV) is one line with one choice; choosing a TW meaning
 * for a single column offers its three neighbours; a column that is missing is first pointed at among
 * the tab's own columns, and inserting new header cells is shown and asked before anything is written.
 * Sheet text is set with textContent only (see `el`).
 */
import type { Args, ColumnFamily, ColumnReading, PlanSummary, SidebarState, TabReading } from "../src/api";
import { choiceList, el, type PanelContext } from "./dom";
import { familiesOf } from "./families";
import { call } from "./rpc";

type Fields = SidebarState["fields"];

const KEEP = "__tetap";
const ROMAN = ["I", "II", "III", "IV"];
const NOT_USED = "tidak dipakai";
/** The meanings of src/core/plan.ts KODE_PART and AUTO (a correction taken away). */
const KODE_PART = "Kode (bagian)";
const AUTO = "otomatis";
const AUTO_LABEL = "otomatis (hapus koreksi)";
/** The meaning of src/core/plan.ts MONTH_PART: a cash plan's months, January first. */
const MONTH_PART = "RAK per bulan";
/** The shared meaning a corrected column is part of ("Kode (bagian 2 dari 5)", "RAK TW I (bulan ke-1)"). */
const partOf = (c: ColumnReading) =>
  c.label.startsWith("Kode (bagian") ? KODE_PART : c.label.includes("(bulan ke-") ? MONTH_PART : "";
/** Shown over an unused column the reading is unsure of, until a person chooses. */
const UNSURE = "belum pasti: pilih artinya";
const TW_FIELD =
  /^(targetTw|rakTw|realisasiTw|realisasiAnggaranTw|realisasiSdTw|realisasiAnggaranSdTw|capaianTw)([1-4])$/;

/** The TW families a column can take as a whole: "realisasiTw" → "Realisasi TW I–IV". */
function familyChoices(fields: Fields): { base: string; label: string }[] {
  return [
    "targetTw",
    "rakTw",
    "realisasiTw",
    "realisasiAnggaranTw",
    "realisasiSdTw",
    "realisasiAnggaranSdTw",
    "capaianTw",
  ].flatMap((base) => {
    const first = fields.find((f) => f.field === `${base}1`);
    return first ? [{ base, label: first.label.replace(/ TW I$/, " TW I–IV") }] : [];
  });
}

/** The reading panel kept open across a refresh (the one being corrected). */
let openReading = "";
export const keepOpen = (tab: string) => {
  openReading = tab;
};

export function readingPanel(r: TabReading, fields: Fields, ctx: PanelContext): HTMLDetailsElement {
  const rows = r.headerTop === r.headerBottom ? `${r.headerTop}` : `${r.headerTop}–${r.headerBottom}`;
  const correct = async (args: Args<"correctReading">, what: string) => {
    const fields = { headerTop: `baca-top-${r.tab}`, headerBottom: `baca-bottom-${r.tab}` };
    const result = await ctx.busy(`Menyimpan koreksi ${what}…`, () => call("correctReading", args), fields);
    if (result) {
      await ctx.refresh(r.tab);
      ctx.say(result.message);
    }
  };
  const byCol = new Map(r.columns.map((c) => [c.col, c]));
  const inFamily = new Map<number, ColumnFamily>();
  for (const f of familiesOf(r.columns)) for (const c of f.cols) inFamily.set(c, f);

  const items: HTMLLIElement[] = [];
  for (const c of r.columns) {
    const family = inFamily.get(c.col);
    if (family && family.cols[0] !== c.col) continue;
    items.push(
      family
        ? familyItem(
            r,
            family,
            family.cols.map((x) => byCol.get(x) as ColumnReading),
            fields,
            correct,
          )
        : columnItem(r, c, fields, correct),
    );
  }
  const unsure = r.columns.filter((c) => c.unsure);
  const top = el("input", { type: "number", min: "1", value: String(r.headerTop), id: `baca-top-${r.tab}` });
  const bottom = el("input", {
    type: "number",
    min: "1",
    value: String(r.headerBottom),
    id: `baca-bottom-${r.tab}`,
  });
  const save = el("button", { type: "button", textContent: "Simpan baris judul" });
  save.addEventListener("click", () => {
    void correct(
      { tab: r.tab, headerTop: Number(top.value), headerBottom: Number(bottom.value) },
      "baris judul",
    );
  });
  const details = el(
    "details",
    { className: "reading" },
    el("summary", {
      textContent: `Cara dibaca: baris judul ${rows}, data mulai baris ${r.dataStart}, ${r.indicators} indikator${r.corrected ? " (dikoreksi)" : ""}`,
    }),
    ...(unsure.length
      ? [
          el("p", {
            className: "unsure-summary",
            textContent: `Belum pasti: kolom ${unsure.map((c) => c.letter).join(", ")} (ditandai). Pilih artinya bila kolom itu dipakai.`,
          }),
        ]
      : []),
    ...(r.guesses?.length
      ? [
          el(
            "ul",
            { className: "list guesses" },
            ...r.guesses.map((g) =>
              el("li", { className: /^(?:Baris \d|Kolom [A-Z])/.test(g) ? "unsure" : "", textContent: g }),
            ),
          ),
        ]
      : []),
    ...(r.sifat?.length
      ? [el("ul", { className: "list sifat" }, ...r.sifat.map((s) => sifatItem(r.tab, s, correct)))]
      : []),
    el("p", {
      className: "muted hint-keys",
      textContent: "Panah atas/bawah memilih arti, Enter menyimpan, Esc membatalkan.",
    }),
    el("ul", { className: "list columns" }, ...items),
    el(
      "div",
      { className: "header-rows" },
      el("label", { htmlFor: top.id, textContent: "Baris judul dari" }),
      top,
      el("label", { htmlFor: bottom.id, textContent: "sampai" }),
      bottom,
      save,
    ),
  );
  details.dataset.tab = r.tab;
  details.open = openReading === r.tab;
  details.addEventListener("toggle", () => {
    if (details.open) openReading = r.tab;
  });
  return details;
}

type Correct = (args: Args<"correctReading">, what: string) => Promise<void>;

/**
 * One indicator whose sifat target was read from its values and is unsure (or a person corrected):
 * choosing kumulatif, akhir or tetap keeps it in Pengaturan ("baris 6 | sifat akhir") in one action.
 */
function sifatItem(
  tab: string,
  s: NonNullable<TabReading["sifat"]>[number],
  correct: Correct,
): HTMLLIElement {
  const id = `sifat-${s.row}-${tab}`;
  const select = el("select", { id });
  if (!s.corrected)
    select.append(el("option", { value: KEEP, textContent: `${s.sifat} (tebakan)`, selected: true }));
  select.append(
    ...["kumulatif", "akhir", "tetap"].map((v) =>
      el("option", { value: v, textContent: v, selected: s.corrected && v === s.sifat }),
    ),
  );
  choiceList(select, (value) => {
    if (value !== KEEP) void correct({ tab, row: s.row, sifat: value }, `sifat target baris ${s.row}`);
  });
  return el(
    "li",
    { className: `col${s.corrected ? " corrected" : " is-unsure"}` },
    el(
      "label",
      { htmlFor: id, className: "colhead" },
      el("strong", { textContent: `Sifat baris ${s.row}` }),
      " ",
      el("span", { className: "header", textContent: s.indikator }),
    ),
    select,
    s.corrected ? whyNote("koreksi di Pengaturan") : unsureNote(s.why),
  );
}

/** The column's letter and its whole header, wrapped (never cut). */
function columnHead(letters: string, header: string, forId: string): HTMLLabelElement {
  return el(
    "label",
    { htmlFor: forId, className: "colhead" },
    el("strong", { textContent: letters }),
    " ",
    el("span", { className: "header", textContent: header || "(tanpa judul)" }),
  );
}

const unsureNote = (text: string, which = "") =>
  el("p", { className: "unsure", textContent: `Belum pasti${which ? ` (${which})` : ""}: ${text}.` });
/** What the reading went by, in small print: the header word and what the values showed. */
const whyNote = (text: string) => el("p", { className: "why", textContent: `Dasar: ${text}.` });

/** One column with its list of meanings; a TW meaning offers the three neighbours of its family. */
function columnItem(r: TabReading, c: ColumnReading, fields: Fields, correct: Correct): HTMLLIElement {
  const id = `baca-${c.letter}-${r.tab}`;
  const select = el("select", { id });
  // An unused column the reading is unsure of: "tidak dipakai" is a choice to confirm (one change
  // records it in Pengaturan and clears the doubt), not the selection already shown.
  const doubt = c.unsure && c.label === NOT_USED;
  if (c.field === null && c.label !== NOT_USED)
    select.append(el("option", { value: KEEP, textContent: c.label, selected: true }));
  select.append(
    ...fields.map((f) =>
      el("option", { value: f.field, textContent: f.label, selected: f.field === c.field }),
    ),
    el("option", { value: "", textContent: NOT_USED, selected: c.label === NOT_USED && !doubt }),
    ...(doubt ? [el("option", { value: KEEP, textContent: UNSURE, selected: true })] : []),
    ...(c.corrected ? [el("option", { value: AUTO, textContent: AUTO_LABEL })] : []),
  );
  const offer = el("div", { className: "offer", hidden: true });
  const item = el(
    "li",
    { className: `col${c.corrected ? " corrected" : ""}${c.unsure ? " is-unsure" : ""}` },
    columnHead(c.letter, c.header, id),
    select,
    ...(c.unsure ? [unsureNote(c.unsure)] : []),
    ...(c.why && !c.unsure && TW_FIELD.test(c.field ?? "") ? [whyNote(c.why)] : []),
    offer,
  );
  choiceList(select, (value) => {
    if (value === KEEP) return;
    if (value === AUTO) {
      // The parts of a kode, the months of a cash plan were given in one action: taken away together.
      const part = c.corrected && partOf(c);
      const cols = part ? r.columns.filter((x) => x.corrected && partOf(x) === part) : [c];
      void correct(
        { tab: r.tab, columns: cols.map((x) => ({ col: x.col, field: AUTO })) },
        `kolom ${cols.map((x) => x.letter).join(", ")}`,
      );
      return;
    }
    if (value === KODE_PART)
      return partsOffer(r, c, offer, correct, KODE_PART, 5, `Satu kode dari kolom ${c.letter} sampai kolom`);
    if (value === MONTH_PART)
      return partsOffer(
        r,
        c,
        offer,
        correct,
        MONTH_PART,
        12,
        `Januari di kolom ${c.letter}, Desember di kolom`,
      );
    const tw = TW_FIELD.exec(value);
    const first = tw ? c.col - (Number(tw[2]) - 1) : -1;
    const cols = [0, 1, 2, 3].map((i) => first + i);
    const known = new Set(r.columns.map((x) => x.col));
    if (!tw || !cols.every((x) => known.has(x))) {
      void correct({ tab: r.tab, col: c.col, field: value || null }, `kolom ${c.letter}`);
      return;
    }
    // Pointing at one column of a TW family: the other three are offered, not assumed.
    const label = (i: number) => fields.find((f) => f.field === `${tw[1]}${i + 1}`)?.label ?? "";
    const others = cols.map((x, i) => ({ x, i })).filter(({ x }) => x !== c.col);
    const letters = (x: number) => r.columns.find((k) => k.col === x)?.letter ?? "";
    const all = el("button", {
      type: "button",
      className: "primary",
      textContent: `Ya, ${letters(cols[0])}–${letters(cols[3])} keempatnya`,
    });
    const one = el("button", { type: "button", textContent: `Hanya kolom ${c.letter}` });
    all.addEventListener("click", () => {
      void correct(
        { tab: r.tab, columns: cols.map((x, i) => ({ col: x, field: `${tw[1]}${i + 1}` })) },
        `kolom ${letters(cols[0])}–${letters(cols[3])}`,
      );
    });
    one.addEventListener("click", () => {
      void correct({ tab: r.tab, col: c.col, field: value }, `kolom ${c.letter}`);
    });
    offer.replaceChildren(
      el("p", {
        textContent: `Kolom ${others.map(({ x }) => letters(x)).join(", ")} juga ${label(others[0].i).replace(/ TW [IV]+$/, "")} TW ${others.map(({ i }) => ROMAN[i]).join(", ")}?`,
      }),
      all,
      one,
    );
    offer.hidden = false;
    all.focus();
  });
  return item;
}

/**
 * A meaning several columns share, from this column on: "Kode (bagian)" (five parts by default: Urusan
 * | Bidang Urusan | Program | Kegiatan | Sub Kegiatan), "RAK per bulan" (twelve months, January here):
 * up to which column it goes, saved as one action.
 */
function partsOffer(
  r: TabReading,
  c: ColumnReading,
  offer: HTMLElement,
  correct: Correct,
  meaning: string,
  parts: number,
  label: string,
): void {
  // A kode may have a part more or less; a cash plan has twelve months, never more.
  const last = c.col + (meaning === MONTH_PART ? parts - 1 : parts + 1);
  const next = r.columns.filter((x) => x.col >= c.col && x.col <= last);
  const id = `${meaning === KODE_PART ? "kode" : "bulan"}-sampai-${c.letter}-${r.tab}`;
  const until = el("select", { id });
  until.append(
    ...next.map((x) =>
      el("option", {
        value: String(x.col),
        textContent: `${x.letter}${x.header ? `: ${x.header}` : ""}`,
        selected: x.col === Math.min(c.col + parts - 1, next[next.length - 1].col),
      }),
    ),
  );
  const save = el("button", {
    type: "button",
    className: "primary",
    textContent: meaning === KODE_PART ? "Simpan sebagai satu kode" : `Simpan sebagai ${meaning}`,
  });
  save.addEventListener("click", () => {
    const cols = next.filter((x) => x.col <= Number(until.value));
    void correct(
      { tab: r.tab, columns: cols.map((x) => ({ col: x.col, field: meaning })) },
      `kolom ${cols[0].letter}–${cols[cols.length - 1].letter}`,
    );
  });
  offer.replaceChildren(el("label", { htmlFor: id, textContent: label }), until, save);
  offer.hidden = false;
  until.focus();
}

/** Four TW columns as one line: one choice corrects the whole family; each column stays reachable. */
function familyItem(
  r: TabReading,
  family: ColumnFamily,
  members: ColumnReading[],
  fields: Fields,
  correct: Correct,
): HTMLLIElement {
  const id = `baca-${family.letters.replace("–", "-")}-${r.tab}`;
  const select = el("select", { id });
  const choices = familyChoices(fields);
  const unused = !family.base && members.every((m) => m.label === NOT_USED);
  const doubt = unused && members.some((m) => m.unsure);
  if (!unused)
    select.append(el("option", { value: KEEP, textContent: "lain-lain (lihat per kolom)", selected: true }));
  select.append(
    ...choices.map((f) =>
      el("option", { value: f.base, textContent: f.label, selected: f.base === family.base }),
    ),
    el("option", {
      value: "",
      textContent: NOT_USED,
      selected: unused && !doubt,
    }),
    ...(doubt ? [el("option", { value: KEEP, textContent: UNSURE, selected: true })] : []),
    ...(members.some((m) => m.corrected) ? [el("option", { value: AUTO, textContent: AUTO_LABEL })] : []),
  );
  choiceList(select, (value) => {
    if (value === KEEP) return;
    void correct(
      {
        tab: r.tab,
        columns: family.cols.map((col, i) => ({
          col,
          field: value === AUTO ? AUTO : value ? `${value}${i + 1}` : null,
        })),
      },
      `kolom ${family.letters}`,
    );
  });
  const unsure = members.filter((m) => m.unsure);
  const perColumn = el(
    "details",
    { className: "per-column" },
    el("summary", { textContent: `Per kolom (${family.letters})` }),
    el("ul", { className: "list" }, ...members.map((m) => columnItem(r, m, fields, correct))),
  );
  const leaves = family.leaves.filter(Boolean).join(" · ");
  return el(
    "li",
    {
      className: `col family${members.some((m) => m.corrected) ? " corrected" : ""}${unsure.length ? " is-unsure" : ""}`,
    },
    columnHead(family.letters, family.group || leaves, id),
    ...(family.group && leaves ? [el("p", { className: "leaves", textContent: leaves })] : []),
    select,
    ...(unsure.length ? [unsureNote(unsure[0].unsure ?? "", unsure.map((m) => m.letter).join(", "))] : []),
    ...(family.base && members[0].why && !unsure.length ? [whyNote(members[0].why)] : []),
    perColumn,
  );
}

/**
 * "Tambahkan kolom" for a plan that lacks columns: first "this column is it" (point at a column of the
 * tab, which writes a correction), then, only if asked, the header cells the add-on would write, where,
 * with a question before anything is written.
 */
export function missingBox(p: PlanSummary, fields: Fields, ctx: PanelContext): HTMLElement {
  const r = p.reading;
  // A tab read as the Renstra table lacks nothing: its sentence only (Cara dibaca below corrects it).
  if (!p.missingFields.length) return el("p", { className: "muted", textContent: p.missing });
  const box = el("div", { className: "add-columns", hidden: true });
  const open = el("button", { type: "button", textContent: "Tunjukkan atau tambahkan kolom" });
  open.setAttribute("aria-expanded", "false");
  open.addEventListener("click", () => {
    box.hidden = !box.hidden;
    open.setAttribute("aria-expanded", String(!box.hidden));
    if (!box.hidden) box.querySelector("select")?.focus();
  });
  const wanted = missingGroups(p.missingFields, fields);
  const pick = wanted.map((w, i) => {
    const id = `tunjuk-${i}-${r.tab}`;
    const select = el("select", { id });
    select.append(el("option", { value: "", textContent: "— pilih kolom —" }));
    if (w.base) {
      for (const f of familiesOf(r.columns))
        select.append(
          el("option", {
            value: String(f.cols[0]),
            textContent: `${f.letters}: ${f.group || f.leaves.join(", ")}`,
          }),
        );
      for (const c of r.columns.slice(0, -3))
        select.append(
          el("option", {
            value: String(c.col),
            textContent: `${c.letter}–${r.columns[c.col + 3]?.letter ?? ""} (mulai ${c.letter}: ${c.header || "tanpa judul"})`,
          }),
        );
    } else
      for (const c of r.columns)
        select.append(
          el("option", { value: String(c.col), textContent: `${c.letter}: ${c.header || "(tanpa judul)"}` }),
        );
    const use = el("button", { type: "button", textContent: "Pakai kolom ini" });
    use.addEventListener("click", async () => {
      if (select.value === "") return ctx.say(`Pilih kolom ${w.label} dulu.`, "error");
      const col = Number(select.value);
      const args: Args<"correctReading"> = w.base
        ? { tab: r.tab, columns: [0, 1, 2, 3].map((i) => ({ col: col + i, field: `${w.base}${i + 1}` })) }
        : { tab: r.tab, col, field: w.field };
      const result = await ctx.busy(`Menyimpan koreksi kolom ${w.label}…`, () =>
        call("correctReading", args),
      );
      if (result) {
        await ctx.refresh(r.tab);
        ctx.say(result.message);
      }
    });
    return el(
      "div",
      { className: "point" },
      el("label", { htmlFor: id, textContent: `${w.label} sudah ada di kolom:` }),
      select,
      use,
    );
  });
  const preview = el("div", { className: "preview", hidden: true });
  const show = el("button", { type: "button", textContent: "Lihat kolom baru yang akan ditulis" });
  show.addEventListener("click", async () => {
    const plan = await ctx.busy("Menyiapkan kolom baru…", () => call("addColumns", { tab: r.tab }));
    if (!plan) return;
    ctx.say(plan.message);
    const yes = el("button", {
      type: "button",
      className: "primary",
      textContent: "Ya, tulis judul kolom ini",
    });
    const no = el("button", { type: "button", textContent: "Batal" });
    yes.addEventListener("click", async () => {
      const done = await ctx.busy(`Menambahkan kolom di tab ${r.tab}…`, () =>
        call("addColumns", { tab: r.tab, confirm: true }),
      );
      if (done) {
        await ctx.refresh(r.tab);
        ctx.say(done.message);
      }
    });
    no.addEventListener("click", () => {
      preview.hidden = true;
      ctx.say("Tidak ada yang diubah.");
    });
    preview.replaceChildren(
      el("p", { textContent: `Akan ditulis di tab '${r.tab}' (tidak ada isian yang bergeser):` }),
      el(
        "ul",
        { className: "list" },
        ...plan.planned.map((x) => el("li", { textContent: `${x.cell}: ${x.header}` })),
      ),
      yes,
      no,
    );
    preview.hidden = false;
    yes.focus();
  });
  box.append(
    el("p", {
      className: "muted",
      textContent: "Kolom itu mungkin sudah ada dengan judul lain. Tunjukkan kolomnya:",
    }),
    ...pick,
    el("p", { className: "muted", textContent: "Belum ada sama sekali? Lihat dulu apa yang akan ditulis:" }),
    show,
    preview,
  );
  return el(
    "div",
    { className: "missing" },
    el("div", { className: "warn", textContent: p.missing }),
    open,
    box,
  );
}

/** Missing fields as the panel asks for them: a TW family once ("Realisasi TW I–IV"), else each field. */
function missingGroups(
  missing: string[],
  fields: Fields,
): { label: string; base?: string; field?: string }[] {
  const out: { label: string; base?: string; field?: string }[] = [];
  const done = new Set<string>();
  for (const f of missing) {
    if (done.has(f)) continue;
    const tw = TW_FIELD.exec(f);
    if (tw && [1, 2, 3, 4].every((i) => missing.includes(`${tw[1]}${i}`))) {
      for (const i of [1, 2, 3, 4]) done.add(`${tw[1]}${i}`);
      const label = familyChoices(fields).find((c) => c.base === tw[1])?.label ?? tw[1];
      out.push({ label, base: tw[1] });
      continue;
    }
    done.add(f);
    out.push({ label: fields.find((x) => x.field === f)?.label ?? f, field: f });
  }
  return out;
}
