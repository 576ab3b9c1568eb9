/**
 * The local page in the browser: the grid of the active tab, the tab bar, cell editing, and the
 * refresh after every sidebar call. Plain DOM; every text from the workbook goes in with
 * textContent (or an input's value), never as HTML.
 */
import { columnLetter, columnNumber } from "../core/a1";
import type { CellView, ChartView, SheetView } from "./view";

interface ViewReply {
  workbook: string;
  sidebarTitle: string;
  tabs: string[];
  /** The server-side active range; `seq` grows when the add-on activated a sheet or range. */
  active: { tab: string; cell: string; seq: number };
  sheet: SheetView;
  /** The e-mail of the person the page acts as, and the people it can act as ("Pengguna"). */
  user: string;
  users: { email: string; label: string }[];
}

interface Cell {
  row: number;
  col: number;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const grid = $<HTMLDivElement>("grid");
const tabsBar = $<HTMLElement>("tabs");
const status = $<HTMLSpanElement>("status");
const sidebar = $<HTMLIFrameElement>("sidebar");
const userSelect = $<HTMLSelectElement>("user");

let view: SheetView | null = null;
let seq = -1;
let sel: Cell = { row: 1, col: 1 };
/** The cell being edited (in the tab it was typed in), with the text it had, or null. */
let editing: { tab: string; cell: Cell; before: string; input: HTMLInputElement } | null = null;
/**
 * The tab a person clicked whose grid has not come yet, or null. Meanwhile the grid of the tab being
 * left takes no click and no key (they wait for the new tab, as in Sheets, where the tab is there at
 * once), and no late reply about another tab is drawn: nothing typed lands in a tab not shown.
 */
let opening: string | null = null;
/** The grid was emptied while a tab opens (its scroll is not the tab's). */
let blank = false;
/** The tab names of the last reply (the tab bar is drawn again from them when a tab cannot open). */
let tabNames: string[] = [];
/** The cell and scroll position each tab had, so coming back to a tab keeps its place. */
const lastCell = new Map<string, Cell>();
const lastScroll = new Map<string, [number, number]>();
/**
 * A key as the handlers read it: a real keydown, or one pressed while a cell was being saved and
 * replayed once it is, in order (Sheets never drops what is typed after Tab or Enter).
 */
interface Key {
  key: string;
  /** A paste (Ctrl+V) made while a save was in flight: the clipboard's rows, taken at the time. */
  paste?: string[][];
  /** A click on the grid while a tab was opening: where it was, to land on the new tab's cell there. */
  point?: [number, number];
  /** A copy (Ctrl+C) made while a save was in flight or a tab was opening: of the cell selected then. */
  copy?: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  preventDefault(): void;
}
/** A held entry that is no key (a paste, a click). */
const NO_KEY: Key = {
  key: "",
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  preventDefault: () => {},
};
/** Saves in flight, and the keys pressed meanwhile. */
let saving = 0;
const held: Key[] = [];
/**
 * One change, for Ctrl+Z / Ctrl+Y: a cell edit, or a paste of a block from `cell` on, as the edit
 * text of its cells before and after (a formula stays a formula).
 */
interface Step {
  tab: string;
  cell: Cell;
  before: string[][];
  after: string[][];
}
const UNDO_DEPTH = 100;
const done: Step[] = [];
const undone: Step[] = [];
/** Size of the area the frozen rows and columns (and the headers) cover, in pixels. */
let frozenTop = 0;
let frozenLeft = 0;

function say(text: string, error = false): void {
  status.textContent = text;
  // The top bar may cut a long sentence: the whole of it on hover.
  status.title = text;
  status.className = error ? "error" : "";
}

const letters = columnLetter;

const a1 = (c: Cell) => `${letters(c.col)}${c.row}`;

/** The cell of "C5" (or of the first cell of "C5:D9"); null for anything else. */
function parseA1(text: string): Cell | null {
  const m = /^([A-Z]{1,3})(\d+)/.exec(text);
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

/** What the page says when the local server is gone (never the browser's English "Failed to fetch"). */
const NO_SERVER = "Server lokal tidak menjawab: jalankan lagi npm start, lalu muat ulang halaman ini.";
const NOT_UNDERSTOOD = (status: number) =>
  `Jawaban server lokal tidak terbaca (kode ${status}): coba lagi, atau jalankan lagi npm start lalu muat ulang halaman ini.`;

async function request<T>(path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Error(NO_SERVER);
  }
  // Anything but the server's own JSON (a proxy's error page, a reply cut short) is said in Indonesian.
  const data = (await response.json().catch(() => ({ error: NOT_UNDERSTOOD(response.status) }))) as T & {
    error?: string;
  };
  if (!response.ok || typeof data.error === "string")
    throw new Error(data.error ?? NOT_UNDERSTOOD(response.status));
  return data;
}

// ------------------------------------------------------------------------------------------ rendering

/** The merge a cell belongs to, if any. */
function mergeAt(v: SheetView, row: number, col: number) {
  return v.merges.find((m) => row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols);
}

function cellView(c: Cell): CellView | null {
  return view?.cells[c.row - 1]?.[c.col - 1] ?? null;
}

/** What a person typed in the cell, as the edit box shows it; empty in a spilled array result. */
function typedIn(c: Cell): string {
  const cell = cellView(c);
  return cell?.s ? "" : (cell?.e ?? cell?.t ?? "");
}

/** Redraws one cell from the current view (after an edit was cancelled or refused). */
function refill(c: Cell): void {
  const td = tdAt(c);
  if (td && view) fillTd(td, cellView(c), spillWidth(view, c.row, c.col));
}

/** Puts a cell's text and format in its td (the frozen-pane classes and offsets stay). */
function fillTd(td: HTMLTableCellElement, cell: CellView | null, spill = 0): void {
  td.replaceChildren();
  td.classList.remove("wrap", "invalid", "spill", "editing");
  td.removeAttribute("title");
  for (const p of ["font-weight", "background-color", "color", "text-align"]) td.style.removeProperty(p);
  if (!cell) return;
  td.textContent = cell.t;
  if (spill) {
    // Text runs on over the empty cells to its right, as in Sheets.
    const span = document.createElement("span");
    span.textContent = cell.t;
    span.style.maxWidth = `${spill}px`;
    td.replaceChildren(span);
    td.classList.add("spill");
  }
  if (cell.b) td.style.fontWeight = "bold";
  if (cell.bg) td.style.backgroundColor = cell.bg;
  if (cell.fc) td.style.color = cell.fc;
  if (cell.align) td.style.textAlign = cell.align;
  if (cell.wrap) td.classList.add("wrap");
  if (cell.invalid) td.classList.add("invalid");
  if (cell.tip) td.title = cell.tip;
}

/** Pixels a left-aligned, unwrapped text may run over (its cell and the empty cells after it), or 0. */
function spillWidth(v: SheetView, r: number, c: number): number {
  const cell = v.cells[r - 1]?.[c - 1];
  if (!cell?.t || cell.wrap || (cell.align && cell.align !== "left") || mergeAt(v, r, c)) return 0;
  let width = v.widths[c - 1] - 8;
  // An empty cell lets the text run on, whatever its format (a white fill Sheets reports for it too).
  for (let next = c + 1; next <= v.cols && !v.cells[r - 1]?.[next - 1]?.t && !mergeAt(v, r, next); next++) {
    if (next === v.frozenCols + 1 && c <= v.frozenCols) break;
    width += v.widths[next - 1];
  }
  return width > v.widths[c - 1] - 8 ? width : 0;
}

function render(v: SheetView): void {
  if (view && !blank) lastScroll.set(view.name, [grid.scrollLeft, grid.scrollTop]);
  const sameTab = view?.name === v.name && !blank;
  blank = false;
  view = v;
  const table = document.createElement("table");
  const colgroup = document.createElement("colgroup");
  const hidden = new Set(v.hidden);
  const widths = [46, ...v.widths.filter((_, c) => !hidden.has(c + 1))];
  for (const w of widths) {
    const col = document.createElement("col");
    col.style.width = `${w}px`;
    colgroup.append(col);
  }
  table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;
  const head = document.createElement("tr");
  const corner = document.createElement("th");
  corner.className = "corner";
  head.append(corner);
  for (let c = 1; c <= v.cols; c++) {
    if (hidden.has(c)) continue;
    const th = document.createElement("th");
    th.textContent = letters(c);
    th.scope = "col";
    head.append(th);
  }
  const thead = document.createElement("thead");
  thead.append(head);
  const tbody = document.createElement("tbody");
  for (let r = 1; r <= v.rows; r++) {
    const tr = document.createElement("tr");
    // A height given to the row (setRowHeights): the least it is drawn, as in Sheets.
    if (v.heights[r]) tr.style.height = `${v.heights[r]}px`;
    const th = document.createElement("th");
    th.textContent = String(r);
    th.scope = "row";
    tr.append(th);
    for (let c = 1; c <= v.cols; c++) {
      if (hidden.has(c)) continue;
      const merge = mergeAt(v, r, c);
      if (merge && (merge.row !== r || merge.col !== c)) continue;
      const td = document.createElement("td");
      td.dataset.r = String(r);
      td.dataset.c = String(c);
      td.dataset.cell = a1({ row: r, col: c });
      if (merge) {
        td.rowSpan = merge.rows;
        td.colSpan = merge.cols;
      }
      fillTd(td, v.cells[r - 1]?.[c - 1] ?? null, spillWidth(v, r, c));
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(colgroup, thead, tbody);
  grid.replaceChildren(table);
  freeze(v, table);
  for (const chart of v.charts) {
    const anchor = tdAt({ row: chart.row, col: chart.col });
    if (anchor) grid.append(drawChart(chart, anchor.offsetTop, anchor.offsetLeft));
  }
  if (!sameTab) [grid.scrollLeft, grid.scrollTop] = lastScroll.get(v.name) ?? [0, 0];
  editing = null;
}

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An embedded column chart over the grid at its anchor cell, as Sheets draws one (stacked or not). */
function drawChart(chart: ChartView, top: number, left: number): HTMLElement {
  const box = document.createElement("figure");
  box.className = "chart";
  box.style.top = `${top}px`;
  box.style.left = `${left}px`;
  box.setAttribute("aria-label", chart.title);
  const { width, height } = chart;
  const plot = { x: 48, y: 36, w: width - 48 - 190, h: height - 36 - 70 };
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img" });
  root.append(svg("text", { x: width / 2, y: 22, "text-anchor": "middle", class: "title" }, chart.title));
  const totals = chart.categories.map((_, i) =>
    chart.stacked
      ? chart.series.reduce((n, s) => n + Math.max(0, s.values[i]), 0)
      : Math.max(0, ...chart.series.map((s) => s.values[i])),
  );
  // The axis the chart's options set; else ticks at round numbers (1, 2, 5 × 10ⁿ), as Sheets draws
  // them: 0/20/…/120, not 0/22/…/110.
  const rough = Math.max(1, ...totals) / 5;
  const unit = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const auto = [1, 2, 5, 10].map((k) => k * unit).find((k) => k >= rough) ?? 10 * unit;
  const { axis } = chart;
  const min = axis?.min ?? 0;
  const max = axis?.max ?? auto * Math.ceil(Math.max(1, ...totals) / auto);
  const step = axis ? (axis.max - axis.min) / (axis.ticks - 1) : auto;
  const y = (v: number) => plot.y + plot.h - ((Math.min(max, v) - min) / (max - min)) * plot.h;
  for (let t = min; t <= max; t += step) {
    root.append(svg("line", { x1: plot.x, x2: plot.x + plot.w, y1: y(t), y2: y(t), class: "grid" }));
    const label = `${t.toLocaleString("id-ID")}${axis?.suffix ?? ""}`;
    root.append(svg("text", { x: plot.x - 6, y: y(t) + 4, "text-anchor": "end" }, label));
  }
  const slot = plot.w / Math.max(1, chart.categories.length);
  chart.categories.forEach((name, i) => {
    const x = plot.x + slot * i + slot * 0.2;
    const bars = chart.series.length - (chart.line === undefined ? 0 : 1);
    const barW = chart.stacked ? slot * 0.6 : (slot * 0.6) / Math.max(1, bars);
    let base = 0;
    chart.series.forEach((s, k) => {
      const v = Math.max(0, s.values[i]);
      if (!v || k === chart.line) return;
      const from = chart.stacked ? base : 0;
      const bar = svg("rect", {
        x: chart.stacked ? x : x + barW * k,
        y: y(from + v),
        width: barW,
        height: y(from) - y(from + v),
        fill: chart.colors[k] ?? "#4285f4",
      });
      bar.append(svg("title", {}, `${name} · ${s.name}: ${v}`));
      root.append(bar);
      base += v;
    });
    const label = svg("text", {
      x: plot.x + slot * (i + 0.5),
      y: plot.y + plot.h + 16,
      "text-anchor": "middle",
    });
    const room = Math.max(4, Math.floor(slot / 6.5));
    label.textContent = name.length > room ? `${name.slice(0, room - 1)}…` : name;
    root.append(label);
  });
  // A combo chart's line series: through the middle of each category, over the bars.
  const line = chart.line === undefined ? undefined : chart.series[chart.line];
  if (line) {
    const points = line.values.map((v, i) => `${plot.x + slot * (i + 0.5)},${y(v)}`).join(" ");
    root.append(
      svg("polyline", { points, fill: "none", stroke: chart.colors[chart.line ?? 0], "stroke-width": 2 }),
    );
  }
  chart.series.forEach((s, k) => {
    const ly = plot.y + k * 20;
    const swatch = k === chart.line ? { y: ly + 5, height: 2 } : { y: ly, height: 12 };
    root.append(
      svg("rect", {
        x: plot.x + plot.w + 16,
        width: 12,
        ...swatch,
        fill: chart.colors[k] ?? "#4285f4",
      }),
    );
    root.append(svg("text", { x: plot.x + plot.w + 34, y: ly + 11 }, s.name));
  });
  box.append(root);
  return box;
}

/** Keeps the frozen rows and columns in view while scrolling (position: sticky at measured offsets). */
function freeze(v: SheetView, table: HTMLTableElement): void {
  const lefts: number[] = [46];
  for (let c = 1; c < v.frozenCols; c++) lefts.push(lefts[c - 1] + v.widths[c - 1]);
  let top = table.tHead?.offsetHeight ?? 0;
  for (const th of Array.from(table.tHead?.rows[0].cells ?? []).slice(1)) {
    const c = columnNumber(th.textContent ?? "");
    if (c > v.frozenCols) break;
    th.style.left = `${lefts[c - 1]}px`;
    th.style.zIndex = "8";
  }
  const body = table.tBodies[0];
  for (let r = 0; r < v.rows; r++) {
    const tr = body.rows[r];
    const frozenRow = r < v.frozenRows;
    if (frozenRow) {
      if (r === v.frozenRows - 1) tr.classList.add("frozen-last");
      const th = tr.cells[0];
      th.style.top = `${top}px`;
      th.style.zIndex = "6";
    }
    for (const td of Array.from(tr.cells).slice(1)) {
      const c = Number(td.dataset.c);
      const frozenCol = c <= v.frozenCols;
      if (!frozenRow && !frozenCol) continue;
      td.classList.add("frozen");
      if (frozenRow) td.style.top = `${top}px`;
      if (frozenCol) {
        td.style.left = `${lefts[c - 1]}px`;
        if (c === v.frozenCols) td.classList.add("frozen-last");
      }
      if (frozenRow && frozenCol) td.classList.add("corner");
    }
    if (frozenRow) top += tr.offsetHeight;
  }
  frozenTop = top;
  frozenLeft = lefts[v.frozenCols - 1] + (v.frozenCols ? v.widths[v.frozenCols - 1] : 0);
}

/** Scrolls the grid so the cell is not hidden under the frozen rows and columns. */
function reveal(td: HTMLTableCellElement): void {
  if (!td.classList.contains("frozen") || !td.style.top) {
    const top = td.offsetTop;
    if (top < grid.scrollTop + frozenTop) grid.scrollTop = top - frozenTop;
    else if (top + td.offsetHeight > grid.scrollTop + grid.clientHeight)
      grid.scrollTop = top + td.offsetHeight - grid.clientHeight;
  }
  if (!td.style.left) {
    const left = td.offsetLeft;
    if (left < grid.scrollLeft + frozenLeft) grid.scrollLeft = left - frozenLeft;
    else if (left + td.offsetWidth > grid.scrollLeft + grid.clientWidth)
      grid.scrollLeft = left + td.offsetWidth - grid.clientWidth;
  }
}

function renderTabs(names: string[], current: string): void {
  // A tab being renamed keeps its input until the rename is done.
  if (tabsBar.querySelector("input.rename")) return;
  tabsBar.replaceChildren(
    ...names.map((name) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = name;
      button.setAttribute("role", "tab");
      button.setAttribute("aria-selected", String(name === current));
      // The tab clicked whose grid is on its way (aria-selected moves with the grid shown).
      if (name === opening) {
        button.classList.add("opening");
        button.setAttribute("aria-busy", "true");
      }
      button.title = "Klik dua kali untuk mengganti nama tab";
      button.addEventListener("click", () => void hold(openTab(name)));
      button.addEventListener("dblclick", () => renameTab(name));
      return button;
    }),
  );
  tabsBar.querySelector<HTMLElement>('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" });
}

/** Renames a tab in place, as a double-click on a Sheets tab does; Enter keeps, Escape cancels. */
function renameTab(name: string): void {
  const button = [...tabsBar.querySelectorAll("button")].find((b) => b.textContent === name);
  if (!button) return;
  const input = document.createElement("input");
  input.value = name;
  input.className = "rename";
  input.setAttribute("aria-label", `Nama baru tab ${name}`);
  button.replaceWith(input);
  input.focus();
  input.select();
  let done = false;
  const finish = async (keep: boolean) => {
    if (done) return;
    done = true;
    const next = input.value.trim();
    input.remove();
    if (!keep || next === name) return void load(view?.name ?? name);
    try {
      apply(await request<ViewReply>("/api/rename", { tab: name, name: next, seq }));
      say(`Tab '${name}' diganti namanya menjadi '${next}'.`);
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
      void load(view?.name ?? name);
    }
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") void finish(true);
    else if (event.key === "Escape") void finish(false);
  });
  input.addEventListener("blur", () => void finish(true));
}

function tdAt(c: Cell): HTMLTableCellElement | null {
  const merge = view && mergeAt(view, c.row, c.col);
  const at = merge ? { row: merge.row, col: merge.col } : c;
  return grid.querySelector<HTMLTableCellElement>(`td[data-r="${at.row}"][data-c="${at.col}"]`);
}

function select(c: Cell, options: { flash?: boolean; tell?: boolean } = {}): void {
  if (!view) return;
  const row = Math.min(Math.max(c.row, 1), view.rows);
  const col = Math.min(Math.max(c.col, 1), view.cols);
  sel = { row, col };
  lastCell.set(view.name, sel);
  for (const old of grid.querySelectorAll("td.sel")) {
    old.classList.remove("sel");
    old.removeAttribute("aria-selected");
  }
  const td = tdAt(sel);
  if (td) {
    td.classList.add("sel");
    td.setAttribute("aria-selected", "true");
    reveal(td);
    if (options.flash) {
      td.classList.remove("sorot");
      void td.offsetWidth;
      td.classList.add("sorot");
    }
  }
  $("ref").textContent = a1(sel);
  const cell = cellView(sel);
  $("content").textContent = cell?.e ?? cell?.t ?? "";
  if (options.tell) void request("/api/select", { tab: view.name, cell: a1(sel) }).catch(() => {});
}

/** The "Pengguna" select: the people the page can act as, the one it acts as chosen. */
function renderUsers(reply: ViewReply): void {
  const options = Array.from(userSelect.options);
  const same =
    options.length === reply.users.length &&
    reply.users.every((u, i) => options[i].value === u.email && options[i].textContent === u.label);
  if (!same)
    userSelect.replaceChildren(
      ...reply.users.map((u) => {
        const option = document.createElement("option");
        option.value = u.email;
        option.textContent = u.label;
        return option;
      }),
    );
  userSelect.value = reply.user;
  // The select is narrow: the whole "Reviewer Inspektorat (e-mail)" on hover.
  userSelect.title = userSelect.selectedOptions[0]?.textContent ?? "";
}

function apply(reply: ViewReply, options: { flash?: boolean } = {}): void {
  renderUsers(reply);
  $("title").textContent = reply.workbook;
  document.title = `${reply.workbook} — SAKIP (lokal)`;
  $("sidebar-title").textContent = reply.sidebarTitle;
  // As in Sheets, a script run never takes the cell a person is typing in: a reply showing another
  // tab waits until the edit is saved (that save's reply follows the add-on then), and a reply of
  // the same tab keeps the edit and its cell, even when the add-on activated another range.
  if (editing && reply.sheet.name !== editing.tab) return;
  // A reply about a tab the person has left (a refresh or a save sent before the tab was clicked)
  // is not drawn: only the person opening a tab, or the add-on activating one, changes the tab shown.
  const shown = opening ?? view?.name;
  const followsAddon = reply.active.seq !== seq;
  if (!followsAddon && shown && reply.sheet.name !== shown && reply.tabs.includes(shown)) return;
  tabNames = reply.tabs;
  const sameTab = view?.name === reply.sheet.name;
  const typing =
    editing && editing.tab === reply.sheet.name
      ? { cell: editing.cell, value: editing.input.value, caret: editing.input.selectionStart }
      : null;
  const moved = followsAddon && !typing;
  seq = reply.active.seq;
  render(reply.sheet);
  // The tab being opened is drawn: its grid takes clicks and keys again.
  if (opening === reply.sheet.name) opening = null;
  renderTabs(reply.tabs, reply.sheet.name);
  if (moved) select(parseA1(reply.active.cell) ?? { row: 1, col: 1 }, { flash: options.flash });
  // A tab opened for the first time starts at A1, as in Sheets (not at the cell of the tab before).
  else select(typing?.cell ?? lastCell.get(reply.sheet.name) ?? (sameTab ? sel : { row: 1, col: 1 }));
  if (typing) {
    startEdit(typing.value);
    const caret = typing.caret ?? typing.value.length;
    editing?.input.setSelectionRange(caret, caret);
  }
}

// ------------------------------------------------------------------------------------------ actions

async function load(tab: string | null, options: { flash?: boolean } = {}): Promise<void> {
  const query = new URLSearchParams({ seq: String(seq) });
  if (tab !== null) query.set("tab", tab);
  try {
    apply(await request<ViewReply>(`/api/view?${query}`), options);
  } catch (e) {
    say(e instanceof Error ? e.message : String(e), true);
  }
}

/**
 * Opens a tab from the tab bar. Run under hold(): keys pressed until its grid is drawn wait, then go
 * to that tab's cell, as in Sheets; a click on the grid meanwhile lands on the new tab's cell there.
 */
async function openTab(name: string): Promise<void> {
  if (editing) await commit(false);
  if (view && !opening && !blank) lastScroll.set(view.name, [grid.scrollLeft, grid.scrollTop]);
  // The tab shown clicked again (or back to it while another was opening) only redraws.
  opening = view?.name === name ? null : name;
  if (view) renderTabs(tabNames, view.name);
  // The keys typed next belong to the grid (the page holds them there), not to the tab's button; a
  // double-click on the tab starts renaming it after this, and the name input takes the focus.
  grid.focus();
  // Unless the new grid comes at once, the tab left goes from the screen: nothing of it to click.
  setTimeout(() => {
    if (opening !== name || view?.name === name) return;
    const wait = document.createElement("p");
    wait.className = "opening";
    wait.textContent = `Membuka tab '${name}'…`;
    grid.replaceChildren(wait);
    $("ref").textContent = "";
    $("content").textContent = "";
    blank = true;
  }, 120);
  await load(name);
  if (opening === name || (opening === null && blank)) {
    // Not opened (the server refused or is gone; its message is on the status line): the grid and
    // the tab bar show the tab they were on.
    opening = null;
    if (view) {
      const was = view;
      view = null;
      render(was);
      renderTabs(tabNames, was.name);
      select(lastCell.get(was.name) ?? sel);
    }
  }
  if (view?.name !== name) return;
  select(lastCell.get(name) ?? { row: 1, col: 1 }, { tell: true });
  // A double-click on the tab started renaming it: the name input keeps the focus.
  if (!tabsBar.querySelector("input.rename")) grid.focus();
}

function startEdit(initial?: string): void {
  const td = tdAt(sel);
  if (!td || !view) return;
  const cell = cellView(sel);
  const before = cell?.e ?? cell?.t ?? "";
  const input = document.createElement("input");
  input.value = initial ?? before;
  input.setAttribute("aria-label", `Isi sel ${a1(sel)}`);
  if (cell?.list !== undefined) {
    const list = document.createElement("datalist");
    list.id = "pilihan";
    for (const option of view.lists[cell.list] ?? []) {
      const o = document.createElement("option");
      o.value = option;
      list.append(o);
    }
    td.append(list);
    input.setAttribute("list", list.id);
  }
  editing = { tab: view.name, cell: sel, before, input };
  td.classList.add("editing");
  td.replaceChildren(input, ...td.querySelectorAll("datalist"));
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  input.addEventListener("keydown", (event) => editKey(input, event, false));
  input.addEventListener("blur", () => {
    if (editing?.input === input) void hold(commit(false));
  });
}

/** A key in the cell editor; `replayed` keys were held during a save and are typed here by hand. */
function editKey(input: HTMLInputElement, key: Key, replayed: boolean): void {
  if (key.key === "Enter" || key.key === "Tab") {
    key.preventDefault();
    const back = key.shiftKey ? -1 : 1;
    const next =
      key.key === "Enter" ? { row: sel.row + back, col: sel.col } : { row: sel.row, col: sel.col + back };
    const typed = input.value;
    const tab = view?.name;
    // Refused (as Sheets' "reject input"): stay in the cell with what was typed and its message,
    // so the next cell's "diperbarui" never hides it; keys pressed meanwhile belong to no cell,
    // except Escape, which still gives the cell its value back.
    void hold(
      commit(true).then((ok) => {
        // The person went to another tab meanwhile: the cursor and the refused text stay in theirs.
        const left = opening !== null || view?.name !== tab;
        if (ok) return left ? undefined : select(next, { tell: true });
        const escaped = held.some((k) => k.key === "Escape");
        held.length = 0;
        if (left) return;
        startEdit(typed);
        if (escaped) cancelEdit();
      }),
    );
  } else if (key.key === "Escape") {
    key.preventDefault();
    cancelEdit();
  } else if (replayed) {
    const from = input.selectionStart ?? input.value.length;
    const to = input.selectionEnd ?? from;
    if (key.key.length === 1 && !key.ctrlKey && !key.metaKey && !key.altKey)
      input.setRangeText(key.key, from, to, "end");
    else if (key.key === "Backspace" && (from > 0 || to > from))
      input.setRangeText("", to > from ? from : from - 1, to, "end");
  }
}

/** Runs a save; keys pressed until every save is done wait, then go where the cursor is, in order. */
function hold<T>(work: Promise<T>): Promise<T> {
  saving++;
  return work.finally(() => {
    saving--;
    while (!saving && held.length) {
      const key = held.shift() as Key;
      if (key.point) {
        // A click made while a tab was opening: the cell of the new tab at that place.
        const td = document.elementFromPoint(...key.point)?.closest("td");
        if (td?.dataset.r && grid.contains(td)) {
          if (editing) void hold(commit(false));
          select({ row: Number(td.dataset.r), col: Number(td.dataset.c) }, { tell: true });
        }
      } else if (key.copy) copyLater();
      else if (key.paste) {
        // Into a cell being edited: the text, as the browser pastes it there; else the block.
        if (editing)
          editing.input.setRangeText(
            key.paste.map((l) => l.join("\t")).join(" "),
            editing.input.selectionStart ?? 0,
            editing.input.selectionEnd ?? 0,
            "end",
          );
        else void hold(paste(key.paste));
      } else if (editing) editKey(editing.input, key, true);
      else gridKey(key);
    }
  });
}

window.addEventListener(
  "keydown",
  (event) => {
    const target = event.target as Node;
    if (!saving || !(target === document.body || grid.contains(target))) return;
    if (["Shift", "Control", "Alt", "Meta", "CapsLock", "AltGraph"].includes(event.key)) return;
    // Ctrl+C and Ctrl+V go on to the browser, whose copy and paste events use the clipboard (a paste
    // is held there, below).
    if ((event.ctrlKey || event.metaKey) && /^[cv]$/i.test(event.key)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const { key, shiftKey, ctrlKey, metaKey, altKey } = event;
    held.push({ key, shiftKey, ctrlKey, metaKey, altKey, preventDefault: () => {} });
  },
  true,
);

function cancelEdit(): void {
  if (!editing) return;
  const { cell } = editing;
  editing = null;
  refill(cell);
  select(cell);
  grid.focus();
}

/** Writes the edited text through the add-on's SpreadsheetApp (id_ID parsing), then redraws. */
async function commit(refocus: boolean): Promise<boolean> {
  if (!editing || !view) return true;
  const { tab, cell, before, input } = editing;
  const text = input.value;
  editing = null;
  if (text === before) {
    refill(cell);
    if (refocus) grid.focus();
    return true;
  }
  // Into the tab it was typed in, whatever the grid shows by the time the save goes.
  const ok = await writeBlock(cell, [[text]], "edit", tab);
  if (refocus) grid.focus();
  return ok;
}

/** The edit text of the block of `rows` × `cols` cells from `cell` on, as the grid shows it now. */
function typedBlock(cell: Cell, rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => typedIn({ row: cell.row + r, col: cell.col + c })),
  );
}

/** false when the edit was refused (the message is on the status line). */
async function write(cell: Cell, text: string, how: "edit" | "undo" | "redo" = "edit"): Promise<boolean> {
  return writeBlock(cell, [[text]], how);
}

/**
 * Writes a block of edit texts from `cell` on: one cell as typed (/api/edit), a larger block as one
 * paste (/api/paste), each one step of Ctrl+Z. false when refused (the message is on the status line).
 */
async function writeBlock(
  cell: Cell,
  rows: string[][],
  how: "edit" | "undo" | "redo" | "paste" = "edit",
  tab = view?.name,
): Promise<boolean> {
  if (!view || !tab) return false;
  const height = rows.length;
  const width = Math.max(...rows.map((line) => line.length));
  const single = height === 1 && width === 1;
  const before = typedBlock(cell, height, width);
  try {
    const reply = single
      ? await request<ViewReply & { protectedBy: string[] }>("/api/edit", {
          tab,
          cell: a1(cell),
          text: rows[0][0],
          seq,
        })
      : await request<ViewReply & { protectedBy: string[]; range: string }>("/api/paste", {
          tab,
          cell: a1(cell),
          rows,
          seq,
        });
    apply(reply);
    const written = rows.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ""));
    const after = view?.name === tab ? typedBlock(cell, height, width) : written;
    // An undone step is kept as the change it undid (before: what is back now, after: what it took away).
    if (how === "undo") undone.push({ tab, cell, before: after, after: before });
    else {
      done.push({ tab, cell, before, after });
      if (done.length > UNDO_DEPTH) done.shift();
      if (how === "edit" || how === "paste") undone.length = 0;
    }
    // A warning-only protection lets the edit through, as Sheets does after its "edit anyway?".
    const warning = reply.protectedBy.length
      ? ` Perhatian: sel ini dilindungi (${reply.protectedBy.join("; ")}).`
      : "";
    const where = "range" in reply ? reply.range : a1(cell);
    const text = rows[0][0];
    const shown = text === "" ? "kosong" : `"${text}"`;
    const said = single
      ? {
          edit: `Sel ${tab}!${where} diperbarui.`,
          paste: `Ditempel ke sel ${tab}!${where}.`,
          undo: `Diurungkan: sel ${tab}!${where} kembali berisi ${shown}.`,
          redo: `Diulangi: sel ${tab}!${where} kembali berisi ${shown}.`,
        }[how]
      : {
          edit: `Sel ${tab}!${where} diperbarui.`,
          paste: `Ditempel ke ${tab}!${where}: ${height} baris × ${width} kolom, satu langkah Ctrl+Z.`,
          undo: `Diurungkan: ${tab}!${where} kembali seperti sebelum ditempel.`,
          redo: `Diulangi: tempel ke ${tab}!${where}.`,
        }[how];
    say(`${said}${warning}`);
    return true;
  } catch (e) {
    // Refused (validation, protection): back to the cell, as Sheets does.
    const message = e instanceof Error ? e.message : String(e);
    // Said of the tab left when another has been opened since.
    const elsewhere = opening !== null || view?.name !== tab;
    say(elsewhere ? `Sel ${tab}!${a1(cell)} tidak diubah: ${message}` : message, true);
    if (view?.name === tab) {
      refill(cell);
      select(cell);
    }
    return false;
  }
}

