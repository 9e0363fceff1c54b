import { seedDemo } from '../../../electron/core/demo/seed'
import type { Input } from '../../../shared/api/contract'
import { minimalPdf } from '../pdf/pdf-bytes'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person, type Caller } from '../tasks/helpers'

// The demo agency with ordinary and secret documents reached every way the visibility rules
// know: by unit, by name, through direction and tasks, outgoing, a file, and a grant.

export type World = {
  t: TempCore
  clerk: Caller
  /** Document ids by letter. */
  docs: {
    /** Ordinary, sent to Phòng Kinh tế. */
    ordinary: number
    /** Mật, sent to Phòng Kinh tế but naming nobody. */
    secretToUnit: number
    /** Tối mật, received by name by cv.vanxa1. */
    secretNamed: number
    /** Mật, presented to pct.noichinh and directed: Phòng Nội chính leads, cv.xaydung1 supports. */
    secretTasked: number
    /** Mật, with a PDF attached. */
    secretWithFile: number
    /** Outgoing, mật, drafted by Phòng Tổng hợp, signed by pct.vanxa, sent to Phòng Xây dựng. */
    secretOutgoing: number
    /** Mật, granted to cv.tonghop1. */
    secretGranted: number
  }
  fileSha: string
  taskId: number
}

export async function accessWorld(): Promise<World> {
  const t = tempCore({ config: { sessionIdleMs: 86_400_000, sessionMaxMs: 86_400_000 } })
  await seedDemo(t.core.deps)
  const clerk = await person(t.core, 'vanthu2')
  const unit = (s: string): number => idOf(t.core, 'units', s)
  const user = (s: string): number => idOf(t.core, 'users', s)
  const reg = async (
    so: string,
    over: Partial<Input<'documents.registerIncoming'>>,
  ): Promise<number> =>
    (
      await clerk.ok('documents.registerIncoming', {
        registerId: 1,
        ngayDen: '2026-03-02',
        so,
        kyHieu: 'KH-UBND',
        ngayBanHanh: '2026-02-27',
        coQuanBanHanh: 'Ủy ban nhân dân tỉnh Quảng Nam',
        loaiVanBan: 'ke_hoach',
        trichYeu: 'Kế hoạch',
        ...over,
      })
    ).id

  const ordinary = await reg('1', {
    trichYeu: 'Kế hoạch kiểm tra an toàn thực phẩm',
    donViNhanId: unit('KT'),
  })
  const secretToUnit = await reg('2', {
    trichYeu: 'Kế hoạch bảo vệ bí mật nhà nước',
    doMat: 'mat',
    donViNhanId: unit('KT'),
  })
  const secretNamed = await reg('3', {
    trichYeu: 'Kế hoạch phòng thủ dân sự',
    doMat: 'toi_mat',
    nguoiNhanId: user('cv.vanxa1'),
  })
  const secretTasked = await reg('4', { trichYeu: 'Kế hoạch bảo vệ an ninh mạng', doMat: 'mat' })
  await clerk.ok('documents.present', { documentId: secretTasked, leaderId: user('pct.noichinh') })
  const pct = await person(t.core, 'pct.noichinh')
  await pct.ok('documents.direct', {
    documentId: secretTasked,
    comment: 'Giao Phòng Nội chính chủ trì.',
    task: {
      lead: { unitId: unit('NC') },
      support: [{ userId: user('cv.xaydung1') }],
      deadline: '2026-03-20',
    },
  })
  const up = await clerk.ok('files.upload', {
    name: 'ke-hoach-mat.pdf',
    bytes: new Uint8Array(minimalPdf(['Ke hoach mat'])),
  })
  const secretWithFile = await reg('5', {
    trichYeu: 'Kế hoạch ứng phó sự cố',
    doMat: 'mat',
    donViNhanId: unit('VX'),
    files: [{ sha256: up.sha256, name: 'ke-hoach-mat.pdf' }],
  })
  const out = await clerk.ok('outgoing.issue', {
    loaiVanBan: 'ke_hoach',
    trichYeu: 'Kế hoạch diễn tập khu vực phòng thủ',
    draftingUnitId: unit('TH'),
    signerId: user('pct.vanxa'),
    doMat: 'mat',
    recipients: [{ kind: 'unit', unitId: unit('XD') }],
  })
  await clerk.ok('outgoing.send', {
    id: out.id,
    sends: [{ recipientId: out.outgoing?.recipients[0]?.id ?? -1, way: 'giay' }],
  })
  const secretGranted = await reg('6', {
    trichYeu: 'Kế hoạch kiểm tra công tác bảo mật',
    doMat: 'mat',
    donViNhanId: unit('TH'),
  })
  await clerk.ok('access.grant', {
    documentId: secretGranted,
    userId: user('cv.tonghop1'),
    reason: 'Theo dõi việc kiểm tra',
  })
  const taskId =
    t.core.db
      .prepare<[number], { id: number }>('SELECT id FROM tasks WHERE document_id = ?')
      .get(secretTasked)?.id ?? -1
  return {
    t,
    clerk,
    docs: {
      ordinary,
      secretToUnit,
      secretNamed,
      secretTasked,
      secretWithFile,
      secretOutgoing: out.id,
      secretGranted,
    },
    fileSha: up.sha256,
    taskId,
  }
}
