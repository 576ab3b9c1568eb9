/**
 * The "SAKIP" add-on menu. onOpen may run in AuthMode.NONE (add-on not yet used in this file),
 * where only the Ui is available: the menu therefore reads nothing from the document.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem("Buka panel", "showSidebar").addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("SAKIP");
  SpreadsheetApp.getUi().showSidebar(html);
}