// ------------------------------------------------------------------------------------------ paste

/** Text of an HTML cell as Sheets pastes it: line breaks kept, the page's own spacing collapsed. */
function cellText(td: Element): string {
  const copy = td.cloneNode(true) as Element;
  for (const br of copy.querySelectorAll("br")) br.replaceWith("\n");
  return (copy.textContent ?? "")
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .trim();
}

/** An HTML table's cells by row and column; a merged cell's text in its first cell, the rest empty. */
function tableRows(table: HTMLTableElement): string[][] {
  const out: string[][] = [];
  Array.from(table.rows).forEach((tr, r) => {
    out[r] ??= [];
    let c = 0;
    for (const td of Array.from(tr.cells)) {
      while (out[r][c] !== undefined) c++;
      for (let dr = 0; dr < Math.max(1, td.rowSpan); dr++) {
        out[r + dr] ??= [];
        for (let dc = 0; dc < Math.max(1, td.colSpan); dc++)
          out[r + dr][c + dc] = dr || dc ? "" : cellText(td);
      }
      c += Math.max(1, td.colSpan);
    }
  });
  return out.map((line) => Array.from(line, (v) => v ?? ""));
}

/**
 * Tab-separated lines as Excel, LibreOffice and Sheets copy a block: a cell holding a tab, a line
 * break or a quote is quoted ("a ""b"""), the copy ends with one line break.
 */
