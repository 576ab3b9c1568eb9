import { afterAll, beforeAll } from "vitest";
import { demoWorkbook } from "../../src/emulator/demo";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { type LocalOptions, type LocalServer, startServer } from "../../src/local/server";
import type { SheetView } from "../../src/local/view";

/** What the page's requests answer: the status and the JSON body. */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T & { error?: string };
}

/**
 * `npm start`'s server on the demo office (or `options.workbook`) for the tests of one file, started
 * before them and closed after: the server, its workbook, and the page's requests (`post` sends
 * `defaults` under the body, as the page sends its `seq`; `view` is the grid's GET of a tab).
 */
export function localServer(
  options: Partial<LocalOptions> = {},
  defaults: Record<string, unknown> = { seq: 0 },
) {
  const local = {
    server: undefined as unknown as LocalServer,
    workbook: undefined as unknown as MemoryWorkbook,
    async post<T = Record<string, unknown>>(path: string, body: Record<string, unknown>): Promise<Answer<T>> {
      const response = await fetch(`${local.server.url}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...defaults, ...body }),
      });
      return { status: response.status, body: (await response.json()) as Answer<T>["body"] };
    },
    async view(tab: string): Promise<SheetView> {
      const response = await fetch(`${local.server.url}/api/view?tab=${encodeURIComponent(tab)}&seq=0`);
      return ((await response.json()) as { sheet: SheetView }).sheet;
    },
  };
  beforeAll(async () => {
    local.workbook = options.workbook ?? demoWorkbook();
    local.server = await startServer({ port: 0, ...options, workbook: local.workbook });
  });
  afterAll(() => local.server?.close());
  return local;
}
