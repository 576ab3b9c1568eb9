import type { Args, Endpoint, Failure, Reply, Results } from "../src/api";

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  api(name: string, args: unknown): void;
}
declare const google: { script: { run: ScriptRun } };

/** A failed call: the server's sentence, with its kind and the argument it is about. */
export class CallError extends Error {
  constructor(
    message: string,
    readonly code: Failure["code"],
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The one promise wrapper around google.script.run: every endpoint goes through `api`. */
export function call<K extends Endpoint>(name: K, args: Args<K>): Promise<Results[K]> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value) => {
        const reply = value as Reply<K>;
        if (reply.ok) resolve(reply.data as Results[K]);
        else reject(new CallError(reply.message, reply.code, reply.field));
      })
      .withFailureHandler((e) =>
        reject(new CallError(`Server tidak dapat dihubungi: ${e.message}`, "internal")),
      )
      .api(name, args);
  });
}

/**
 * How the panel answers a failure, by its kind: a busy document offers "Coba lagi"; bad input
 * points at the field it is about (`fields`: the action's arguments → the ids of their inputs).
 */
export function reaction(
  e: unknown,
  fields: Record<string, string> = {},
): { message: string; retry: boolean; focus: string | null } {
  const message = e instanceof Error ? e.message : String(e);
  if (!(e instanceof CallError)) return { message, retry: false, focus: null };
  const focus = e.code === "masukan" && e.field ? (fields[e.field] ?? null) : null;
  return { message, retry: e.code === "terkunci", focus };
}
