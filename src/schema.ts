/**
 * The shapes the sidebar contract (./api.ts) checks at the server's boundary, and the argument types
 * they give the use cases. The contract needs a dozen of them (texts and whole numbers within
 * bounds, flags, lists, objects, a map of texts), so they are written here rather than taken from
 * zod, whose parser added 19 KB to the server script every custom-function call loads.
 *
 * A schema returns the value it accepts (an object: only its declared keys) or throws `Invalid`
 * with the path of the first part that does not fit; `validate` turns that into a result.
 */
export type Path = (string | number)[];

export class Invalid {
  constructor(readonly path: Path) {}
}

export interface Schema<T> {
  (value: unknown, path: Path): T;
  /** An object key that may be absent. */
  optional?: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type ObjectOf<S extends Shape> = {
  [K in keyof S as K extends OptionalKeys<S> ? never : K]: Infer<S[K]>;
} & { [K in OptionalKeys<S>]?: Infer<S[K]> };
/** The object type written out, as an editor shows it. */
type Flat<T> = { [K in keyof T]: T[K] };

const fits = (ok: boolean, path: Path) => {
  if (!ok) throw new Invalid(path);
};

/** Text of `min` to `max` characters, matching `pattern` when one is given. */
export const text =
  (max: number, min = 0, pattern?: RegExp): Schema<string> =>
  (v, path) => {
    fits(typeof v === "string" && v.length >= min && v.length <= max && (!pattern || pattern.test(v)), path);
    return v as string;
  };

/** A whole number from `min` to `max`. */
export const whole =
  (min: number, max: number): Schema<number> =>
  (v, path) => {
    fits(Number.isInteger(v) && (v as number) >= min && (v as number) <= max, path);
    return v as number;
  };

/** A finite number. */
export const finite: Schema<number> = (v, path) => {
  fits(Number.isFinite(v), path);
  return v as number;
};

export const boolean: Schema<boolean> = (v, path) => {
  fits(typeof v === "boolean", path);
  return v as boolean;
};

export const literal =
  <const T extends string | number>(value: T): Schema<T> =>
  (v, path) => {
    fits(v === value, path);
    return value;
  };

/** The first of the schemas that accepts the value. */
export const union =
  <A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> =>
  (v, path) => {
    try {
      return a(v, path);
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      return b(v, path);
    }
  };

/** A list of at most `max` items. */
export const list =
  <T>(item: Schema<T>, max: number): Schema<T[]> =>
  (v, path) => {
    fits(Array.isArray(v) && v.length <= max, path);
    return (v as unknown[]).map((x, i) => item(x, [...path, i]));
  };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** An object with these keys (others are left out of the result). */
export const object =
  <S extends Shape>(shape: S): Schema<Flat<ObjectOf<S>>> =>
  (v, path) => {
    fits(isObject(v), path);
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(shape)) {
      if (schema.optional && o[key] === undefined) continue;
      out[key] = schema(o[key], [...path, key]);
    }
    return out as Flat<ObjectOf<S>>;
  };

/** An object of any keys whose keys and values each fit their schema. */
export const record =
  <T>(key: Schema<string>, value: Schema<T>): Schema<Record<string, T>> =>
  (v, path) => {
    fits(isObject(v), path);
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).map(([k, x]) => [
        key(k, [...path, k]),
        value(x, [...path, k]),
      ]),
    );
  };

export const optional = <T>(schema: Schema<T>): Schema<T | undefined> & { optional: true } =>
  Object.assign((v: unknown, path: Path) => (v === undefined ? undefined : schema(v, path)), {
    optional: true as const,
  });

export const nullable =
  <T>(schema: Schema<T>): Schema<T | null> =>
  (v, path) =>
    v === null ? null : schema(v, path);

/** The value the schema accepts, or the path of its first part that does not fit. */
export function validate<T>(
  schema: Schema<T>,
  value: unknown,
): { ok: true; value: T } | { ok: false; path: Path } {
  try {
    return { ok: true, value: schema(value, []) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path };
    throw e;
  }
}
