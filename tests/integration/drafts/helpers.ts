import type { Core } from '../../../electron/core/core'
import type { Input } from '../../../shared/api/contract'
import type { InboxBox } from '../../../shared/api/task-types'
import { idOf, type Caller } from '../tasks/helpers'

/** Uploads a small content file (a .docx as the drafter would attach) and returns its ref. */
export async function uploadDraftFile(
  c: Caller,
  name: string,
  text: string,
): Promise<{ sha256: string; name: string }> {
  const up = await c.ok('files.upload', { name, bytes: new TextEncoder().encode(text) })
  return { sha256: up.sha256, name }
}

export const unitId = (core: Core, shortName: string): number => idOf(core, 'units', shortName)
export const userId = (core: Core, username: string): number => idOf(core, 'users', username)

/** A công văn of Phòng Tổng hợp with one content file, as cv.tonghop1 would fill it in. */
export function draftInput(
  core: Core,
  file: { sha256: string; name: string },
  over: Partial<Input<'drafts.create'>> = {},
): Input<'drafts.create'> {
  return {
    loaiVanBan: 'cong_van',
    trichYeu: 'V/v báo cáo tình hình kinh tế - xã hội quý I năm 2026',
    draftingUnitId: unitId(core, 'TH'),
    recipients: [
      { kind: 'unit', unitId: unitId(core, 'KT') },
      { kind: 'outside', name: 'Sở Tài chính' },
    ],
    signerId: userId(core, 'chutich'),
    files: [file],
    ...over,
  }
}

/** The badge of one inbox box, checked against the rows the box opens. */
export async function box(c: Caller, name: InboxBox): Promise<number> {
  const n = (await c.ok('inbox.summary', {}))[name]
  const rows = await c.ok('inbox.list', { box: name })
  if (rows.length !== n) {
    throw new Error(`${name}: badge ${n} but ${rows.length} rows`)
  }
  return n
}

export const draftCount = (core: Core): number =>
  (core.db.prepare('SELECT COUNT(*) AS n FROM drafts').get() as { n: number }).n

export const stepCount = (core: Core): number =>
  (core.db.prepare('SELECT COUNT(*) AS n FROM draft_steps').get() as { n: number }).n
