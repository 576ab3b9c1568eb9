/**
 * `npm start [-- FILE.xlsx] [--port N]`: builds the add-on, then runs it on this machine over the
 * demo office (or the given workbook) at http://127.0.0.1:8080. Ctrl-C stops it.
 */
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

// Checked before importing anything from node_modules, so the message is ours and not a stack.
for (const dep of ["esbuild", "hyperformula", "exceljs", "zod"]) {
  if (!existsSync(join(root, "node_modules", dep))) {
    fail("Paket pendukung belum terpasang: jalankan `npm ci` dulu, lalu `npm start` lagi.");
  }
}

function parseArgs(argv: string[]): { file?: string; port: number } {
  let file: string | undefined;
  let port: string | undefined = process.env.PORT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--port") port = argv[++i];
    else if (arg.startsWith("--port=")) port = arg.slice("--port=".length);
    else if (arg === "--help" || arg === "-h") {
      console.log("Pemakaian: npm start [-- BERKAS.xlsx] [--port 8080]");
      process.exit(0);
    } else if (arg.startsWith("-"))
      fail(`Pilihan "${arg}" tidak dikenal. Pemakaian: npm start [-- BERKAS.xlsx] [--port 8080]`);
    else if (file) fail("Berikan paling banyak satu berkas .xlsx.");
    else file = arg;
  }
  const n = port === undefined || port === "" ? 8080 : Number(port);
  if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`Port "${port}" tidak valid: tulis angka 0–65535.`);
  return { file, port: n };
}

const { file, port } = parseArgs(process.argv.slice(2));

const { buildAll } = await import("./build");
const { startServer } = await import("../src/local/server");

let workbook: import("../src/emulator/workbook").MemoryWorkbook;
let startTab: string | undefined;
if (file) {
  if (!existsSync(file)) fail(`Berkas "${file}" tidak ditemukan.`);
  const { loadXlsx } = await import("../src/emulator/xlsx");
  try {
    workbook = await loadXlsx(file);
  } catch (e) {
    // loadXlsx already says which file and why, in Indonesian.
    fail(e instanceof Error ? e.message : `Berkas "${file}" tidak dapat dibuka.`);
  }
  workbook.name = basename(file).replace(/\.xlsx$/i, "");
} else {
  const { DEMO_BIDANG, demoWorkbook } = await import("../src/emulator/demo");
  workbook = demoWorkbook();
  startTab = DEMO_BIDANG[0];
}

console.log("Membangun add-on…");
await buildAll();

let server: Awaited<ReturnType<typeof startServer>>;
try {
  server = await startServer({ workbook, port, startTab });
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE")
    fail(`Port ${port} sudah dipakai program lain: jalankan npm start -- --port ${port + 1}`);
  fail(`Server tidak dapat dijalankan: ${e instanceof Error ? e.message : String(e)}`);
}

console.log(`SAKIP berjalan di ${server.url} — tekan Ctrl-C untuk berhenti`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  console.log("\nMenghentikan SAKIP…");
  void server.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
