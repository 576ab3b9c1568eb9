import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds build/ once, so tests of the built bundle never run against a stale one.
    globalSetup: ["test/setup-build.ts"],
    // Guards against a hang, not limits on speed: tests assert behaviour and call counts, and
    // timings are reported by `npm run bench`. They are generous so a busy 2-core machine never
    // fails a correct test; a passing wait returns as soon as its condition holds.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
