import { createInterface } from 'node:readline'
import { openCore } from '../../../electron/core/core'
import { silentLogger } from '../../../electron/core/log/logger'

// One of the processes of numbering-processes.test.ts: opens the shared data directory, says
// "ready", waits for "go" on stdin so that every process starts issuing at the same moment,
// issues `count` documents as fast as it can, and prints what it got as one JSON line.
// Usage: node --import tsx issue-worker.ts <dataDir> <count> <loaiVanBan> <ngayBanHanh> [unitId]

const [dataDir, count, loaiVanBan, ngayBanHanh, unitId] = process.argv.slice(2)
if (!dataDir || !count || !loaiVanBan || !ngayBanHanh) {
  throw new Error('usage: issue-worker <dataDir> <count> <loaiVanBan> <ngayBanHanh> [unitId]')
}
const core = openCore({ dataDir, logger: silentLogger })
const lines = createInterface({ input: process.stdin })
process.stdout.write('ready\n')
for await (const line of lines) {
  if (line.trim() === 'go') {
    break
  }
}
lines.close()
const issued: { number: number; soKyHieu: string }[] = []
try {
  for (let i = 0; i < Number(count); i += 1) {
    const doc = await core.invoke(
      'outgoing.issue',
      {
        loaiVanBan,
        ngayBanHanh,
        trichYeu: `Văn bản thử số ${i + 1} của tiến trình ${process.pid}`,
        nguoiKy: 'Nguyễn Văn Hùng',
        ...(unitId ? { draftingUnitId: Number(unitId) } : {}),
      },
      { system: 'cli' },
    )
    issued.push({ number: Number(doc.so), soKyHieu: doc.soKyHieu })
  }
} finally {
  await core.close()
}
process.stdout.write(`${JSON.stringify(issued)}\n`)
