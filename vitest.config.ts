import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The Discord stand-in binds real loopback ports; keep files isolated but bounded to the 2 cores.
    pool: "forks",
    maxWorkers: 2,
    // The soak test measures the heap after garbage collection (global.gc); the flag costs
    // nothing elsewhere.
    execArgv: ["--expose-gc"],
    testTimeout: 20_000,
  },
});