function tsvRows(text: string): string[][] {
  const t = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '"' && field === "") {
      // Quoted only when the closing quote ends the cell; else the quote is the cell's own text.
      let j = i + 1;
      while (j < t.length && !(t[j] === '"' && t[j + 1] !== '"')) j += t[j] === '"' ? 2 : 1;
      if (j < t.length && (j + 1 === t.length || t[j + 1] === "\t" || t[j + 1] === "\n")) {
        field = t.slice(i + 1, j).replaceAll('""', '"');
        i = j;
        continue;
      }
    }
    if (ch === "\t") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  row.push(field);
  rows.push(row);
  return rows;
}

/** The clipboard as rows of cells: an HTML table (a web page, Excel, Word), else its plain text. */
function clipboardRows(data: DataTransfer | null): string[][] | null {
  if (!data) return null;
  const html = data.getData("text/html");
  if (html) {
    // An inert document: nothing in it runs or loads.
    const table = new DOMParser().parseFromString(html, "text/html").querySelector("table");
    if (table) return tableRows(table);
  }
  const text = data.getData("text/plain");
  return text ? tsvRows(text) : null;
}

/** Pastes rows from the selected cell on, as one change. */
function paste(rows: string[][]): Promise<boolean> {
  return writeBlock(sel, rows, "paste");
}

