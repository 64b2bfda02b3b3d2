import { tsupPreset } from '../../tooling/tsup.ts'

export default tsupPreset()
