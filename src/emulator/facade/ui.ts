import type { HtmlOutput } from "../services";
import type { Env, MenuRecord } from "./env";

// ---------------------------------------------------------------- Ui

export class Menu {
  private readonly record: MenuRecord;
  constructor(
    private readonly env: Env,
    title: string,
    addon: boolean,
  ) {
    this.record = { title, addon, items: [] };
  }
  addItem(caption: string, functionName: string): Menu {
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this.record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this.record.items.push({ submenu: menu.record });
    return this;
  }
  addToUi(): void {
    const menus = this.env.ui.menus;
    const i = menus.findIndex((m) => m.title === this.record.title);
    if (i >= 0) menus.splice(i, 1, this.record);
    else menus.push(this.record);
  }
}

const BUTTON = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" } as const;
const BUTTON_SET = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;

export class Ui {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  constructor(private readonly env: Env) {}
  createMenu(caption: string): Menu {
    return this.env.ctx.wrap("Menu", new Menu(this.env, caption, false));
  }
  createAddonMenu(): Menu {
    return this.env.ctx.wrap("Menu", new Menu(this.env, this.env.addonName, true));
  }
  showSidebar(userInterface: HtmlOutput): void {
    this.env.ui.sidebar = userInterface;
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.env.ui.dialogs.push({ html: userInterface, title });
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). Answers YES or OK. */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? "", c] : b !== undefined && b in BUTTON_SET ? ["", a, b] : ["", a, "OK"];
    this.env.ui.alerts.push({ title, prompt, buttons });
    return buttons.startsWith("YES") ? BUTTON.YES : BUTTON.OK;
  }
}
