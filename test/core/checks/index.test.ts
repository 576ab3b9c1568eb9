/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { buildContext } from "../../../src/core/checks";
import { anggaranInduk } from "../../../src/core/checks/rules/anggaran-induk";
import { anggaranTw } from "../../../src/core/checks/rules/anggaran-tw";
import { capaianTertulis } from "../../../src/core/checks/rules/capaian-tertulis";
import { lintasTab } from "../../../src/core/checks/rules/lintas-tab";
import { realisasiAnggaran } from "../../../src/core/checks/rules/realisasi-anggaran";
import { twTarget } from "../../../src/core/checks/rules/tw-target";
import { LKJIP_PENEMPATAN, LKJIP_PENUNJANG, snapshot, templateTab } from "../../fixtures/checks";
import { errors } from "../../utils/checks";

describe("no galat on correct rows", () => {
  it("the LKjIP program tables and the Luwu Timur template raise no error in any rule", async () => {
    const plans = await import("../../fixtures/plans");
    const tabs = [
      templateTab("Renaksi Kukar", [...LKJIP_PENUNJANG, ...LKJIP_PENEMPATAN]),
      snapshot(plans.TEMPLATE_TRANSMIGRASI_TAB, plans.TEMPLATE_TRANSMIGRASI),
    ];
    const { ctx } = buildContext(tabs, 1);
    const all = [anggaranTw, anggaranInduk, lintasTab, realisasiAnggaran, capaianTertulis, twTarget].flatMap(
      (rule) => rule.run(ctx),
    );
    expect(errors(all)).toEqual([]);
  });
});
