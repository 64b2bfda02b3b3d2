import { vitestPreset } from '../../tooling/vitest.ts'

export default vitestPreset()
