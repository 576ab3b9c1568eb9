/**
 * The formula engine's errors as a person reads them in an id-ID Google Sheets: the error value
 * (#ERROR!, #NAME?, #REF!, …) stays, its message becomes one Indonesian sentence saying what to fix.
 * HyperFormula's own English ("Parsing error. Expecting token of type --> RParen", "Function name
 * FOO not recognized.", "No space for array result.") never reaches the grid. A custom function's
 * message (CAPAIAN, KRITERIA, EFISIENSI: already Indonesian) is kept as it is.
 */

/** Parts of a formula outside string literals ("…") and quoted tab names ('…'). */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, (s) => " ".repeat(s.length));
}

/** A number written with thousands dots (1.852.283.616), which a formula does not take. */
export const GROUPED_NUMBER = /(?<![A-Za-z0-9_$.,])\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])/;

/** Why a formula cannot be read, as precisely as its text tells. */
function parseProblem(formula: string): string {
  const text = code(formula);
  if (text.trim() === "=")
    return "Kesalahan penguraian formula: setelah tanda = belum ada rumus; tulis rumusnya, atau awali dengan tanda kutip (') bila maksudnya teks.";
  const grouped = GROUPED_NUMBER.exec(text);
  if (grouped)
    return `Kesalahan penguraian formula: angka ${grouped[0]} ditulis dengan titik ribuan; di dalam rumus tulis angka tanpa pemisah ribuan (${grouped[0].replaceAll(".", "")}) atau rujuk sel yang berisi angka itu.`;
  const quotes = (formula.match(/"/g) ?? []).length;
  if (quotes % 2) return 'Kesalahan penguraian formula: ada tanda kutip (") yang tidak ditutup.';
  const open = (text.match(/\(/g) ?? []).length;
  const close = (text.match(/\)/g) ?? []).length;
  if (open > close)
    return `Kesalahan penguraian formula: ${open - close} kurung buka "(" belum ditutup dengan ")".`;
  if (close > open)
    return `Kesalahan penguraian formula: ada ${close - open} kurung tutup ")" tanpa kurung buka.`;
  return "Kesalahan penguraian formula: periksa nama fungsi, tanda kurung dan pemisah argumen (;).";
}

/** What a message of the engine of each error value says, when it is not one listed below. */
const BY_CODE: Record<string, string> = {
  "#DIV/0!": "Pembagian dengan nol: pembaginya 0 atau sel kosong.",
  "#N/A": "Nilai tidak tersedia: yang dicari tidak ditemukan.",
  "#NAME?": "Nama tidak dikenal: periksa ejaan nama fungsi atau rentang, dan apit teks dengan tanda kutip.",
  "#NUM!": "Angka di luar batas yang dapat dihitung fungsi ini.",
  "#REF!": "Referensi tidak ada: sel, rentang atau tab yang dirujuk sudah dihapus atau berada di luar sheet.",
  "#VALUE!": "Jenis argumen salah: fungsi ini memerlukan angka atau rentang lain.",
  "#ERROR!": "Rumus ini tidak dapat dihitung: periksa argumennya.",
};

const SPILL =
  "Hasil array tidak diperluas karena akan menimpa data di sel di bawah atau di sebelah kanannya: kosongkan sel-sel itu agar hasilnya muat.";
const CYCLE =
  "Dependensi melingkar terdeteksi: rumus ini merujuk ke dirinya sendiri, langsung atau lewat sel lain.";

/**
 * Functions of Google's function list (support.google.com/docs/table/25273; e.g. the Google, Text and
 * Statistical topics: QUERY, IMPORTRANGE, REGEXMATCH, JOIN, AVERAGEIFS, RANK) that the local formula
 * engine does not have: Sheets computes them, so the cell does not say the name is unknown.
 */
const SHEETS_ONLY = new Set(
  (
    "QUERY IMPORTRANGE IMPORTDATA IMPORTHTML IMPORTXML IMPORTFEED IMAGE SPARKLINE GOOGLEFINANCE " +
    "GOOGLETRANSLATE DETECTLANGUAGE REGEXMATCH REGEXEXTRACT REGEXREPLACE JOIN FLATTEN SORTN CONCAT " +
    "ISEMAIL ISURL ISBETWEEN LET LAMBDA MAP REDUCE SCAN MAKEARRAY BYROW BYCOL TOCOL TOROW CHOOSECOLS " +
    "CHOOSEROWS WRAPROWS WRAPCOLS XMATCH AVERAGEIFS AVERAGE.WEIGHTED RANK RANK.EQ RANK.AVG PERCENTIF " +
    "MARGINOFERROR ENCODEURL TO_TEXT TO_DATE TO_PERCENT TO_DOLLARS TO_PURE_NUMBER EPOCHTODATE CELL INFO LOOKUP"
  ).split(" "),
);

const unknownFunction = (name: string) =>
  SHEETS_ONLY.has(name.toUpperCase())
    ? `Fungsi ${name.toUpperCase()} ada di Google Sheets tetapi tidak dihitung oleh spreadsheet lokal ini (npm start, sakip); hasilnya tampil setelah berkas dibuka di Google Sheets.`
    : `Fungsi tidak dikenal: '${name}'.`;

/** The engine's English messages a person may meet, in Indonesian (those not here: BY_CODE). */
const MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(Fungsi tidak dikenal: .+)$/, (m) => m[1]],
  [/^(Rujukan INDIRECT tidak valid: .+)$/, (m) => m[1]],
  [/^Function name (.+) not recognized\.$/, (m) => unknownFunction(m[1])],
  [/^Unknown function: '(.+)'\.$/, (m) => unknownFunction(m[1])],
  [/^Named expression (.+) not recognized\.$/, (m) => `Nama rentang tidak dikenal: '${m[1]}'.`],
  [/^No space for array result\.$/, () => SPILL],
  [
    /^Cyclic dependency/i,
    () =>
      "Dependensi melingkar terdeteksi: rumus ini merujuk ke dirinya sendiri, langsung atau lewat sel lain.",
  ],
  [/^Division by zero\.$/, () => BY_CODE["#DIV/0!"]],
  [
    /^Wrong number of arguments\.$/,
    () => "Jumlah argumen fungsi ini salah: periksa argumen yang dipisah titik koma (;).",
  ],
  [/^Sheet does not exist\.$/, () => "Tab yang dirujuk tidak ada: periksa nama tabnya."],
  [/^Address is not correct\.$/, () => BY_CODE["#REF!"]],
  [
    /^(Value cannot be coerced to number|Number argument expected)\.$/,
    () => "Argumen ini harus angka, bukan teks.",
  ],
  [/^Value not found\.$/, () => "Nilai yang dicari tidak ditemukan di rentang itu."],
  [
    /^Array dimensions (are not compatible|mismatched)\.$/,
    () => "Ukuran rentang-rentang dalam rumus ini tidak sama.",
  ],
];

export interface EngineError {
  /** As shown in the cell: "#ERROR!", "#NAME?", … */
  code: string;
  /** HyperFormula's error type ("ERROR", "NAME", "SPILL", "CYCLE", …). */
  type: string;
  message: string;
}

/** One Indonesian sentence for an error of the engine in a cell holding `formula`. */
export function indonesianMessage(error: EngineError, formula: string): string {
  const { code: value, type, message } = error;
  // A custom function's own sentence comes as a plain ERROR that is no parse error: keep it.
  if (type === "ERROR" && message && !/^(Parsing error|License)/.test(message)) return message;
  if (type === "ERROR" && message.startsWith("Parsing error")) return parseProblem(formula);
  if (type === "ERROR" && !message && formula && GROUPED_NUMBER.test(code(formula)))
    return parseProblem(formula);
  for (const [pattern, say] of MESSAGES) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  if (type === "SPILL") return SPILL;
  if (type === "CYCLE") return CYCLE;
  return BY_CODE[value] ?? BY_CODE["#ERROR!"];
}
