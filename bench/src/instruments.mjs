// Loading a cached 100k-row NFO master into the instruments index (no network: offline, from the cache).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadInstruments } from '@firstock/node'

const masterPath = process.argv[2]
const csv = readFileSync(masterPath, 'utf8')
const cacheDir = mkdtempSync(join(tmpdir(), 'firstock-bench-symbols-'))
// Fill the cache the way a client does: one download from a loopback server.
const server = createServer((req, res) => res.end(csv))
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const url = `http://127.0.0.1:${server.address().port}/NFOSymbolDownload`
await loadInstruments({ exchanges: ['NFO'], cacheDir, urls: { NFO: url } })
server.close()

const runs = []
const reads = []
let rows = 0
for (let i = 0; i < 5; i++) {
  let t0 = performance.now()
  await readFile(masterPath, 'utf8')
  reads.push(performance.now() - t0)
  t0 = performance.now()
  const index = await loadInstruments({ exchanges: ['NFO'], cacheDir, urls: { NFO: url }, offline: true })
  runs.push(performance.now() - t0)
  rows = index.size ?? index.instruments?.length ?? rows
}
runs.sort((a, b) => a - b)
reads.sort((a, b) => a - b)
process.stdout.write(`\n@@RESULT ${JSON.stringify({ ms: runs[2], first: runs, readMs: reads[2], rows })}\n`)
writeFileSync(join(cacheDir, '.done'), '')
