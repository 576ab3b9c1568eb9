/**
 * The rekap page in the browser: the files or folder a reviewer picks are sent one by one, then the
 * table, ranking, chart and findings are shown. Plain DOM; every text from the files goes in with
 * textContent, never as HTML.
 */
import {
  type ColumnKind,
  cellText,
  type RekapCell,
  type RekapTable,
  SIDIK_TIDAK_PASTI,
} from "../core/rekap-table";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLSpanElement>("status");
const progress = $<HTMLProgressElement>("progress");
const download = $<HTMLAnchorElement>("download");
const tw = $<HTMLSelectElement>("tw");

function say(text: string, error = false): void {
  status.textContent = text;
  status.className = error ? "error" : "";
}

const NO_SERVER = "Server lokal tidak menjawab: jalankan lagi npm start, lalu muat ulang halaman ini.";
const NOT_UNDERSTOOD = (status: number) =>
  `Jawaban server lokal tidak terbaca (kode ${status}): coba lagi, atau jalankan lagi npm start lalu muat ulang halaman ini.`;

async function post<T>(path: string, body?: Blob, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: "POST", headers, body });
  } catch {
    throw new Error(NO_SERVER);
  }
  // Anything but the server's own JSON (a proxy's error page, a reply cut short) is said in Indonesian.
  const data = (await response.json().catch(() => ({ error: NOT_UNDERSTOOD(response.status) }))) as T & {
    error?: string;
  };
  if (!response.ok || (typeof data.error === "string" && !("file" in data)))
    throw new Error(data.error ?? NOT_UNDERSTOOD(response.status));
  return data;
}

function fill(
  table: HTMLTableElement,
  columns: { header: string; kind: ColumnKind }[],
  rows: RekapCell[][],
  classes: (i: number) => string = () => "",
): void {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement("th");
    th.textContent = c.header;
    head.append(th);
  }
  const body = table.createTBody();
  rows.forEach((cells, i) => {
    const tr = body.insertRow();
    tr.className = classes(i);
    columns.forEach((c, j) => {
      const td = tr.insertCell();
      td.textContent = cellText(cells[j] ?? null, c.kind);
      td.className = c.kind === "teks" ? "text" : "num";
      if (String(cells[j]).startsWith("berubah setelah")) td.classList.add("berubah");
      if (cells[j] === SIDIK_TIDAK_PASTI) td.classList.add("tidak-pasti");
      // The old record's sentence reads on one wide line rather than a column of short ones.
      if (c.header === "Keterangan") td.classList.add("panjang");
    });
  });
}

interface Answer {
  rekap: { files: { error: string | null; indikator: number | null }[] };
  table: RekapTable;
}

async function run(files: File[]): Promise<void> {
  const path = (f: File) => f.webkitRelativePath || f.name;
  // In the order of their names, as a folder lists them (the browser gives them in any order).
  // A folder's other files are left out (as the CLI does); a file chosen by name is always sent, so
  // one that is no workbook (a .docx) gets its row naming why, as the page promises.
  const xlsx = files
    .filter((f) => !f.name.startsWith("~$") && (!f.webkitRelativePath || /\.xlsx$/i.test(f.name)))
    .sort((a, b) => path(a).localeCompare(path(b), "id", { numeric: true }));
  if (!xlsx.length) {
    say("Tidak ada berkas .xlsx di antara yang dipilih.", true);
    return;
  }
  download.setAttribute("aria-disabled", "true");
  progress.hidden = false;
  progress.max = xlsx.length;
  progress.value = 0;
  try {
    await post(`/api/rekap/mulai?tw=${tw.value}`);
    for (const [i, file] of xlsx.entries()) {
      const name = path(file);
      say(`Membaca berkas ${i + 1} dari ${xlsx.length}: ${name}`);
      await post("/api/rekap/berkas", file, {
        "Content-Type": "application/octet-stream",
        "X-Berkas": encodeURIComponent(name),
      });
      progress.value = i + 1;
    }
    const answer = await post<Answer>("/api/rekap/selesai");
    show(answer);
    const failed = answer.rekap.files.filter((f) => f.indikator === null).length;
    say(
      `Rekap selesai: ${xlsx.length} berkas${failed ? `, ${failed} tidak dapat dibaca (lihat kolom Keterangan)` : ""}.`,
    );
    download.setAttribute("aria-disabled", "false");
  } catch (e) {
    say(e instanceof Error ? e.message : String(e), true);
  } finally {
    progress.hidden = true;
  }
}

function show({ rekap, table }: Answer): void {
  $("result").hidden = false;
  // Files of one OPD counted once: the sentence before the table (text, never HTML).
  $("title").textContent = [`${table.title} — ${table.subtitle}`, ...table.warnings].join(" ");
  fill($<HTMLTableElement>("table"), table.columns, [...table.rows, table.total], (i) =>
    i === table.rows.length ? "total" : rekap.files[i]?.indikator === null ? "gagal" : "",
  );
  fill($<HTMLTableElement>("ranking"), table.ranking.columns, table.ranking.rows);
  fill($<HTMLTableElement>("findings"), table.findings.columns, table.findings.rows);
  $("findings-title").textContent = `Temuan (${table.findings.rows.length})`;
  const chart = $<HTMLImageElement>("chart");
  chart.hidden = !table.ranking.rows.length && rekap.files.every((f) => !f.indikator);
  chart.src = `/rekap/grafik.png?t=${Date.now()}`;
}

for (const id of ["files", "folder"]) {
  const input = $<HTMLInputElement>(id);
  input.addEventListener("change", () => {
    void run([...(input.files ?? [])]);
    input.value = "";
  });
}
// The labels act as buttons from the keyboard too.
for (const label of document.querySelectorAll<HTMLLabelElement>("label.button")) {
  label.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      $<HTMLInputElement>(label.htmlFor).click();
    }
  });
}
