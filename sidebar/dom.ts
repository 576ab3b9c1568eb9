/** The panel's few DOM helpers. Everything that comes from the sheet is set as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const c of children) node.append(typeof c === "string" ? document.createTextNode(c) : c);
  return node;
}

/** What a part of the panel needs from the whole: progress, the status line, a reload. */
export interface PanelContext {
  /** `fields`: the action's arguments → the ids of their inputs (bad input focuses its field). */
  busy<T>(label: string, action: () => Promise<T>, fields?: Record<string, string>): Promise<T | undefined>;
  say(text: string, kind?: "" | "busy" | "error" | "warn"): void;
  /** Reads the spreadsheet again; `keepOpen`: the tab whose reading stays open. */
  refresh(keepOpen?: string): Promise<void>;
}

/**
 * A choice list that saves only when a choice is made: picked with the mouse, Enter, or leaving the
 * field with another value. Arrow keys (and typing the first letters) only move through the choices;
 * Escape puts the saved one back. Chromium changes a closed list's value on every arrow key: saving
 * then would write a correction per key press.
 */
export function choiceList(select: HTMLSelectElement, save: (value: string) => void): void {
  let saved = select.value;
  let browsing = false;
  const mark = () => select.classList.toggle("pending", select.value !== saved);
  const commit = () => {
    browsing = false;
    if (select.value === saved) return mark();
    saved = select.value;
    mark();
    save(select.value);
  };
  select.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit();
    } else if (e.key === "Escape") {
      select.value = saved;
      browsing = false;
      mark();
    } else if (/^(Arrow|Page)|^(Home|End)$/.test(e.key) || e.key.length === 1) browsing = true;
  });
  select.addEventListener("change", () => (browsing ? mark() : commit()));
  select.addEventListener("blur", () => {
    if (select.value !== saved) commit();
  });
}
