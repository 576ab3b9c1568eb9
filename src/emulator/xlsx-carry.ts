/**
 * Saving a tab that is as it was loaded by carrying its sheet part from the original .xlsx, still
 * compressed, instead of writing every cell again: `sakip triwulan` adds its tabs beside a plan of
 * 50,000 rows × 60 columns it never changes. ExcelJS writes the workbook with an empty tab in the
 * carried tab's place; jszip (ExcelJS's own zip library) then puts the original sheet part there,
 * with its notes, its shared strings and its styles, and copies the compressed bytes as they are.
 *
 * A tab is carried only when nothing of it changed since loading (its cells: `Tab.edits`; its
 * formats, notes, merges, sizes and name: a signature taken at loading), it holds no formula (whose
 * results could depend on a changed tab), and its part refers to nothing but its notes, links and
 * printer settings. The original styles are kept at their numbers and ExcelJS's are added after
 * them. Anything else is written by ExcelJS as before.
 */
import { posix } from "node:path";
import { constants, inflateRawSync } from "node:zlib";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { MemoryWorkbook, Tab } from "./workbook";

/** What a workbook loaded from an .xlsx keeps of the file to carry its unchanged tabs. */
interface Source {
  bytes: Buffer;
  /** Each loaded tab's sheet part and state when it was loaded. */
  tabs: Map<Tab, { part: string; signature: string; edits: number }>;
}

const sources = new WeakMap<MemoryWorkbook, Source>();

/** Everything of a tab the save writes but its cells' contents (see Tab.edits for those). */
function signature(tab: Tab): string {
  return JSON.stringify([
    tab.name,
    tab.frozenRows,
    tab.frozenCols,
    [...tab.columnWidths],
    [...tab.rowHeights],
    [...tab.hiddenCols],
    tab.merges,
    tab.conditionalRules,
    tab.styles.version,
    tab.notes.version,
    tab.validations.version,
  ]);
}

/** Keeps the file a workbook was just loaded from, with the part each of its tabs came from. */
export function rememberSource(workbook: MemoryWorkbook, bytes: Buffer, parts: Map<string, string>): void {
  const tabs: Source["tabs"] = new Map();
  for (const tab of workbook.tabs()) {
    const part = parts.get(tab.name);
    if (part) tabs.set(tab, { part, signature: signature(tab), edits: tab.edits });
  }
  if (tabs.size) sources.set(workbook, { bytes, tabs });
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** What a carried sheet may refer to: its notes (comments and their drawing), links, printer settings. */
const CARRIED_RELS = new Set([
  `${REL}/comments`,
  `${REL}/vmlDrawing`,
  `${REL}/hyperlink`,
  `${REL}/printerSettings`,
]);

const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

interface Relationship {
  xml: string;
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(new RegExp(`<Relationship\\b${ATTRS}/?>`, "g"))].map(([tag]) => ({
    xml: tag,
    id: attr(tag, "Id") ?? "",
    type: attr(tag, "Type") ?? "",
    target: attr(tag, "Target") ?? "",
    external: attr(tag, "TargetMode") === "External",
  }));
}

/** A part's path from a relationship's target, relative to the folder of the part that names it. */
const resolve = (from: string, target: string) =>
  target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(posix.dirname(from), target));

const relsOf = (part: string) => posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);

/** The ordered sections of styles.xml (ECMA-376 CT_Stylesheet). */
const SECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

