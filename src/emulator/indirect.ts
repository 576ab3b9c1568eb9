/**
 * INDIRECT in the emulated spreadsheet, as Google documents it (Sheets function list, INDIRECT:
 * https://support.google.com/docs/answer/3093377): "Returns a cell reference specified by a
 * string", `INDIRECT(cell_reference_as_string, [is_A1_notation])`, A1 by default, R1C1 when the
 * second argument is FALSE; the result is the contents of a cell or of an area (an area spills, or
 * feeds a function taking a range). HyperFormula 3.5 has no INDIRECT: its dependency graph is built
 * from the formula's text before anything is computed. So it is a volatile function here (computed
 * again after every change, as Sheets recomputes INDIRECT), and each cell it reads is made one of
 * its dependencies when it is read, so a later change of that cell is computed first. A target not
 * computed yet (the first computation of a workbook, or a formula just typed where it points) asks
 * the workbook for one more pass (`again`).
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type SimpleCellAddress,
  SimpleRangeValue,
} from "hyperformula";
import { columnLetter } from "../core/a1";

/** What INDIRECT needs of the workbook owning an engine. */
export interface IndirectHost {
  /** The area a reference text names (a tab by its name, quoted or not), or undefined. */
  indirectArea(
    text: string,
    from: SimpleCellAddress,
  ): { start: SimpleCellAddress; end: SimpleCellAddress } | undefined;
  /** A value INDIRECT read was not computed yet: compute INDIRECT once more before reading. */
  indirectAgain(): void;
}

/** Sheets' message for a text that names no cell or area, in Indonesian. */
export const indirectRefMessage = (text: string) =>
  `Rujukan INDIRECT tidak valid: "${text}" bukan alamat sel atau rentang (contoh "B2", "'Bidang A'!B2:B9").`;

interface Vertex {
  isComputed?: () => boolean;
}
interface Graph {
  hasNode(node: unknown): boolean;
  addEdge(from: unknown, to: unknown): void;
}
interface DependencyGraph {
  graph: Graph;
  getCell(address: SimpleCellAddress): Vertex | undefined;
  getCellValue(address: SimpleCellAddress): unknown;
}
interface State {
  formulaAddress: SimpleCellAddress;
  formulaVertex?: unknown;
}
interface Ast {
  args: { type: string; value?: unknown }[];
}

/** The most cells of one area INDIRECT links one by one (a larger one stays volatile only). */
const LINKED_CELLS = 10_000;

/** `R2C3`, `R[-1]C`, `RC[2]` (R1C1 notation, relative to the formula's cell) → A1. */
function fromR1C1(text: string, at: SimpleCellAddress): string | undefined {
  const one = (part: string) => {
    const m = /^R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?$/i.exec(part.trim());
    if (!m) return undefined;
    const axis = (spec: string | undefined, here: number) =>
      spec === undefined
        ? here + 1
        : spec.startsWith("[")
          ? here + 1 + Number(spec.slice(1, -1))
          : Number(spec);
    const row = axis(m[1], at.row);
    const col = axis(m[2], at.col);
    if (row < 1 || col < 1) return undefined;
    return `${columnLetter(col)}${row}`;
  };
  const bang = text.lastIndexOf("!");
  const sheet = bang >= 0 ? text.slice(0, bang + 1) : "";
  const parts = text
    .slice(bang + 1)
    .split(":")
    .map(one);
  if (parts.some((p) => p === undefined) || parts.length > 2) return undefined;
  return sheet + parts.join(":");
}

export function registerIndirect(hostOf: (config: object) => IndirectHost | undefined): void {
  class IndirectPlugin extends FunctionPlugin {
    static override implementedFunctions = {
      INDIRECT: {
        method: "indirect",
        sizeOfResultArrayMethod: "indirectSize",
        isVolatile: true,
        parameters: [
          { argumentType: FunctionArgumentType.STRING },
          { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true },
        ],
      },
    };

    private area(text: string, a1: boolean, at: SimpleCellAddress) {
      const host = hostOf(this.config);
      const reference = a1 ? text.trim() : fromR1C1(text, at);
      return host && reference !== undefined ? host.indirectArea(reference, at) : undefined;
    }

    indirect(ast: Ast, state: State): unknown {
      return this.runFunction(
        ast.args as never,
        state as never,
        this.metadata("INDIRECT"),
        (text: string, a1: boolean): never => {
          const area = this.area(text, a1, state.formulaAddress);
          if (!area) return new CellError(ErrorType.REF, indirectRefMessage(text)) as never;
          const graph = (this as unknown as { dependencyGraph: DependencyGraph }).dependencyGraph;
          const { start, end } = area;
          const rows = end.row - start.row + 1;
          const cols = end.col - start.col + 1;
          const me = state.formulaVertex;
          const read = (row: number, col: number) => {
            const address = { sheet: start.sheet, row, col };
            const vertex = graph.getCell(address);
            if (vertex && me && rows * cols <= LINKED_CELLS && graph.graph.hasNode(vertex) && vertex !== me)
              graph.graph.addEdge(vertex, me);
            if (vertex?.isComputed && !vertex.isComputed()) {
              hostOf(this.config)?.indirectAgain();
              return new CellError(ErrorType.REF, indirectRefMessage(text));
            }
            const value = graph.getCellValue(address);
            return value instanceof SimpleRangeValue ? value.data[0]?.[0] : value;
          };
          if (rows === 1 && cols === 1) return read(start.row, start.col) as never;
          const data = Array.from({ length: rows }, (_, r) =>
            Array.from({ length: cols }, (_, c) => read(start.row + r, start.col + c)),
          );
          return SimpleRangeValue.onlyValues(data as never) as never;
        },
      );
    }

    /** The size of the area a literal text names (Sheets spills it); one cell otherwise. */
    indirectSize(ast: Ast, state: State): ArraySize {
      const [first, second] = ast.args;
      const a1 = second === undefined || second.type !== "BOOLEAN" || second.value !== false;
      if (first?.type !== "STRING" || typeof first.value !== "string") return ArraySize.scalar();
      const area = this.area(first.value, a1, state.formulaAddress);
      if (!area) return ArraySize.scalar();
      return new ArraySize(area.end.col - area.start.col + 1, area.end.row - area.start.row + 1);
    }
  }
  HyperFormula.registerFunctionPlugin(IndirectPlugin, {
    enGB: { INDIRECT: "INDIRECT" },
    enUS: { INDIRECT: "INDIRECT" },
  });
}
