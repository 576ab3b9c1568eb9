/** ExcelJS's own sliding of a shared formula to another cell (how its reader gives each cell's formula). */
declare module "exceljs/lib/utils/shared-formula.js" {
  const sharedFormula: { slideFormula(formula: string, fromCell: string, toCell: string): string };
  export default sharedFormula;
}
