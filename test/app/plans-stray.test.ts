/** What a person types beside a plan's header (trying a formula in an empty column) never hides the plan. */
import { expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { generateTriwulan } from "../../src/app/triwulan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

it("reads the demo's Sekretariat tab after values are typed in AD3:AD8, and builds the TW tab", () => {
  const wb = demoWorkbook();
  const before = readWorkbook(emulatedPort(wb).port).plans.find((p) => p.tab === "Sekretariat");
  wb.write(wb.getTab("Sekretariat"), 3, 30, [[1], ["Sangat Rendah"], [5], [7], [97.03], [1.2]]);
  const { port } = emulatedPort(wb);
  const plan = readWorkbook(port).plans.find((p) => p.tab === "Sekretariat");
  expect(plan?.rows.length).toBe(before?.rows.length);
  expect(plan?.columns).toEqual(before?.columns);
  expect(generateTriwulan(port, { tw: 2 }).message).toMatch(/dibuat/);
});
