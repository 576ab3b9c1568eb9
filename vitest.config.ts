import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds build/ once, so tests of the built bundle never run against a stale one.
    globalSetup: ["test/setup-build.ts"],
    testTimeout: 30_000,
  },
});
