import { checkFromInput } from "../../src/api";

type Api = (name: string, args: unknown) => unknown;

/**
 * What the panel's "Kirim untuk reviu" does over the built add-on's `api`: the server's half of
 * Periksa (checkInput), the rules in the panel, then Kirim with that check and the digest of what
 * it checked. Answers what Kirim answers (or checkInput's failure).
 */
export function panelSubmit(api: Api, args: { tw: number; force?: boolean; reason?: string }): unknown {
  const reply = api("checkInput", { tw: args.tw }) as { ok: boolean; data: { input: string; basis: string } };
  if (!reply.ok) return reply;
  const check = checkFromInput(reply.data.input);
  return api("submitReview", { ...args, check, basis: reply.data.basis });
}

/** What the panel's "Periksa konsistensi" does: the check, and its findings written in Hasil Pemeriksaan. */
export function panelCheck(api: Api, tw?: number) {
  const reply = api("checkInput", { tw }) as { ok: boolean; data: { input: string; basis: string } };
  const check = checkFromInput(reply.data.input);
  api("writeCheck", { tw, check, basis: reply.data.basis });
  return check;
}
