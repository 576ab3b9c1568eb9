/**
 * Every object the facade hands out is wrapped so that each method call is counted (the project's
 * performance metric: the number of Apps Script calls). Internal calls between facade objects go
 * to the unwrapped targets and are not counted.
 */

export interface CallCounter {
  /** Every call on a facade object. */
  total: number;
  /**
   * Calls that run inside the Apps Script runtime without reaching the spreadsheet: the builders
   * (`SpreadsheetApp.newConditionalFormatRule()`, `newDataValidation()`, `Sheet.newChart()`… and the
   * methods of the builders they return). `total - local` is what the user waits for.
   */
  local: number;
  byMethod: Record<string, number>;
  reset(): void;
}

/** Whether `kind.method` only builds an object locally (see CallCounter.local). */
export function isLocalCall(kind: string, method: string): boolean {
  return kind.endsWith("Builder") || /^new[A-Z]/.test(method);
}

/** Constructors of the realm the calling code runs in (a `node:vm` context has its own). */
export interface Realm {
  Error: ErrorConstructor;
  Date: DateConstructor;
}

export class FacadeContext {
  readonly calls: CallCounter = {
    total: 0,
    local: 0,
    byMethod: {},
    reset() {
      this.total = 0;
      this.local = 0;
      this.byMethod = {};
    },
  };
  realm: Realm = { Error, Date };

  /** Wraps `target` so that calling any of its methods counts as `kind.method`. */
  wrap<T extends object>(kind: string, target: T): T {
    const calls = this.calls;
    const proxy: T = new Proxy(target, {
      get: (t, prop) => {
        const value = Reflect.get(t, prop, t);
        if (typeof value !== "function" || typeof prop !== "string" || prop === "constructor") return value;
        const local = isLocalCall(kind, prop);
        return (...args: unknown[]) => {
          const name = `${kind}.${prop}`;
          calls.total++;
          if (local) calls.local++;
          calls.byMethod[name] = (calls.byMethod[name] ?? 0) + 1;
          try {
            const result = value.apply(t, args);
            // Builders and setters return their own object: hand back the counted one.
            return result === t ? proxy : result;
          } catch (e) {
            throw this.toRealm(e);
          }
        };
      },
    });
    return proxy;
  }

  error(message: string): Error {
    return new this.realm.Error(message);
  }

  /** A Date of the caller's realm, so `instanceof Date` holds in the bundle. */
  date(value: Date): Date {
    return new this.realm.Date(value.getTime());
  }

  private toRealm(e: unknown): unknown {
    if (this.realm.Error === Error || !(e instanceof Error)) return e;
    return new this.realm.Error(e.message);
  }
}
