// A separate process registering documents against one data directory: the concurrency test
// runs several of these at once. Usage: node --import tsx register-many.ts DATA_DIR COUNT TAG
import { openCore } from '../../../electron/core/core'
import { silentLogger } from '../../../electron/core/log/logger'

const [dataDir, count, tag] = process.argv.slice(2)
const core = openCore({ dataDir: dataDir ?? '', logger: silentLogger })
const numbers: number[] = []
for (let i = 0; i < Number(count); i++) {
  const doc = await core.invoke(
    'documents.registerIncoming',
    {
      registerId: 1,
      ngayDen: '2026-03-02',
      so: `${i + 1}`,
      kyHieu: `${tag}-UBND`,
      coQuanBanHanh: `Ủy ban nhân dân ${tag}`,
      loaiVanBan: 'cong_van',
      trichYeu: `Văn bản thử ${tag} ${i}`,
    },
    { system: `test-${tag}` },
  )
  numbers.push(doc.soDen ?? -1)
}
await core.close()
process.stdout.write(JSON.stringify(numbers))
