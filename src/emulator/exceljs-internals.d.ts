/** ExcelJS's own sliding of a shared formula to another cell (how its reader gives each cell's formula). */
declare module "exceljs/lib/utils/shared-formula.js" {
  const sharedFormula: { slideFormula(formula: string, fromCell: string, toCell: string): string };
  export default sharedFormula;
}

/** ExcelJS's cell note: its `model` is the note as its writer takes it, with ExcelJS's settings. */
declare module "exceljs/lib/doc/note.js" {
  export default class Note {
    constructor(note: string);
    readonly model: { type: "note"; note: object };
  }
}
