import { type Args, type Endpoint, type Failure, type Results, replySchema } from "../src/api";

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

/** An answer the panel cannot read (a panel left open across an update of the add-on, say). */
export const UNREADABLE =
  "Jawaban server tidak dapat dibaca panel ini; tutup panel lalu buka lagi dari menu SAKIP, lalu coba lagi.";

/**
 * `name`'s answer as the contract says it (`replySchema`, zod): its data, or its failure as a
 * CallError; anything else is one Indonesian sentence, never zod's English.
 */
export function readReply<K extends Endpoint>(name: K, value: unknown): Results[K] {
  const parsed = replySchema(name).safeParse(value);
  if (!parsed.success) throw new CallError(UNREADABLE, "internal");
  const reply = parsed.data;
  if (reply.ok) return reply.data;
  throw new CallError(reply.message, reply.code, reply.field);
}

/** The one promise wrapper around google.script.run: every endpoint goes through `api`. */
export function call<K extends Endpoint>(name: K, args: Args<K>): Promise<Results[K]> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value) => {
        try {
          resolve(readReply(name, value));
        } catch (e) {
          reject(e);
        }
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