/**
 * Ctrl+C / Cmd+C in the grid: the selected cell's shown text on the clipboard, as Sheets puts a
 * copied cell's value there for other programs ("28.336.000", "61,68%"), which a paste here reads
 * back as typed. Nothing was copied before: a paste said the clipboard was empty.
 */
document.addEventListener("copy", (event) => {
  const target = event.target as Node;
  if (editing || !event.clipboardData || !(target === document.body || grid.contains(target))) return;
  event.preventDefault();
  // While a tab opens (or a save is in flight) the cell shown is not the one the copy is of: the
  // copy waits, in the order the keys were pressed, and copies the cell selected then (the new tab's).
  if (saving) {
    held.push({ ...NO_KEY, ctrlKey: true, copy: true });
    return;
  }
  event.clipboardData.setData("text/plain", cellView(sel)?.t ?? "");
  say(`Disalin: ${view?.name ?? ""}!${a1(sel)}.`);
});

/**
 * A held copy: the selected cell's shown text (or the text selected in the cell being edited) put
 * on the clipboard now, through the Clipboard API, as the copy event is over by then.
 */
function copyLater(): void {
  const input = editing?.input;
  const text = input
    ? input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)
    : (cellView(sel)?.t ?? "");
  const what = `${view?.name ?? ""}!${a1(sel)}`;
  navigator.clipboard.writeText(text).then(
    () => say(`Disalin: ${what}.`),
    () => say(`Sel ${what} belum tersalin: tekan Ctrl+C sekali lagi.`, true),
  );
}

