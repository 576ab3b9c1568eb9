import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createGas } from "../../src/emulator/facade";
import { setup } from "../utils/emulator";

describe("services", () => {
  it("the document lock can be held by another process", () => {
    const { gas } = setup();
    const release = gas.holdLock();
    const lock = gas.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    release();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(gas.LockService.getDocumentLock().tryLock(10)).toBe(false);
    lock.releaseLock();
    expect(gas.LockService.getDocumentLock().tryLock(10)).toBe(true);
  });

  it("computeDigest returns signed bytes equal to Node's sha256", () => {
    const { gas } = setup();
    const text = "Dinas Transmigrasi — capaian 97,03%";
    const digest = gas.Utilities.computeDigest(
      gas.Utilities.DigestAlgorithm.SHA_256,
      text,
      gas.Utilities.Charset.UTF_8,
    );
    const expected = [...createHash("sha256").update(text, "utf8").digest()].map((b) =>
      b > 127 ? b - 256 : b,
    );
    expect(digest).toEqual(expected);
    expect(digest.some((b) => b < 0)).toBe(true);
    expect(gas.Utilities.base64Encode("SAKIP")).toBe("U0FLSVA=");
    expect(
      gas.Utilities.formatDate(new Date("2024-03-31T17:30:00Z"), "Asia/Jakarta", "yyyy-MM-dd HH:mm"),
    ).toBe("2024-04-01 00:30");
  });

  it("Ui records menus, sidebars and alerts; HtmlService serves project files", () => {
    const { gas } = setup({ files: { Sidebar: "<p>Halo</p>" } });
    const ui = gas.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Buka panel", "showSidebar")
      .addSeparator()
      .addSubMenu(ui.createMenu("Periksa").addItem("Konsistensi", "checkConsistency"))
      .addToUi();
    expect(gas.ui.menus).toEqual([
      {
        title: "SAKIP",
        addon: true,
        items: [
          { caption: "Buka panel", functionName: "showSidebar" },
          { separator: true },
          {
            submenu: {
              title: "Periksa",
              addon: false,
              items: [{ caption: "Konsistensi", functionName: "checkConsistency" }],
            },
          },
        ],
      },
    ]);
    const html = gas.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("SAKIP");
    ui.showSidebar(html);
    expect(gas.ui.sidebar?.getContent()).toBe("<p>Halo</p>");
    expect(gas.ui.sidebar?.getTitle()).toBe("SAKIP");
    expect(() => gas.HtmlService.createHtmlOutputFromFile("Tidak")).toThrow(
      "No HTML file named Tidak was found.",
    );
    expect(ui.alert("Judul", "Lanjutkan?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(gas.ui.alerts).toEqual([{ title: "Judul", prompt: "Lanjutkan?", buttons: "YES_NO" }]);
  });

  it("properties and session", () => {
    const { gas, workbook } = setup({ user: "a@dinas.go.id" });
    gas.PropertiesService.getDocumentProperties().setProperty("tahun", "2024");
    const other = createGas(workbook, { user: "b@dinas.go.id" });
    expect(other.PropertiesService.getDocumentProperties().getProperty("tahun")).toBe("2024");
    gas.PropertiesService.getUserProperties().setProperty("skala", "LAKIP");
    expect(other.PropertiesService.getUserProperties().getProperty("skala")).toBeNull();
    expect(gas.Session.getActiveUser().getEmail()).toBe("a@dinas.go.id");
    expect(gas.Session.getScriptTimeZone()).toBe("Asia/Jakarta");
  });
});
