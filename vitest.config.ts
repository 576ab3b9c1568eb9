import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds build/ and the CLI bundle once (test/setup-build.ts).
    globalSetup: ["test/setup-build.ts"],
    // Two test files at a time on a 2-core machine (vitest's default there is one): much of a
    // browser, LibreOffice or CLI test is spent in another process, so the second file fills the gap.
    maxWorkers: 2,
    // A worker keeps the modules it imported (ExcelJS, HyperFormula, src/) from one test file to the
    // next instead of importing them again for each file. No test mocks a module; the one spy on
    // ExcelJS restores itself.
    isolate: false,
    // Guards against a hang, not limits on speed: tests assert behaviour and call counts, and
    // timings are reported by `npm run bench`. They are generous so a busy 2-core machine never
    // fails a correct test; a passing wait returns as soon as its condition holds.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
