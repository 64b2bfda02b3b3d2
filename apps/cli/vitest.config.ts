import { vitestPreset } from '../../tooling/vitest.ts'

// The CLI tests run the built dist/main.js as a child process; they are serial to keep ports and timing calm.
export default vitestPreset({ testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false })