document.addEventListener("paste", (event) => {
  const target = event.target as Node;
  // Into a cell being edited (or the tab-name input) the browser pastes the text itself.
  if (editing || !(target === document.body || grid.contains(target))) return;
  event.preventDefault();
  const rows = clipboardRows(event.clipboardData);
  if (!rows) return say("Papan klip kosong atau tidak berisi teks: tidak ada yang ditempel.", true);
  // After a save in flight, in the order the keys were pressed.
  if (saving) held.push({ ...NO_KEY, ctrlKey: true, paste: rows });
  else void hold(paste(rows));
});

grid.addEventListener("mousedown", (event) => {
  // The grid on screen belongs to the tab being left: the click waits for the new tab's grid.
  if (opening) {
    event.preventDefault();
    held.push({ ...NO_KEY, point: [event.clientX, event.clientY] });
    return;
  }
  const td = (event.target as HTMLElement).closest("td");
  if (!td?.dataset.r || td.classList.contains("editing")) return;
  if (editing) void hold(commit(false));
  select({ row: Number(td.dataset.r), col: Number(td.dataset.c) }, { tell: true });
});

grid.addEventListener("dblclick", (event) => {
  const td = (event.target as HTMLElement).closest("td");
  if (td?.dataset.r && !editing && !opening) startEdit();
});

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Edit › Urungkan (Ctrl+Z / Cmd+Z) and Ulangi (Ctrl+Y, Ctrl+Shift+Z): puts the cell's edit text of
 * before (or after) back, so a deleted formula comes back as the formula. A cell changed since (by
 * the add-on or another edit) is not overwritten.
 */
