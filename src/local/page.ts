/**
 * The static parts of the local page: the HTML shell, its CSS, and the `google.script.run` shim
 * injected into the real sidebar. The page's behaviour is src/local/client.ts.
 */

/**
 * google.script.run for the sidebar in its iframe: any server function, with success and failure
 * handlers and a user object, called asynchronously as Apps Script does. The call is a POST of
 * `{ fn, args }` to /api/run; afterwards the page is told to refresh the grid.
 */
export const SHIM = `(function () {
  "use strict";
  // What google.script.run cannot pass (a Date, a function, a DOM element but a form, a circular
  // object, also inside objects and arrays): the request fails, as Google documents it.
  function unsendable(value, path) {
    var tag = Object.prototype.toString.call(value);
    if (tag === "[object Date]") return "tanggal (Date)";
    if (typeof value === "function") return "fungsi";
    if (typeof value !== "object" || value === null) return null;
    if (typeof Node !== "undefined" && value instanceof Node) return "elemen halaman";
    if (path.indexOf(value) >= 0) return "rujukan melingkar";
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var bad = unsendable(value[keys[i]], path.concat([value]));
      if (bad) return bad;
    }
    return null;
  }
  function call(fn, args, ok, fail, user) {
    var failed = function (error) {
      if (fail) fail(error, user);
      else console.error(error);
    };
    var bad = unsendable(args, []);
    if (bad) {
      setTimeout(function () {
        failed(new Error('Argumen fungsi server "' + fn + '" berisi ' + bad + ", yang tidak dapat dikirim google.script.run (di Google Sheets panggilan ini gagal)."));
      }, 0);
      return;
    }
    fetch("/api/run", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ fn: fn, args: args }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(
        function (body) {
          if (body && typeof body.error === "string") failed(new Error(body.error));
          else if (ok) ok(body.value, user);
        },
        function () {
          failed(new Error("Server lokal tidak menjawab: jalankan lagi npm start, lalu muat ulang halaman ini."));
        },
      )
      .then(function () {
        if (window.parent !== window) window.parent.postMessage({ type: "sakip:run", fn: fn }, location.origin);
      });
  }
  function runner(ok, fail, user) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (typeof name !== "string" || name === "then") return undefined;
        if (name === "withSuccessHandler") return function (f) { return runner(f, fail, user); };
        if (name === "withFailureHandler") return function (f) { return runner(ok, f, user); };
        if (name === "withUserObject") return function (u) { return runner(ok, fail, u); };
        return function () { call(name, Array.prototype.slice.call(arguments), ok, fail, user); };
      },
    });
  }
  var noop = function () {};
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: { close: noop, setHeight: noop, setWidth: noop, editor: { focus: noop } },
    },
  };
})();`;

