// Every text field at and past its length limit (DOMAIN §1.9, §4.4; shared/domain/field-limits):
// at the limit it is accepted and stored whole (typed in NFC or pasted in NFD, which the corpus
// has); one character past it is refused with a field error that names the field in Vietnamese,
// and nothing stored changes.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import { incoming } from '../documents/helpers'
import { draftInput } from '../drafts/helpers'
import { callAs } from '../helpers/temp-core'
import { copyOf, makeTemplate, type Template } from './fixture'
import { fingerprint } from './store-state'

type Case = Readonly<{
  field: string
  limit: number
  /** The field's Vietnamese name, as the refusal must say it. */
  label: RegExp
  table: 'documents' | 'drafts'
  column: string
  /** Input fields the case needs besides the one under test. */
  with?: Record<string, unknown>
}>

/** Vietnamese text of exactly n characters in NFC, ending in a letter (trim keeps it whole). */
export function textOf(n: number, seed = 'Quyết định về việc phê duyệt Kế hoạch chuyển đổi số ') {
  return (seed.repeat(Math.ceil(n / seed.length) + 1).slice(0, n - 1) + 'ữ').normalize('NFC')
}

const INCOMING: readonly Case[] = [
  { field: 'so', limit: 11, label: /Số của văn bản/, table: 'documents', column: 'so' },
  {
    field: 'kyHieu',
    limit: 30,
    label: /Ký hiệu của văn bản/,
    table: 'documents',
    column: 'ky_hieu',
  },
  {
    field: 'coQuanBanHanh',
    limit: 200,
    label: /Cơ quan ban hành/,
    table: 'documents',
    column: 'co_quan_ban_hanh',
  },
  { field: 'trichYeu', limit: 500, label: /Trích yếu/, table: 'documents', column: 'trich_yeu' },
  { field: 'nguoiKy', limit: 50, label: /người ký/i, table: 'documents', column: 'nguoi_ky' },
  {
    field: 'chucVuNguoiKy',
    limit: 100,
    label: /Chức vụ người ký/,
    table: 'documents',
    column: 'chuc_vu_nguoi_ky',
  },
  {
    field: 'noiNhan',
    limit: 1000,
    label: /Đơn vị, người nhận/,
    table: 'documents',
    column: 'noi_nhan',
  },
  { field: 'ghiChu', limit: 500, label: /Ghi chú/, table: 'documents', column: 'ghi_chu' },
]

const ISSUE: readonly Case[] = [
  { field: 'trichYeu', limit: 500, label: /Trích yếu/, table: 'documents', column: 'trich_yeu' },
  { field: 'nguoiKy', limit: 50, label: /người ký/i, table: 'documents', column: 'nguoi_ky' },
  {
    field: 'chucVuNguoiKy',
    limit: 100,
    label: /Chức vụ người ký/,
    table: 'documents',
    column: 'chuc_vu_nguoi_ky',
  },
  {
    field: 'thamQuyenChucVu',
    limit: 100,
    label: /Chức danh ký thay/,
    table: 'documents',
    column: 'tham_quyen_chuc_vu',
    with: { thamQuyen: 'kt' },
  },
  { field: 'ghiChu', limit: 500, label: /Ghi chú/, table: 'documents', column: 'ghi_chu' },
]

const DRAFT: readonly Case[] = [
  { field: 'trichYeu', limit: 500, label: /Trích yếu/, table: 'drafts', column: 'trich_yeu' },
  { field: 'ghiChu', limit: 500, label: /Ghi chú/, table: 'drafts', column: 'ghi_chu' },
]

let template: Template
beforeAll(async () => {
  template = await makeTemplate()
})
afterAll(() => {
  template.cleanup()
})

async function probe(
  core: Core,
  token: string,
  method: string,
  base: (i: number) => Record<string, unknown>,
  cases: readonly Case[],
): Promise<void> {
  let i = 0
  for (const c of cases) {
    const at = textOf(c.limit)
    const before = fingerprint(core)
    const past = await callAs(core, token, method, { ...base(i++), ...c.with, [c.field]: at + 'a' })
    expect(past.ok, `${method} ${c.field} at ${c.limit + 1}`).toBe(false)
    if (!past.ok) {
      expect(past.error.code).toBe('VALIDATION')
      expect(past.error.fields?.[c.field], c.field).toMatch(c.label)
      expect(past.error.fields?.[c.field], c.field).toContain(String(c.limit))
    }
    expect(fingerprint(core), `${method} ${c.field}: refused but changed`).toBe(before)
    for (const typed of [at, at.normalize('NFD')]) {
      const r = await callAs(core, token, method, { ...base(i++), ...c.with, [c.field]: typed })
      expect(r, `${method} ${c.field} at ${c.limit}`).toMatchObject({ ok: true })
      const id = r.ok ? (r.value as { id: number }).id : -1
      const stored = core.db
        .prepare<[number], Record<string, unknown>>(
          `SELECT ${c.column} AS v FROM ${c.table} WHERE id = ?`,
        )
        .get(id)
      expect(stored?.v, `${method} ${c.field} stored whole`).toBe(at)
    }
  }
}

describe('text fields at and past their limits', () => {
  it('documents.registerIncoming', async () => {
    const core = copyOf(template, 'limits-incoming')
    try {
      await probe(
        core,
        template.tokens.clerk,
        'documents.registerIncoming',
        (i) => ({ ...incoming({ so: String(500 + i) }), acceptDuplicate: true }),
        INCOMING,
      )
    } finally {
      await core.remove()
    }
  })

  it('outgoing.issue', async () => {
    const core = copyOf(template, 'limits-issue')
    try {
      await probe(
        core,
        template.tokens.clerk,
        'outgoing.issue',
        () => ({
          loaiVanBan: 'quyet_dinh',
          trichYeu: 'Về việc ban hành kế hoạch',
          nguoiKy: 'Nguyễn Văn Hùng',
        }),
        ISSUE,
      )
    } finally {
      await core.remove()
    }
  })

  it('drafts.create', async () => {
    const core = copyOf(template, 'limits-draft')
    try {
      const file = core.db
        .prepare<[], { sha256: string }>("SELECT sha256 FROM files WHERE mime <> 'application/pdf'")
        .get()
      const ref = { sha256: file?.sha256 ?? '', name: 'du-thao.docx' }
      await probe(
        core,
        template.tokens.drafter,
        'drafts.create',
        () => draftInput(core, ref),
        DRAFT,
      )
    } finally {
      await core.remove()
    }
  })
})
