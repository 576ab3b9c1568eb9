import type { Args, Endpoint, Reply, Results } from "../src/api";

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  api(name: string, args: unknown): void;
}
declare const google: { script: { run: ScriptRun } };

/** The one promise wrapper around google.script.run: every endpoint goes through `api`. */
export function call<K extends Endpoint>(name: K, args: Args<K>): Promise<Results[K]> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value) => {
        const reply = value as Reply<K>;
        if (reply.ok) resolve(reply.data as Results[K]);
        else reject(new Error(reply.message));
      })
      .withFailureHandler((e) => reject(new Error(`Server tidak dapat dihubungi: ${e.message}`)))
      .api(name, args);
  });
}