/** A section of styles.xml and its items, as written; null when absent or not read surely. */
function section(text: string, tag: string, item: string): { open: string; items: string[] } | null {
  const match = new RegExp(`<${tag}\\b(${ATTRS})(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(text);
  if (!match) return null;
  const inner = match[2] ?? "";
  const items = [
    ...inner.matchAll(new RegExp(`<${item}\\b${ATTRS}/>|<${item}\\b${ATTRS}>[\\s\\S]*?</${item}>`, "g")),
  ].map((m) => m[0]);
  const count = attr(`<${tag}${match[1]}>`, "count");
  if (count !== undefined && Number(count) !== items.length) throw new Error(`${tag} tidak terbaca`);
  return { open: match[1], items };
}

/** The original styles, which the carried tabs' cells name by number. */
interface OriginalStyles {
  text: string;
  numFmts: { id: number; code: string; xml: string }[];
  fonts: string[];
  fills: string[];
  borders: string[];
  xfs: string[];
  dxfs: string[];
}

function readStyles(text: string): OriginalStyles | null {
  if (!/<styleSheet\b/.test(text)) return null;
  const fonts = section(text, "fonts", "font");
  const fills = section(text, "fills", "fill");
  const borders = section(text, "borders", "border");
  const xfs = section(text, "cellXfs", "xf");
  if (!fonts?.items.length || !fills?.items.length || !borders?.items.length || !xfs?.items.length)
    return null;
  const decode = (s: string) =>
    s.replace(
      /&(quot|apos|lt|gt|amp);/g,
      (_m, e: string) => ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" })[e] ?? "",
    );
  return {
    text,
    numFmts: (section(text, "numFmts", "numFmt")?.items ?? []).map((xml) => ({
      id: Number(attr(xml, "numFmtId")),
      code: decode(attr(xml, "formatCode") ?? ""),
      xml,
    })),
    fonts: fonts.items,
    fills: fills.items,
    borders: borders.items,
    xfs: xfs.items,
    dxfs: section(text, "dxfs", "dxf")?.items ?? [],
  };
}

/** ExcelJS's style manager, as its streaming writer keeps it (exceljs/lib/xlsx/xform/style/styles-xform.js). */
interface StyleManager {
  model: {
    numFmts: string[];
    fonts: string[];
    fills: string[];
    borders: string[];
    styles: string[];
    dxfs: unknown[];
  };
  index: {
    style: Record<string, number>;
    numFmt: Record<string, number>;
    font: Record<string, number>;
    border: Record<string, number>;
    fill: Record<string, number>;
  };
  map: { dxfs: { toXml(model: unknown[]): string }; numFmt: { toXml(model: object): string } };
  addDxfStyle(style: unknown): number;
  addStyleModel(model: object | undefined, type: unknown): number;
  _addNumFmtStr(code: string): number;
}

/** The font ExcelJS gives a cell without one (styles-xform.js). */
const EXCELJS_FONT = { size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" };

/** A save that carries tabs: which, and what the writer needs to place them. */
export interface Carry {
  /** The carried tabs and their original parts. */
  tabs: Map<Tab, string>;
  /** Gives ExcelJS's style manager the original styles first, so their numbers stay. */
  seed(book: ExcelJS.stream.xlsx.WorkbookWriter): void;
  /** The file ExcelJS wrote (carried tabs empty, at sheet part `ids`) with the carried tabs put back. */
  merge(written: Buffer, ids: Map<Tab, number>): Promise<Buffer>;
}

interface ZipObjectData {
  _data?: { compressedContent?: Uint8Array; compression?: { magic: string } };
}

/** The first bytes of a part's XML, without inflating the whole part. */
function head(file: JSZip.JSZipObject): string {
  const data = (file as unknown as ZipObjectData)._data;
  const raw = data?.compressedContent;
  if (!raw) return "";
  const part = raw.subarray(0, 65_536);
  const bytes =
    data.compression?.magic === "\x00\x00"
      ? part
      : inflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.from(bytes).toString("utf8");
}

/**
 * The tabs of `workbook` a save can carry from the file it was loaded from, or null when none can
 * (then ExcelJS writes every tab).
 */
export async function carryPlan(workbook: MemoryWorkbook): Promise<Carry | null> {
  const source = sources.get(workbook);
  if (!source) return null;
  const order = workbook.tabs();
  const candidates = order.filter((tab) => {
    const loaded = source.tabs.get(tab);
    return (
      loaded &&
      loaded.edits === tab.edits &&
      !workbook.mayHoldFormulas(tab) &&
      loaded.signature === signature(tab)
    );
  });
  if (!candidates.length) return null;
  const zip = await JSZip.loadAsync(source.bytes, { createFolders: false });
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? null;
  const bookRels = relationships((await text("xl/_rels/workbook.xml.rels")) ?? "");
  const bookPart = (type: string) => {
    const rel = bookRels.find((r) => r.type === `${REL}/${type}` && !r.external);
    return rel ? resolve("xl/workbook.xml", rel.target) : undefined;
  };
  const stylesPart = bookPart("styles");
  const styles = stylesPart ? readStyles((await text(stylesPart)) ?? "") : null;
  if (!styles) return null;
  const contentTypes = (await text("[Content_Types].xml")) ?? "";
  const tabs = new Map<Tab, string>();
  // Each carried part's relationships, parsed and as written.
  const partRels = new Map<Tab, { rels: Relationship[]; xml: string }>();
  for (const tab of candidates) {
    const part = source.tabs.get(tab)?.part ?? "";
    const file = zip.file(part);
    if (!file) continue;
    const relsXml = (await text(relsOf(part))) ?? "";
    const rels = relationships(relsXml);
    // Links only to the web or a file outside; notes and printer settings present in the file.
    const carriable = (r: Relationship) =>
      CARRIED_RELS.has(r.type) &&
      (r.external
        ? r.type.endsWith("/hyperlink")
        : !r.type.endsWith("/hyperlink") && zip.file(resolve(part, r.target)));
    if (!rels.every(carriable)) continue;
    // One note drawing each, holding nothing but the notes.
    const internal = rels.filter((r) => !r.external);
    if (
      internal.filter((r) => r.type.endsWith("/comments")).length > 1 ||
      internal.filter((r) => r.type.endsWith("/vmlDrawing")).length > 1 ||
      internal.some((r) => r.type.endsWith("/vmlDrawing") && zip.file(relsOf(resolve(part, r.target))))
    )
      continue;
    // A tab shown selected in the file is carried only where it stays the active (first) tab:
    // two selected tabs open grouped in Excel.
    if (order.indexOf(tab) > 0 && /<sheetView\b[^>]*\btabSelected\s*=\s*["'](1|true)["']/.test(head(file)))
      continue;
    tabs.set(tab, part);
    partRels.set(tab, { rels, xml: relsXml });
  }
  if (!tabs.size) return null;
  const sharedStrings = bookPart("sharedStrings");
  const theme = bookPart("theme");

  const contentType = (path: string): string | undefined => {
    for (const [tag] of contentTypes.matchAll(new RegExp(`<Override\\b${ATTRS}/?>`, "g")))
      if ((attr(tag, "PartName") ?? "").replace(/^\//, "") === path) return attr(tag, "ContentType");
    const ext = posix.extname(path).slice(1).toLowerCase();
    for (const [tag] of contentTypes.matchAll(new RegExp(`<Default\\b${ATTRS}/?>`, "g")))
      if ((attr(tag, "Extension") ?? "").toLowerCase() === ext) return attr(tag, "ContentType");
    return undefined;
  };

  let manager: StyleManager | null = null;
  const dxfOffset = styles.dxfs.length;

  return {
    tabs,
    seed(book) {
      const st = (book as unknown as { styles: StyleManager }).styles;
      manager = st;
      const indexOf = (list: string[]) => Object.fromEntries(list.map((xml, i) => [xml, i]));
      st.model.fonts = [...styles.fonts];
      st.model.fills = [...styles.fills];
      st.model.borders = [...styles.borders];
      st.model.styles = [...styles.xfs];
      st.model.numFmts = styles.numFmts.map((f) => f.xml);
      st.index.font = indexOf(styles.fonts);
      st.index.fill = indexOf(styles.fills);
      st.index.border = indexOf(styles.borders);
      st.index.style = indexOf(styles.xfs);
      st.index.numFmt = Object.fromEntries(styles.numFmts.map((f) => [f.code, f.id]));
      // New number formats after the file's own numbers, which need not run from 164 without gaps.
      let next = Math.max(163, ...styles.numFmts.map((f) => f.id)) + 1;
      const builtIn = st._addNumFmtStr.bind(st);
      st._addNumFmtStr = (code: string) => {
        const known = st.index.numFmt[code];
        if (known !== undefined) return known;
        const id = builtIn(code);
        // A built-in format (General, 0.00…) keeps its number; ExcelJS numbered a new one itself.
        if (id < 164) return id;
        st.model.numFmts.pop();
        const own = next++;
        st.index.numFmt[code] = own;
        st.model.numFmts.push(st.map.numFmt.toXml({ id: own, formatCode: code }));
        return own;
      };
      // A cell ExcelJS writes without a font has ExcelJS's default font, as when it writes every
      // tab (the file's first font may carry a colour or a size of its own).
      const withFont = new WeakMap<object, object>();
      const addStyle = st.addStyleModel.bind(st);
      st.addStyleModel = (model: { font?: unknown } | undefined, type: unknown) => {
        if (!model || model.font) return addStyle(model, type);
        let styled = withFont.get(model);
        if (!styled) {
          styled = { ...model, font: EXCELJS_FONT };
          withFont.set(model, styled);
        }
        return addStyle(styled, type);
      };
      // Conditional formats of ExcelJS's tabs come after the file's own.
      const addDxf = st.addDxfStyle.bind(st);
      st.addDxfStyle = (style: unknown) => addDxf(style) + dxfOffset;
    },
    async merge(written, ids) {
      if (!manager) throw new Error("styles not seeded");
      const st: StyleManager = manager;
      const out = await JSZip.loadAsync(written, { createFolders: false });
      const put = (path: string, from: JSZip.JSZipObject) => {
        const data = (from as unknown as ZipObjectData)._data;
        out.file(path, data as unknown as Uint8Array, {
          binary: true,
          createFolders: false,
          compression: data?.compression?.magic === "\x00\x00" ? "STORE" : "DEFLATE",
        });
      };
      const overrides: string[] = [];
      const relsToAdd: string[] = [];
      const override = (path: string, type: string | undefined) => {
        if (type)
          overrides.push(`<Override PartName="/${path}" ContentType="${type.replace(/"/g, "&quot;")}"/>`);
      };
      for (const [tab, part] of tabs) {
        const id = ids.get(tab);
        const file = zip.file(part);
        if (id === undefined || !file) throw new Error(`tab ${tab.name} tidak ditulis`);
        const target = `xl/worksheets/sheet${id}.xml`;
        put(target, file);
        const { rels = [], xml = "" } = partRels.get(tab) ?? {};
        if (!rels.length) continue;
        // Its notes and printer settings under the names ExcelJS's reader looks for, by this sheet's number.
        let relsXml = xml;
        for (const rel of rels) {
          if (rel.external) continue;
          const from = resolve(part, rel.target);
          const to = rel.type.endsWith("/comments")
            ? `xl/comments${id}.xml`
            : rel.type.endsWith("/vmlDrawing")
              ? `xl/drawings/vmlDrawing${id}.vml`
              : `xl/printerSettings/sakip${id}-${posix.basename(from)}`;
          if (out.file(to)) throw new Error(`${to} sudah ada`);
          const source = zip.file(from);
          if (!source) throw new Error(`${from} tidak ada`);
          put(to, source);
          override(to, contentType(from));
          const newTag = rel.xml.replace(
            /(\sTarget\s*=\s*)("[^"]*"|'[^']*')/,
            `$1"${posix.relative("xl/worksheets", to)}"`,
          );
          relsXml = relsXml.replace(rel.xml, newTag);
        }
        out.file(relsOf(target), relsXml, { createFolders: false });
      }
      if (sharedStrings) {
        const file = zip.file(sharedStrings);
        if (!file || out.file("xl/sharedStrings.xml")) throw new Error("sharedStrings");
        put("xl/sharedStrings.xml", file);
        override(
          "xl/sharedStrings.xml",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
        );
        relsToAdd.push(
          `<Relationship Id="rIdSakipSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
        );
      }
      const themeFile = theme ? zip.file(theme) : null;
      if (themeFile && out.file("xl/theme/theme1.xml")) put("xl/theme/theme1.xml", themeFile);
      out.file("xl/styles.xml", mergedStyles(styles, st, dxfOffset), { createFolders: false });
      if (relsToAdd.length) {
        const rels = (await out.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
        out.file(
          "xl/_rels/workbook.xml.rels",
          rels.replace("</Relationships>", `${relsToAdd.join("")}</Relationships>`),
          {
            createFolders: false,
          },
        );
      }
      const types = (await out.file("[Content_Types].xml")?.async("string")) ?? "";
      const missing = overrides.filter((o) => !types.includes(o.slice(0, o.indexOf(" ContentType"))));
      out.file("[Content_Types].xml", types.replace("</Types>", `${missing.join("")}</Types>`), {
        createFolders: false,
      });
      return out.generateAsync({
        type: "nodebuffer",
        compression: "DEFLATE",
        compressionOptions: { level: 6 },
      });
    },
  };
}

/**
 * The original styles.xml with ExcelJS's styles after its own: the original fonts, fills, borders,
 * cell formats and number formats keep their numbers (the carried tabs' cells name them), the
 * original cell styles, colours and table styles stay, and the conditional formats of ExcelJS's tabs
 * follow the original ones (their numbers were offset as they were added).
 */
function mergedStyles(styles: OriginalStyles, st: StyleManager, dxfOffset: number): string {
  let text = styles.text;
  const newDxfs = st.model.dxfs.length
    ? (/^<dxfs\b[^>]*>([\s\S]*)<\/dxfs>$/.exec(st.map.dxfs.toXml(st.model.dxfs))?.[1] ?? "")
    : "";
  const lists: [string, string, string[] | string][] = [
    ["numFmts", "numFmt", st.model.numFmts],
    ["fonts", "font", st.model.fonts],
    ["fills", "fill", st.model.fills],
    ["borders", "border", st.model.borders],
    ["cellXfs", "xf", st.model.styles],
  ];
  for (const [tag, , items] of lists) text = setSection(text, tag, items as string[]);
  if (newDxfs) {
    const count = dxfOffset + st.model.dxfs.length;
    text = setSection(text, "dxfs", [...styles.dxfs, newDxfs], count);
  }
  return text;
}

/** Sets a section's items and count, keeping its other attributes; adds it in its place if absent. */
function setSection(text: string, tag: string, items: string[], count = items.length): string {
  if (!items.length) return text;
  const inner = items.join("");
  const match = new RegExp(`<${tag}\\b(${ATTRS})(?:/>|>[\\s\\S]*?</${tag}>)`).exec(text);
  if (match) {
    const attrs = /\scount\s*=/.test(match[1])
      ? match[1].replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`)
      : `${match[1]} count="${count}"`;
    const open = attrs.replace(/\s*\/$/, "");
    return (
      text.slice(0, match.index) +
      `<${tag}${open}>${inner}</${tag}>` +
      text.slice(match.index + match[0].length)
    );
  }
  const later = SECTIONS.slice(SECTIONS.indexOf(tag as (typeof SECTIONS)[number]) + 1);
  let at = text.lastIndexOf("</styleSheet>");
  for (const next of later) {
    const found = new RegExp(`<${next}\\b`).exec(text);
    if (found) {
      at = found.index;
      break;
    }
  }
  return `${text.slice(0, at)}<${tag} count="${count}">${inner}</${tag}>${text.slice(at)}`;
}
