import { tsupPreset } from '../../tooling/tsup.ts'

export default tsupPreset({ entry: ['src/index.ts', 'src/bin.ts'] })