async function undoStep(redo: boolean): Promise<void> {
  const step = (redo ? undone : done).pop();
  if (!step) return say(redo ? "Tidak ada yang dapat diulangi." : "Tidak ada yang dapat diurungkan.");
  if (view?.name !== step.tab) {
    await openTab(step.tab);
    if (view?.name !== step.tab) return;
  }
  select(step.cell);
  const expected = redo ? step.before : step.after;
  const now = typedBlock(step.cell, expected.length, expected[0]?.length ?? 1);
  if (now.some((line, r) => line.some((text, c) => text !== expected[r][c]))) {
    done.length = 0;
    undone.length = 0;
    const single = expected.length === 1 && expected[0].length === 1;
    return say(
      `${single ? "Sel" : "Rentang mulai sel"} ${step.tab}!${a1(step.cell)} sudah berubah sejak itu, jadi tidak ${redo ? "diulangi" : "diurungkan"}.`,
      true,
    );
  }
  await writeBlock(step.cell, redo ? step.after : step.before, redo ? "redo" : "undo");
}

grid.addEventListener("keydown", (event) => {
  if (editing || event.target !== grid) return;
  gridKey(event);
});

function gridKey(event: Key): void {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && /^[zy]$/i.test(event.key)) {
    event.preventDefault();
    void hold(undoStep(event.key.toLowerCase() === "y" || event.shiftKey));
    return;
  }
  const move = MOVES[event.key];
  if (move) {
    event.preventDefault();
    select({ row: sel.row + move[0], col: sel.col + move[1] }, { tell: true });
  } else if (event.key === "Enter" || event.key === "F2") {
    event.preventDefault();
    startEdit();
  } else if (event.key === "Tab") {
    event.preventDefault();
    select({ row: sel.row, col: sel.col + (event.shiftKey ? -1 : 1) }, { tell: true });
  } else if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    const cell = cellView(sel);
    if (cell && (cell.e ?? cell.t) !== "") void hold(write(sel, ""));
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    startEdit(event.key);
  }
}

