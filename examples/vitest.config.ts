import { defineConfig } from 'vitest/config'

// No `@firstock/source` condition here: the examples import the built packages through their public entry points,
// exactly as a user's project does (the test task runs after `build`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
