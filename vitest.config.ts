import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that wait on another process (Chromium, LibreOffice, the CLI) run first, so that the
 * two workers do not end with one long browser file while the other has nothing left. Within each
 * group vitest's own order holds: longest first by the last run's durations, else largest file.
 */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const slow = (f: TestSpecification) => /\/test\/(e2e\/|libreoffice|cli|(app\/)?periksa)/.test(f.moduleId);
    const sorted = await super.sort(files);
    return [...sorted.filter(slow), ...sorted.filter((f) => !slow(f))];
  }
}

export default defineConfig({
  test: {
    // Builds build/ and the CLI bundle once (test/setup-build.ts).
    globalSetup: ["test/setup-build.ts"],
    // One fixed fast-check seed unless FC_SEED says otherwise (test/setup-fc.ts).
    setupFiles: ["test/setup-fc.ts"],
    // Two test files at a time on a 2-core machine (vitest's default there is one): much of a
    // browser, LibreOffice or CLI test is spent in another process, so the second file fills the gap.
    maxWorkers: 2,
    // A worker keeps the modules it imported (ExcelJS, HyperFormula, src/) from one test file to the
    // next instead of importing them again for each file. No test mocks a module; the one spy on
    // ExcelJS restores itself.
    isolate: false,
    sequence: { sequencer: SlowFirst },
    // Guards against a hang, not limits on speed: tests assert behaviour and call counts, and
    // timings are reported by `npm run bench`. They are generous so a busy 2-core machine never
    // fails a correct test; a passing wait returns as soon as its condition holds. A poll waits as
    // long as a browser test's Playwright wait (test/e2e/helpers.ts): with the load average at 35
    // on this 2-core machine, 60 s polls failed browser tests that pass when it is quieter.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 120_000 } },
  },
});
