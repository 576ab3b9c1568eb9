/**
 * "Pengguna" in `npm start`'s top bar: the page acts as the sender (the spreadsheet's owner) or as the
 * Inspektorat reviewer named in Pengaturan, each running the add-on as themselves, so the review
 * story (the sender sends, only the reviewer verifies and makes the statement) can be tried in the
 * browser. Session.getActiveUser().getEmail() gives the chosen person's e-mail (Apps Script
 * reference, Class User), and the reviewer, an editor of the spreadsheet, cannot type into a tab the
 * sender locked strictly.
 */
import { describe, expect, it } from "vitest";
import { checkFromInput } from "../../src/api";
import { HISTORY_TAB } from "../../src/app/reviu";
import { localServer } from "../utils/local-server";

const local = localServer();
const OWNER = "pengguna@example.go.id";
const REVIEWER = "inspektur@inspektorat.luwutimurkab.go.id";

interface Users {
  user: string;
  users: { email: string; label: string }[];
}

/** One google.script.run call of the panel, as the page acts now. */
async function api(name: string, args: unknown): Promise<{ ok: boolean; data: Record<string, unknown> }> {
  const { body } = await local.post<{ value: { ok: boolean; data: Record<string, unknown> } }>("/api/run", {
    fn: "api",
    args: [name, args],
  });
  return body.value;
}

/** The cell in column B of Pengaturan's row labelled `label`. */
function settingsCell(label: string): string {
  const tab = local.workbook.getTab("Pengaturan");
  const labels = local.workbook.values(tab, { row: 1, col: 1, rows: 30, cols: 1 }).map((r) => String(r[0]));
  return `B${labels.indexOf(label) + 1}`;
}

describe("acting as the sender or the Inspektorat reviewer in npm start", () => {
  it("offers the owner and Pengaturan's reviewer, and runs the add-on and the grid as the one chosen", async () => {
    const first = await fetch(`${local.server.url}/api/view?seq=0`).then((r) => r.json() as Promise<Users>);
    expect(first.user).toBe(OWNER);
    // Pengaturan names no reviewer yet: the page offers a stand-in address.
    expect(first.users).toEqual([
      { email: OWNER, label: `Pengirim (${OWNER})` },
      { email: "reviewer@inspektorat.go.id", label: "Reviewer Inspektorat (reviewer@inspektorat.go.id)" },
    ]);
    // The sender names the reviewer and asks for strict locks, as a person types them in Pengaturan.
    for (const [label, text] of [
      ["Email reviewer", REVIEWER],
      ["Proteksi setelah kirim", "ketat"],
    ]) {
      const typed = await local.post<Users>("/api/edit", {
        tab: "Pengaturan",
        cell: settingsCell(label),
        text,
      });
      expect(typed.status).toBe(200);
      // The reviewer offered is the one Pengaturan names now.
      expect(typed.body.users.map((u) => u.email)).toEqual([OWNER, REVIEWER]);
    }

    // The sender makes TW II and sends it for review with Periksa's check (its galat, with a reason).
    expect((await api("createTriwulan", { tw: 2 })).ok).toBe(true);
    const { input, basis } = (await api("checkInput", { tw: 2 })).data as { input: string; basis: string };
    const sent = await api("submitReview", {
      tw: 2,
      force: true,
      reason: "Realisasi anggaran menunggu SP2D",
      check: checkFromInput(input),
      basis,
    });
    expect(sent.data.status).toBe("dikirim");

    // "Pengguna" → the reviewer: the page stays at its cell, now the reviewer's.
    const switched = await local.post<Users & { active: { tab: string; cell: string } }>("/api/user", {
      email: REVIEWER,
      tab: "Bidang Transmigrasi",
      cell: "N7",
    });
    expect(switched.status).toBe(200);
    expect(switched.body.user).toBe(REVIEWER);
    expect(switched.body.active).toMatchObject({ tab: "Bidang Transmigrasi", cell: "N7" });
    expect(local.server.gas.Session.getActiveUser().getEmail()).toBe(REVIEWER);
    // The reviewer cannot type into the data the sender locked strictly.
    const typed = await local.post("/api/edit", { tab: "Bidang Transmigrasi", cell: "N7", text: "1" });
    expect(typed).toEqual({
      status: 409,
      body: { error: "Sel ini dilindungi; hubungi pemilik spreadsheet bila perlu mengubahnya." },
    });
    // The reviewer's Verifikasi is recorded as the reviewer's, the sending as the sender's.
    expect((await api("verifyReview", { tw: 2 })).ok).toBe(true);
    const history = local.workbook.getTab(HISTORY_TAB);
    const rows = local.workbook.values(history, { row: 2, col: 1, rows: 2, cols: 5 });
    expect(rows.map((r) => [r[3], r[4]])).toEqual([
      ["Dikirim", OWNER],
      ["Diverifikasi", REVIEWER],
    ]);

    // Back to the sender, who may type there again; a stranger is no choice.
    expect((await local.post<Users>("/api/user", { email: OWNER, tab: "PK", cell: "A1" })).body.user).toBe(
      OWNER,
    );
    expect(
      (await local.post("/api/edit", { tab: "Bidang Transmigrasi", cell: "N7", text: "28336000" })).status,
    ).toBe(200);
    expect(await local.post("/api/user", { email: "orang@lain.go.id", tab: "PK", cell: "A1" })).toEqual({
      status: 422,
      body: { error: 'Pengguna "orang@lain.go.id" tidak dikenal: pilih pengirim atau reviewer Inspektorat.' },
    });
  });
});
