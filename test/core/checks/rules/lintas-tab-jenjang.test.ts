/**
 * Trial 8 #9: "Angka Partisipasi Murni (APM) SMP tampaknya sama dengan APM SD …, tetapi target
 * tahunannya 81 berbeda dengan 97": every Dinas Pendidikan would see it. Names that differ in the
 * group they count (a school level, a sex, negeri / swasta, the place after Kec. / Desa / Puskesmas)
 * are two indicators however alike the rest: Periksa neither pairs them across tabs nor offers one
 * as the PK's "paling mirip". The same indicator worded differently is still paired.
 */
import { describe, expect, it } from "vitest";
import { lintasTab } from "../../../../src/core/checks/rules/lintas-tab";
import { pkRenaksi } from "../../../../src/core/checks/rules/pk-renaksi";
import { pkTab, type Row, templateTab } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const row = (indikator: string, targetTahunan: number, uraian = "Pengelolaan Pendidikan"): Row => ({
  uraian,
  indikator,
  satuan: "%",
  targetTahunan,
});

describe("lintas-tab: names of different groups are different indicators", () => {
  it.each([
    ["Angka Partisipasi Murni (APM) SD", "Angka Partisipasi Murni (APM) SMP"],
    ["Angka Partisipasi Kasar (APK) PAUD", "Angka Partisipasi Kasar (APK) SD"],
    ["Angka Partisipasi Sekolah SMA", "Angka Partisipasi Sekolah SMK"],
    ["Persentase guru SD yang bersertifikat pendidik", "Persentase guru SMP yang bersertifikat pendidik"],
    [
      "Persentase siswa laki-laki yang lulus tepat waktu",
      "Persentase siswa perempuan yang lulus tepat waktu",
    ],
    [
      "Persentase sekolah negeri terakreditasi minimal B",
      "Persentase sekolah swasta terakreditasi minimal B",
    ],
    [
      "Cakupan pelayanan administrasi terpadu Kec. Wotu",
      "Cakupan pelayanan administrasi terpadu Kec. Malili",
    ],
    ["Persentase rumah tangga ber-PHBS Desa Lampenai", "Persentase rumah tangga ber-PHBS Desa Cendana Hijau"],
    [
      "Cakupan imunisasi dasar lengkap Puskesmas Wotu",
      "Cakupan imunisasi dasar lengkap Puskesmas Mangkutana",
    ],
    ["Persentase desa mandiri di kabupaten", "Persentase desa berkembang di kabupaten"],
  ])("%s and %s: no 'tampaknya sama'", (a, b) => {
    const fs = run(lintasTab, [templateTab("Bid. A", [row(a, 97)]), templateTab("Bid. B", [row(b, 81)])]);
    expect(fs.filter((f) => /tampaknya sama/.test(f.message))).toEqual([]);
  });

  it.each([
    [
      "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
      "Jumlah Pegawai yang Menerima Gaji dan Tunjangan ASN",
    ],
    ["Angka Partisipasi Murni (APM) SD", "Angka Partisipasi Murni SD (APM)"],
    ["Persentase guru SD yang bersertifikat pendidik", "Persentase guru SD bersertifikat pendidik"],
    ["Persentase jalan kabupaten dalam kondisi mantap", "Persentase jalan kabupaten kondisi mantap"],
    ["Persentase desa yang memiliki BUMDes aktif", "Persentase desa memiliki BUMDes aktif"],
  ])("%s and %s, one indicator worded twice, are still paired", (a, b) => {
    const fs = run(lintasTab, [templateTab("Bid. A", [row(a, 97)]), templateTab("Bid. B", [row(b, 81)])]);
    expect(fs.map((f) => f.message)).toEqual([
      expect.stringMatching(/tampaknya sama .* 81 berbeda dengan 97\.$/),
    ]);
  });
});

describe("pk-renaksi: the most alike name of another group is no match", () => {
  it("'APM SMA' in the PK, only 'APM SMP' in the plan: not in the Rencana Aksi, no 'paling mirip'", () => {
    const fs = run(pkRenaksi, [
      templateTab("Bid. SMP", [row("Angka Partisipasi Murni (APM) SMP", 81)]),
      pkTab("PK 2026", [["Meningkatnya akses SMA", "Angka Partisipasi Murni (APM) SMA", "%", 75]]),
    ]);
    expect(fs.map((f) => [f.severity, f.message])).toEqual([
      ["error", 'Indikator PK "Angka Partisipasi Murni (APM) SMA" tidak ada di Rencana Aksi mana pun.'],
    ]);
  });

  it("a one-letter slip of the same group is still the 'paling mirip'", () => {
    const fs = run(pkRenaksi, [
      templateTab("Bid. SMP", [row("Angka Partisipasi Murni (APM) SMP", 81)]),
      pkTab("PK 2026", [["Meningkatnya akses SMP", "Angka Partisipasi Murni (APM) SMP.", "%", 81]]),
    ]);
    expect(fs.map((f) => f.message)).toEqual([]);
    const slip = run(pkRenaksi, [
      templateTab("Bid. SMP", [row("Angka Partisipasi Murni (APM) SMP", 81)]),
      pkTab("PK 2026", [["Meningkatnya akses SMP", "Angka Partisipsi Murni (APM) SMP", "%", 81]]),
    ]);
    expect(slip.map((f) => f.message)).toEqual([
      expect.stringMatching(/paling mirip "Angka Partisipasi Murni \(APM\) SMP"/),
    ]);
  });
});
