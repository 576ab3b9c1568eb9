/** What a SAKIP computation gives for one row: a value, a blank, or a problem a person must fix. */
export type Computed<T = number> =
  | { kind: "value"; value: T }
  | { kind: "blank" }
  | { kind: "problem"; message: string };

export const blank = { kind: "blank" } as const;

export function value<T>(v: T): Computed<T> {
  // Extreme inputs (a target of 1e-320) could overflow; a cell must never show Infinity or NaN.
  if (typeof v === "number" && !Number.isFinite(v)) {
    return problem("Hasil tidak terhingga: periksa angka yang dimasukkan.");
  }
  return { kind: "value", value: v };
}

export function problem(message: string): { kind: "problem"; message: string } {
  return { kind: "problem", message };
}

/** Quotes a cell's text for a message, shortened so a message stays one line. */
export function quote(v: unknown): string {
  const s = String(v).replace(/\s+/g, " ").trim();
  return `"${s.length > 30 ? `${s.slice(0, 29)}…` : s}"`;
}

/** An error whose message is one Indonesian sentence for the user, shown as it is. */
export class UserError extends Error {
  override name = "UserError";
}
