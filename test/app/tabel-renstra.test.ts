/**
 * A Dinas's own Renstra tab beside its bidang tabs (trial 6 #1, #10, #13): read as the Renstra table,
 * it is no bidang. Buat tab Triwulan works on the file and says in one sentence how the tab was read;
 * Periksa and the rekap count no indicator of it; the panel lists it with its Cara dibaca, unticked.
 */
import { describe, expect, it } from "vitest";
import { correctReading, readings } from "../../src/app/baca";
import { addMissingColumns } from "../../src/app/columns";
import { periksa } from "../../src/app/periksa";
import { rekapFiles } from "../../src/app/rekap";
import { sidebarState } from "../../src/app/state";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { RENSTRA_TAB, withRenstraTab } from "../fixtures/renstra";
import { PLAN } from "../utils/reviu";

const TAB = RENSTRA_TAB;
const SENTENCE = `Tab '${TAB}' dibaca sebagai tabel Renstra (target akhir untuk laporan), tidak dievaluasi per triwulan; bila salah, pilih kolom Target di Cara dibaca.`;

describe("a Renstra tab beside the bidang tabs", () => {
  it("never blocks Buat tab Triwulan: the bidang are evaluated and one sentence says how the tab was read", () => {
    const { port } = emulatedPort(withRenstraTab());
    const alone = generateTriwulan(emulatedPort(transmigrasiWorkbook()).port, { tw: 2 });
    const made = generateTriwulan(port, { tw: 2 });
    expect(made.indicators).toBe(alone.indicators);
    expect(made.message.startsWith(SENTENCE)).toBe(true);
  });

  it("is counted by neither Periksa nor the rekap, and none of its rows gets a finding but the sentence", async () => {
    const { port } = emulatedPort(withRenstraTab());
    const alone = periksa(emulatedPort(transmigrasiWorkbook()).port, { tw: 2, writeReport: false });
    const check = periksa(port, { tw: 2, writeReport: false });
    expect(check.summary).toMatchObject({ tabs: alone.summary.tabs, indicators: alone.summary.indicators });
    expect(check.findings.filter((f) => f.sheet === TAB).map((f) => [f.severity, f.message])).toEqual([
      ["info", SENTENCE],
    ]);
    const rekap = await rekapFiles(
      [
        { file: "dengan-renstra.xlsx", open: async () => emulatedPort(withRenstraTab()).port },
        { file: "tanpa.xlsx", open: async () => emulatedPort(transmigrasiWorkbook()).port },
      ],
      2,
      sha256,
    );
    const [withTab, without] = rekap.files;
    expect(withTab.indikator).toBe(without.indikator);
    expect(withTab.tanpaTarget).toBe(without.tanpaTarget);
  });

  it("is listed in the panel with its reading, not as a Tab bidang; a Target column chosen in Cara dibaca makes it one", () => {
    const { port } = emulatedPort(withRenstraTab());
    const shown = sidebarState(port).plans.find((p) => p.tab === TAB);
    expect(shown).toMatchObject({ indicators: 0, missing: SENTENCE, missingFields: [] });
    expect(shown?.reading.columns.find((c) => c.letter === "J")?.label).toBe("Renstra: Target akhir (2029)");
    expect(readings(port).readings.find((r) => r.tab === TAB)?.guesses).toEqual([SENTENCE]);
    // "Tambahkan kolom" never writes a bidang's 14 headers into it (trial 6 #18, note on #1).
    expect(() => addMissingColumns(port, TAB)).toThrow(SENTENCE);
    // A person says F (2026) is this year's target: the tab is a plan again.
    correctReading(port, { tab: TAB, col: 5, field: "targetTahunan" });
    expect(sidebarState(port).plans.find((p) => p.tab === TAB)?.indicators).toBe(4);
    expect(sidebarState(port).plans.find((p) => p.tab === PLAN)?.indicators).toBeGreaterThan(0);
  });

  it("listed in Pengaturan's Tab bidang, or asked for, it says how it was read instead of 'bukan tab Rencana Aksi' (review 6)", () => {
    const listed = withRenstraTab(transmigrasiWorkbook({ bidang: [PLAN, TAB] }));
    const made = generateTriwulan(emulatedPort(listed).port, { tw: 2 });
    expect(made.indicators).toBe(
      generateTriwulan(emulatedPort(transmigrasiWorkbook()).port, { tw: 2 }).indicators,
    );
    expect(() => generateTriwulan(emulatedPort(withRenstraTab()).port, { tw: 2, tabs: [TAB] })).toThrow(
      SENTENCE,
    );
  });
});
