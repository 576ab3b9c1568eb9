/**
 * Pengaturan's "Email reviewer" naming an Inspektorat team ("ketua@…, anggota@…") let no reviewer
 * verify or state (review 7-b #7): the whole cell was compared with one account's e-mail. Each
 * address named may now; anyone else, and the sender, still may not.
 */
import { expect, it } from "vitest";
import { verify } from "../../src/app/reviu";
import { emulatedPort } from "../../src/emulator/session";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, REVIEWER, STAFF, sendTw1 } from "../utils/reviu";

const ANGGOTA = "anggota@inspektorat.go.id";

it("lets each address of a reviewer team verify, and nobody else", () => {
  const { wb } = dinasTw1({ reviewer: `${REVIEWER}, ${ANGGOTA}` });
  sendTw1(wb);
  for (const user of [REVIEWER, ANGGOTA]) {
    const port = emulatedPort(wb, { user, owner: STAFF }).port;
    expect(verify(port, deps(user), { tw: 1 }).message).toMatch(/^Tidak ada perubahan/);
  }
  const other = "lain@inspektorat.go.id";
  expect(() => verify(emulatedPort(wb, { user: other, owner: STAFF }).port, deps(other), { tw: 1 })).toThrow(
    `bukan oleh akun Anda (${other})`,
  );
});
