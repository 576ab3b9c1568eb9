/**
 * Values as JSON text and back, keeping what plain JSON loses and the core computes with: a Date
 * (`{"$d": ms}`), an empty slot of an array (`{"$u": 1}`: a per-TW row that has no TW), and a number
 * that is not finite (`{"$n": "-Infinity"}`: a scale's lowest band). What the panel reads back is
 * what the server read.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, function (key, v) {
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return { $d: raw.getTime() };
    if (raw === undefined && Array.isArray(this)) return { $u: 1 };
    return typeof raw === "number" && !Number.isFinite(raw) ? { $n: String(raw) } : v;
  });
}

/** `toJson` read back. */
export function fromJson<T>(text: string): T {
  return JSON.parse(text, (_, v) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    if (keys.length !== 1) return v;
    if (typeof v.$d === "number") return new Date(v.$d);
    if (v.$u === 1) return undefined;
    return typeof v.$n === "string" ? Number(v.$n) : v;
  });
}
