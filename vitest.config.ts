import { defineConfig } from 'vitest/config';

// Two projects: `unit` is hermetic and fast (src/**), `properties` drives the
// suite's own properties through a Target (properties/**). Both share one
// global setup that bundles the CLI, because some tests spawn it as a user would.
export default defineConfig({
  test: {
    globalSetup: ['./src/testing/build-for-tests.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'properties', include: ['properties/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
