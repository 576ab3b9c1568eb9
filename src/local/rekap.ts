/**
 * The Inspektorat's rekap in `npm start`: the page /rekap, where a reviewer opens several OPD files
 * or a whole folder; each file is sent on its own (so a folder of 60 files never makes one huge
 * request), read with the same use case as `sakip rekap` (src/app/rekap.ts), and the page shows the
 * table, the ranking and the chart, with the .xlsx to download. One rekap at a time (this server
 * serves one person on this machine).
 */
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assemble, rekapSource } from "../app/rekap";
import { checkTw, type Tw } from "../core/plan";
import type { FileResult, Rekap } from "../core/rekap";
import { rekapTable } from "../core/rekap-table";
import { UserError } from "../core/result";
import { emulatedPort } from "../emulator/session";
import { loadXlsx } from "../emulator/xlsx";
import { rekapChartImage } from "../render/rekap-chart";
import { rekapXlsx } from "../render/rekap-xlsx";
import { browserScript } from "./script";

const here = dirname(fileURLToPath(import.meta.url));
/** The hex SHA-256 of a text, as the review record keeps it. */
export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
/** One .xlsx a reviewer may send: far above an OPD's Rencana Aksi (a few hundred KB). */
const MAX_FILE = 50_000_000;

export const REKAP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const REKAP_HTML = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Rekap Inspektorat — SAKIP (lokal)</title>
    <style>
      :root { font: 13px/1.4 Roboto, Arial, sans-serif; color: #202124; }
      body { margin: 0; }
      header { display: flex; align-items: center; gap: 12px; padding: 8px 16px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
      header h1 { font-size: 16px; margin: 0; font-weight: 500; }
      header .spacer { flex: 1; }
      main { padding: 12px 16px 40px; }
      .button { display: inline-block; padding: 6px 14px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; color: #1a73e8; font: inherit; font-weight: 500; text-decoration: none; cursor: pointer; }
      .button.primary { background: #1a73e8; color: #fff; border-color: #1a73e8; }
      .button[aria-disabled="true"] { opacity: 0.5; pointer-events: none; }
      .button:focus-visible, select:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
      input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; }
      .pick { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; margin-bottom: 10px; }
      #status { color: #5f6368; }
      #status.error { color: #b3261e; }
      progress { width: 260px; }
      h2 { font-size: 14px; font-weight: 500; margin: 18px 0 6px; }
      .wrap { overflow: auto; max-width: 100%; border: 1px solid #dadce0; }
      table { border-collapse: collapse; font-size: 12px; }
      th, td { border: 1px solid #e2e3e3; padding: 3px 6px; vertical-align: top; }
      th { background: #dde3ea; font-weight: 500; position: sticky; top: 0; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.text { min-width: 150px; max-width: 360px; }
      th { min-width: 48px; }
      tr.total td { font-weight: 600; background: #eef1f6; }
      tr.gagal td { background: #f8d7da; }
      td.berubah { background: #fff3cd; }
      td.tidak-pasti { background: #e0e0e0; }
      td.text.panjang { min-width: 420px; max-width: 720px; }
      img#chart { max-width: 100%; border: 1px solid #dadce0; margin-top: 6px; }
      p.note { color: #5f6368; max-width: 900px; }
    </style>
    <script src="/rekap.js" defer></script>
  </head>
  <body>
    <header>
      <h1>Rekap Inspektorat</h1>
      <span class="spacer"></span>
      <a class="button" href="/">Kembali ke spreadsheet</a>
    </header>
    <main>
      <p class="note">Pilih berkas .xlsx Rencana Aksi OPD (boleh banyak sekaligus) atau satu folder berisi berkas-berkas itu.
      Setiap berkas dibaca seperti Periksa konsistensi dan tab Evaluasi/Ringkasannya; berkas yang tidak dapat dibaca
      menjadi satu baris yang menyebut sebabnya.</p>
      <div class="pick">
        <label for="tw">Triwulan</label>
        <select id="tw"><option value="1">TW I</option><option value="2" selected>TW II</option><option value="3">TW III</option><option value="4">TW IV</option></select>
        <label class="button primary" for="files" tabindex="0" role="button">Pilih berkas…</label>
        <input id="files" type="file" accept=".xlsx" multiple />
        <label class="button" for="folder" tabindex="0" role="button">Pilih folder…</label>
        <input id="folder" type="file" webkitdirectory multiple />
        <a id="download" class="button" href="/rekap/unduh.xlsx" download="rekap.xlsx" aria-disabled="true">Unduh rekap .xlsx</a>
      </div>
      <div><progress id="progress" max="1" value="0" hidden></progress> <span id="status" role="status" aria-live="polite"></span></div>
      <section id="result" hidden>
        <h2 id="title"></h2>
        <div class="wrap"><table id="table"></table></div>
        <h2>Peringkat menurut rata-rata capaian</h2>
        <div class="wrap"><table id="ranking"></table></div>
        <h2>Grafik kriteria per OPD</h2>
        <img id="chart" alt="Grafik jumlah indikator per kriteria untuk setiap OPD" />
        <h2 id="findings-title"></h2>
        <div class="wrap" style="max-height: 420px"><table id="findings"></table></div>
      </section>
    </main>
  </body>
</html>`;

/** The page's state on the server: the quarter and the files read so far. */
export class RekapSession {
  private tw: Tw = 2;
  private results: FileResult[] = [];
  private rekap: Rekap | null = null;
  private chart: Promise<Awaited<ReturnType<typeof rekapChartImage>>> | null = null;
  private script: Promise<string> | null = null;

  /**
   * Handles /rekap, /rekap.js, /rekap/… and /api/rekap/…; false when the path is not the rekap's. A
   * person's mistake (no file yet, a file too large) is answered with its sentence.
   */
  async handle(req: IncomingMessage, url: URL, send: Send): Promise<boolean> {
    try {
      return await this.route(req, url, send);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      return send(400, "application/json; charset=utf-8", JSON.stringify({ error: e.message }));
    }
  }

  private async route(req: IncomingMessage, url: URL, send: Send): Promise<boolean> {
    const path = url.pathname;
    if (req.method === "GET" && path === "/rekap")
      return send(200, "text/html; charset=utf-8", REKAP_HTML, { "Content-Security-Policy": REKAP_CSP });
    if (req.method === "GET" && path === "/rekap.js") {
      this.script ??= browserScript(join(here, "rekap-client.ts"));
      return send(200, "text/javascript; charset=utf-8", await this.script);
    }
    if (req.method === "POST" && path === "/api/rekap/mulai") {
      this.tw = checkTw(Number(url.searchParams.get("tw")));
      this.results = [];
      this.rekap = null;
      this.chart = null;
      return send(200, "application/json; charset=utf-8", JSON.stringify({ ok: true }));
    }
    if (req.method === "POST" && path === "/api/rekap/berkas") {
      const name = decodeURIComponent(String(req.headers["x-berkas"] ?? "")) || "(tanpa nama)";
      const bytes = await readBytes(req);
      const result = await rekapSource(
        { file: name, open: async () => emulatedPort(await loadXlsx(bytes)).port },
        this.tw,
        sha256,
      );
      // loadXlsx names bytes "(data)": the reviewer knows the file by its name.
      if (result.row.error) result.row.error = result.row.error.replace('"(data)"', `"${name}"`);
      this.results.push(result);
      this.rekap = null;
      return send(
        200,
        "application/json; charset=utf-8",
        JSON.stringify({ file: name, error: result.row.error }),
      );
    }
    if (req.method === "POST" && path === "/api/rekap/selesai") {
      const rekap = this.current();
      return send(
        200,
        "application/json; charset=utf-8",
        JSON.stringify({
          rekap: { tw: rekap.tw, files: rekap.files, total: rekap.total },
          table: rekapTable(rekap),
        }),
      );
    }
    if (req.method === "GET" && path === "/rekap/grafik.png") {
      const chart = await this.chartImage();
      if (!chart) return send(404, "text/plain; charset=utf-8", "Belum ada grafik.");
      return send(200, "image/png", Buffer.from(chart.png));
    }
    if (req.method === "GET" && path === "/rekap/unduh.xlsx") {
      const rekap = this.current();
      const bytes = await rekapXlsx(rekap, await this.chartImage());
      return send(200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes, {
        "Content-Disposition": `attachment; filename="rekap-TW${rekap.tw}.xlsx"`,
      });
    }
    return false;
  }

  private current(): Rekap {
    if (!this.results.length)
      throw new UserError("Belum ada berkas: pilih berkas .xlsx atau foldernya dulu.");
    this.rekap ??= assemble(this.tw, this.results);
    return this.rekap;
  }

  private chartImage() {
    this.chart ??= rekapChartImage(this.current());
    return this.chart;
  }
}

export type Send = (
  status: number,
  type: string,
  body: string | Buffer,
  headers?: Record<string, string>,
) => true;

async function readBytes(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE) throw new UserError("Berkas terlalu besar untuk direkap (lebih dari 50 MB).");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
