/**
 * A PK indicator whose Rencana Aksi row sits in a tab the add-on could not read (trial 5 #15: DPUPR
 * "Penataan Ruang", no column the reader takes for Indikator) is not "tidak ada di Rencana Aksi mana
 * pun": Periksa says it is in that tab, which was not read. An indicator in no tab at all still is.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/app/port";
import { checkInput } from "../../../../src/core/checks/input";
import { checkFromInput } from "../../../../src/core/checks/panel";
import { pkRenaksi } from "../../../../src/core/checks/rules/pk-renaksi";
import { pkTab, snapshot, templateTab } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const E = "";
// A bidang tab whose indicators stand under a word the reader does not know ("Ukuran Keberhasilan").
// biome-ignore format: one sheet row per line reads like the sheet
const UNREAD: CellValue[][] = [
  ["RENCANA AKSI BIDANG PENATAAN RUANG TAHUN 2026", E, E, E, E],
  ["No", "Program / Kegiatan", "Ukuran Keberhasilan", "Satuan", "Target Tahunan"],
  [1, "Program Penyelenggaraan Penataan Ruang", "Persentase pelanggaran pemanfaatan ruang", "%", 8],
  [2, "Koordinasi dan Sinkronisasi Perencanaan Tata Ruang", "Jumlah dokumen RDTR yang disusun", "dokumen", 2],
];

describe("pk-renaksi: a PK indicator of a tab that could not be read", () => {
  const renaksi = templateTab("Bina Marga", [
    { indikator: "Persentase jalan kabupaten kondisi mantap", satuan: "%", targetTahunan: 72.5 },
  ]);
  const pk = pkTab("PK 2026", [
    ["Meningkatnya kemantapan jalan", "Persentase jalan kabupaten kondisi mantap", "%", 72.5],
    ["Meningkatnya ketertiban ruang", "Persentase pelanggaran pemanfaatan ruang", "%", "8 %"],
    ["Meningkatnya aksesibilitas", "Indeks aksesibilitas wilayah", "indeks", "0,75"],
  ]);
  const cases: [string, string, string, string][] = [
    [
      "Persentase pelanggaran pemanfaatan ruang",
      "C5",
      "warning",
      "Indikator PK \"Persentase pelanggaran pemanfaatan ruang\" ada di tab 'Penataan Ruang', yang tidak terbaca, jadi belum dapat dicocokkan dengan Rencana Aksi.",
    ],
    [
      "Indeks aksesibilitas wilayah",
      "C6",
      "error",
      'Indikator PK "Indeks aksesibilitas wilayah" tidak ada di Rencana Aksi mana pun.',
    ],
  ];
  const found = run(pkRenaksi, [renaksi, snapshot("Penataan Ruang", UNREAD), pk]);
  it.each(cases)("%s → %s %s", (name, cell, severity, message) => {
    const f = found.filter((x) => x.message.includes(`"${name}"`));
    expect(f.map((x) => [x.cell, x.severity, x.message])).toEqual([[cell, severity, message]]);
  });
  it("a tab with no header at all (a Pohon Kinerja note) does not soften the galat: Cara dibaca cannot list it", () => {
    const pohon = snapshot("Pohon Kinerja", [["Pohon kinerja dinas"], ["Indeks aksesibilitas wilayah"]]);
    const f = run(pkRenaksi, [renaksi, snapshot("Penataan Ruang", UNREAD), pohon, pk]).filter((x) =>
      x.message.includes('"Indeks aksesibilitas wilayah"'),
    );
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ["error", 'Indikator PK "Indeks aksesibilitas wilayah" tidak ada di Rencana Aksi mana pun.'],
    ]);
  });
  it("names nothing else (the read indicator agrees)", () => {
    expect(found).toHaveLength(2);
  });
  it("an unread tab says where to choose its Indikator column", () => {
    const f = found.find((x) => x.message.includes("Penataan Ruang"));
    expect(f?.suggestion).toBe(
      "Pilih kolom Indikator tab 'Penataan Ruang' di Cara dibaca agar tab itu ikut diperiksa.",
    );
  });
  it("the panel, which is sent no unread tab's cells, says the same", () => {
    const panel = checkFromInput(checkInput([renaksi, snapshot("Penataan Ruang", UNREAD), pk])).findings;
    expect(panel.filter((f) => f.rule === "pk-renaksi")).toEqual(expect.arrayContaining(found));
    expect(panel.filter((f) => f.rule === "pk-renaksi")).toHaveLength(found.length);
  });
});
