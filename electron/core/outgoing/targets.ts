import type { Db } from '../db/open'
import { CoreError } from '../errors'

// The documents an issue points at, checked before anything is written (DOMAIN §1.6): a reply
// answers an incoming document; a replacement is of the same type as the issued document it
// replaces (wrong content); a correction of thể thức is made by công văn.

type Doc = {
  id: number
  direction: 'in' | 'out'
  loai_van_ban: string
  status: string
  so_ky_hieu: string
}

function doc(db: Db, id: number): Doc | undefined {
  return db
    .prepare<[number], Doc>(
      'SELECT id, direction, loai_van_ban, status, so_ky_hieu FROM documents WHERE id = ?',
    )
    .get(id)
}

const refuse = (field: string, message: string): never => {
  throw new CoreError('VALIDATION', message, { fields: { [field]: message } })
}

export type LinkTargets = {
  replyTo: number | null
  replaces: number | null
  corrects: number | null
}

export function checkLinkTargets(
  db: Db,
  p: Readonly<{
    loaiVanBan: string
    replyToDocumentId: number | null
    replacesId: number | null
    correctsId: number | null
  }>,
): LinkTargets {
  if (p.replyToDocumentId !== null) {
    const d = doc(db, p.replyToDocumentId)
    if (d?.direction !== 'in') {
      refuse('replyToDocumentId', 'Văn bản được trả lời phải là một văn bản đến')
    }
  }
  if (p.replacesId !== null) {
    const d = doc(db, p.replacesId)
    if (d?.direction !== 'out') {
      refuse('replacesId', 'Văn bản bị thay thế phải là một văn bản đi')
    } else if (d.status !== 'da_ban_hanh') {
      refuse('replacesId', `Văn bản ${d.so_ky_hieu} đã bị thu hồi hoặc thay thế`)
    } else if (d.loai_van_ban !== p.loaiVanBan) {
      refuse(
        'loaiVanBan',
        'Văn bản thay thế phải cùng hình thức (cùng loại) với văn bản bị thay thế',
      )
    }
  }
  if (p.correctsId !== null) {
    const d = doc(db, p.correctsId)
    if (d?.direction !== 'out') {
      refuse('correctsId', 'Văn bản được đính chính phải là một văn bản đi')
    } else if (p.loaiVanBan !== 'cong_van') {
      refuse('loaiVanBan', 'Đính chính thể thức được thực hiện bằng công văn')
    }
  }
  return { replyTo: p.replyToDocumentId, replaces: p.replacesId, corrects: p.correctsId }
}