/**
 * "Pengguna": the page acts as another person from now on (the sender or the Inspektorat reviewer),
 * as another person opening the spreadsheet in Sheets: the add-on's calls and the cells typed are
 * theirs (Session.getActiveUser()), and the panel opens again for them.
 */
/** The panel opens again for another person: its first call keeps the status line's sentence. */
let reopening = false;
async function switchUser(email: string): Promise<void> {
  if (editing) await commit(false);
  const label = userSelect.selectedOptions[0]?.textContent ?? email;
  try {
    apply(await request<ViewReply>("/api/user", { email, tab: view?.name ?? "", cell: a1(sel), seq }));
    sidebar.contentWindow?.location.reload();
    say(`Sekarang bertindak sebagai ${label}: panel SAKIP dibuka ulang untuknya.`);
    // The panel's own first call as it opens (sidebarState) does not take this sentence away.
    reopening = true;
  } catch (e) {
    say(e instanceof Error ? e.message : String(e), true);
    void load(view?.name ?? null);
  }
  grid.focus();
}
userSelect.addEventListener("change", () => void hold(switchUser(userSelect.value)));

// The download goes through fetch so that a refusal (a tab name .xlsx cannot hold) is shown, not saved.
$<HTMLAnchorElement>("save").addEventListener("click", async (event) => {
  event.preventDefault();
  say("Menyiapkan .xlsx…");
  try {
    // Excel / LibreOffice (the default): standard formulas; Google Sheets: the add-on's own.
    const rumus = $<HTMLSelectElement>("save-as").value === "sakip" ? "sakip" : "excel";
    const response = await fetch(`/unduh.xlsx?rumus=${rumus}`).catch(() => {
      throw new Error(NO_SERVER);
    });
    if (!response.ok) throw new Error(((await response.json()) as { error: string }).error);
    const disposition = response.headers.get("Content-Disposition") ?? "";
    const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = name ? decodeURIComponent(name) : "SAKIP.xlsx";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    say(
      rumus === "excel"
        ? `Disimpan sebagai ${link.download}: capaian, kriteria dan efisiensi berupa rumus standar yang dihitung juga di Excel dan LibreOffice.`
        : `Disimpan sebagai ${link.download}: dengan rumus CAPAIAN, KRITERIA dan EFISIENSI untuk Google Sheets yang memasang add-on SAKIP (Excel dan LibreOffice menampilkan #NAME? di sana).`,
    );
  } catch (e) {
    say(e instanceof Error ? e.message : String(e), true);
  }
});