export const CSS = `
:root { font: 13px/1.4 Roboto, Arial, sans-serif; color: #202124; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: grid; grid-template-columns: minmax(0, 1fr) 300px; grid-template-rows: auto auto minmax(0, 1fr) auto; }
header { grid-column: 1 / 3; display: flex; align-items: center; gap: 12px; padding: 6px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
header h1 { font-size: 15px; margin: 0; font-weight: 500; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
header .spacer { flex: 1; }
#status { color: #5f6368; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 50%; }
#status.error { color: #b3261e; }
.button { display: inline-block; padding: 5px 12px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; color: #1a73e8; font: inherit; font-weight: 500; text-decoration: none; cursor: pointer; white-space: nowrap; }
.button:hover { background: #f1f5fe; }
#laporan { display: flex; gap: 6px; margin-right: 8px; }
#pengguna { display: flex; align-items: center; gap: 6px; color: #5f6368; white-space: nowrap; }
#pengguna select, #save-as { max-width: 190px; }
header h1 { min-width: 160px; }
#status { min-width: 0; flex: 0 1 auto; }
.button:focus-visible, #grid:focus-visible, #tabs button:focus-visible { outline: 2px solid #1a73e8; outline-offset: -2px; }
#bar { grid-column: 1; display: flex; border-bottom: 1px solid #dadce0; }
#ref { width: 80px; padding: 4px 8px; border-right: 1px solid #dadce0; color: #5f6368; font-variant-numeric: tabular-nums; }
#content { flex: 1; padding: 4px 8px; white-space: pre; overflow: hidden; text-overflow: ellipsis; font-family: Consolas, "Roboto Mono", monospace; font-size: 12px; }
#grid { grid-column: 1; overflow: auto; position: relative; background: #fff; }
#grid:focus { outline: none; }
#grid p.opening { margin: 12px; color: #5f6368; }
table { border-collapse: separate; border-spacing: 0; table-layout: fixed; }
td, th { border-right: 1px solid #e2e3e3; border-bottom: 1px solid #e2e3e3; padding: 2px 4px; height: 21px; overflow: hidden; white-space: nowrap; text-overflow: clip; font-size: 12px; vertical-align: bottom; }
td { background: #fff; }
td.wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #f8f9fa; color: #5f6368; font-weight: 400; position: sticky; z-index: 5; }
thead th { top: 0; text-align: center; z-index: 7; }
tbody th { left: 0; text-align: center; min-width: 46px; }
thead th.corner { left: 0; z-index: 8; }
td.frozen { position: sticky; z-index: 1; }
td.frozen.spill { z-index: 2; }
td.frozen.corner { z-index: 3; }
td.frozen.corner.spill { z-index: 4; }
td.spill { overflow: visible; }
td.spill span { position: relative; z-index: 0; display: inline-block; overflow: hidden; vertical-align: bottom; pointer-events: none; }
tr.frozen-last td, tr.frozen-last th { border-bottom: 2px solid #bdc1c6; }
td.frozen-last { border-right: 2px solid #bdc1c6; }
td.invalid { background-image: linear-gradient(225deg, #d93025 5px, transparent 5px); }
td[title]:not(.invalid) { background-image: linear-gradient(225deg, #5f6368 4px, transparent 4px); }
td.sel { outline: 2px solid #1a73e8; outline-offset: -2px; }
td.sorot { animation: sorot 1.6s ease-out 2; }
@keyframes sorot { 0% { box-shadow: inset 0 0 0 100px rgba(251, 188, 4, 0.65); } 100% { box-shadow: none; } }
td.editing { padding: 0; overflow: visible; z-index: 9; position: relative; }
td.editing input { width: 100%; min-width: 160px; height: 100%; border: 2px solid #1a73e8; padding: 1px 3px; font: inherit; background: #fff; box-shadow: 0 2px 6px rgba(60, 64, 67, 0.3); }
#tabs { grid-column: 1; display: flex; gap: 2px; padding: 0 8px; background: #f1f3f4; border-top: 1px solid #dadce0; overflow-x: auto; }
#tabs button { border: 0; background: transparent; padding: 7px 14px; font: inherit; color: #3c4043; cursor: pointer; white-space: nowrap; border-bottom: 3px solid transparent; }
figure.chart { position: absolute; margin: 0; z-index: 1; background: #fff; border: 1px solid #dadce0; box-shadow: 0 1px 3px rgba(60, 64, 67, 0.3); }
figure.chart text { font: 11px Roboto, Arial, sans-serif; fill: #3c4043; }
figure.chart text.title { font-size: 14px; font-weight: 500; fill: #202124; }
figure.chart line.grid { stroke: #e0e0e0; }
#tabs input.rename { font: inherit; padding: 5px 10px; border: 2px solid #1a73e8; width: 220px; }
#tabs button[aria-selected="true"] { background: #fff; color: #1a73e8; font-weight: 500; border-bottom-color: #1a73e8; }
#tabs button.opening { color: #1a73e8; border-bottom-color: #aecbfa; }
aside { grid-column: 2; grid-row: 2 / 5; border-left: 1px solid #dadce0; display: flex; flex-direction: column; min-height: 0; }
aside h2 { margin: 0; padding: 8px 12px; font-size: 14px; font-weight: 500; border-bottom: 1px solid #dadce0; }
aside iframe { flex: 1; width: 300px; border: 0; }
`;

/** The page shell: fixed markup only; every text from the workbook is set by the script with textContent. */
export const PAGE_HTML = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SAKIP (lokal)</title>
    <style>${CSS}</style>
    <script src="/page.js" defer></script>
  </head>
  <body>
    <header>
      <h1 id="title">SAKIP</h1>
      <span id="status" role="status" aria-live="polite"></span>
      <span class="spacer"></span>
      <label id="pengguna" title="Orang yang menjalankan add-on: pengirim (pemilik spreadsheet) atau reviewer Inspektorat">Pengguna
        <select id="user"></select>
      </label>
      <form id="laporan" method="get" action="/laporan.docx">
        <input type="hidden" name="tw" value="2" />
        <button type="submit" class="button" title="Laporan yang dipilih di panel SAKIP (Buat laporan)">Unduh LAKIP TW II .docx</button>
      </form>
      <a class="button" href="/rekap" target="_blank" rel="noopener">Rekap Inspektorat</a>
      <select id="save-as" aria-label="Simpan untuk">
        <option value="excel" selected>untuk Excel / LibreOffice</option>
        <option value="sakip">untuk Google Sheets + add-on SAKIP</option>
      </select>
      <a id="save" class="button" href="/unduh.xlsx" download>Simpan .xlsx</a>
    </header>
    <div id="bar"><span id="ref" aria-label="Sel terpilih"></span><span id="content" aria-label="Isi sel"></span></div>
    <div id="grid" tabindex="0" role="grid" aria-label="Lembar kerja"></div>
    <nav id="tabs" aria-label="Tab spreadsheet"></nav>
    <aside>
      <h2 id="sidebar-title"></h2>
      <iframe id="sidebar" src="/sidebar" title="Panel SAKIP"></iframe>
    </aside>
  </body>
</html>`;