/**
 * "Unduh … .docx" downloads the report chosen in the panel's "Buat laporan", the one place a
 * person picks a report (the top bar had its own select, which could say LAKIP TW II while the
 * panel said LAKIP TW I). The panel moves its choice with the triwulan too, without a change event
 * of its own: the button reads it again on every change in the panel and when it is pressed.
 */
function followPanelReport(): void {
  const chosen = sidebar.contentDocument?.getElementById("laporan-tw") as HTMLSelectElement | null;
  if (!chosen?.value) return;
  const form = $<HTMLFormElement>("laporan");
  const tw = form.querySelector<HTMLInputElement>('input[name="tw"]');
  const button = form.querySelector("button");
  if (!tw || !button) return;
  tw.value = chosen.value;
  const label = chosen.selectedOptions[0]?.textContent?.replace(/\s*\(.*\)$/, "") ?? "laporan";
  button.textContent = `Unduh ${label} .docx`;
}
function watchPanelReport(): void {
  followPanelReport();
  sidebar.contentDocument?.addEventListener("change", followPanelReport);
}
sidebar.addEventListener("load", watchPanelReport);
// The panel may have loaded before this script ran.
if (sidebar.contentDocument?.getElementById("laporan-tw")) watchPanelReport();
$("laporan").addEventListener("submit", followPanelReport);

// A sidebar call may have changed anything: redraw, and follow the add-on when it activated a range.
window.addEventListener("message", (event) => {
  if (event.origin !== location.origin || event.source !== sidebar.contentWindow) return;
  const data = event.data as { type?: string } | null;
  if (data?.type !== "sakip:run" || editing) return;
  // The panel says how its action went; what the page said about an earlier edit no longer holds.
  if (!reopening) say("");
  reopening = false;
  followPanelReport();
  void load(opening ?? view?.name ?? null, { flash: true });
});

void load(null).then(() => grid.focus());
