import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { insertFile } from '../../../electron/core/files/repo'
import { checkIndex } from '../../../electron/core/search/doctor'
import { indexDocument, removeDocument } from '../../../electron/core/search/index'
import { reindexAll } from '../../../electron/core/search/rebuild'
import { pendingChanges, syncIndex } from '../../../electron/core/search/sync'
import { searchTasks } from '../../../electron/core/search/tasks'
import { register } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person } from '../tasks/helpers'
import { numbers, search, SYSTEM } from './helpers'

// Every write reaches the index: triggers queue the change in the writer's transaction and the
// next search applies it. A rebuild runs beside the live index and misses nothing written
// meanwhile; the doctor's check sees an index that disagrees with the database.

let t: TempCore
beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
})
afterEach(async () => {
  await t.cleanup()
})

const docId = (so: string): number =>
  (t.core.db.prepare('SELECT id FROM documents WHERE so = ?').get(so) as { id: number }).id

describe('keeping the index in step', () => {
  it('finds a document as soon as it is registered, and its new words once edited', async () => {
    await register(t.core, {
      so: '12',
      kyHieu: 'KH-UBND',
      trichYeu: 'Kế hoạch phòng chống lụt bão',
    })
    expect(pendingChanges(t.core.db)).toBeGreaterThan(0)
    expect(numbers(search(t.core, SYSTEM, 'phong chong lut bao'))).toEqual(['12/KH-UBND'])
    expect(pendingChanges(t.core.db)).toBe(0)

    await t.core.invoke(
      'documents.updateIncoming',
      { id: docId('12'), trichYeu: 'Kế hoạch ứng phó hạn hán' },
      { system: 'test' },
    )
    expect(search(t.core, SYSTEM, 'lut bao').total).toBe(0)
    expect(numbers(search(t.core, SYSTEM, 'ung pho han han'))).toEqual(['12/KH-UBND'])
  })

  it('indexes the text of attachments, directions and tasks as the body', async () => {
    t.core.db.transaction(() =>
      insertFile(
        t.core.db,
        {
          sha256: 'a'.repeat(64),
          size: 100,
          mime: 'application/pdf',
          pages: 1,
          textStatus: 'text',
          body: 'Điều 1. Giao Sở Nông nghiệp chủ trì kiểm tra đê điều trước mùa mưa lũ.',
          firstPageLines: [],
        },
        null,
        new Date().toISOString(),
      ),
    )()
    await register(t.core, {
      so: '30',
      kyHieu: 'CV-SNN',
      trichYeu: 'Về công tác chuẩn bị',
      files: [{ sha256: 'a'.repeat(64), name: 'cv30.pdf' }],
    })
    const body = search(t.core, SYSTEM, 'kiem tra de dieu')
    expect(numbers(body)).toEqual(['30/CV-SNN'])
    expect(body.hits[0]?.snippet?.text).toContain('kiểm tra đê điều')
    const snippet = body.hits[0]?.snippet
    expect(snippet?.marks.map(([a, b]) => snippet.text.slice(a, b))).toContain('kiểm tra đê điều')

    const clerk = await person(t.core, 'vanthu')
    const chutich = await person(t.core, 'chutich')
    await clerk.ok('documents.present', {
      documentId: docId('30'),
      leaderId: idOf(t.core, 'users', 'chutich'),
    })
    await chutich.ok('documents.direct', {
      documentId: docId('30'),
      comment: 'Giao Phòng Kinh tế rà soát phương án di dời dân cư vùng sạt lở.',
      task: {
        lead: { unitId: idOf(t.core, 'units', 'KT') },
        support: [],
        inform: [],
        deadline: '2026-03-20',
        title: 'Rà soát phương án sơ tán hộ dân ven sông',
      },
    })
    expect(numbers(search(t.core, SYSTEM, 'di doi dan cu'))).toEqual(['30/CV-SNN'])
    expect(numbers(search(t.core, SYSTEM, 'so tan ho dan'))).toEqual(['30/CV-SNN'])
    const tasks = searchTasks(t.core.db, SYSTEM, { q: 'so tan ho dan', limit: 10 })
    expect(tasks.hits.map((h) => h.documentId)).toEqual([docId('30')])
    expect(tasks.hits[0]?.titleMarks.length).toBeGreaterThan(0)
  })

  it('forgets a removed document, and a writer may index one at once', async () => {
    await register(t.core, { so: '7', kyHieu: 'TB-UBND', trichYeu: 'Thông báo lịch tiếp công dân' })
    syncIndex(t.core.db)
    const id = docId('7')
    removeDocument(t.core.db, id)
    expect(search(t.core, SYSTEM, 'tiep cong dan').total).toBe(0)
    indexDocument(t.core.db, id)
    expect(search(t.core, SYSTEM, 'tiep cong dan').total).toBe(1)
    t.core.db.prepare('DELETE FROM document_files WHERE document_id = ?').run(id)
    t.core.db.prepare('DELETE FROM documents WHERE id = ?').run(id)
    expect(search(t.core, SYSTEM, 'tiep cong dan').total).toBe(0)
  })

  it('rebuilds beside the live index and keeps what was written during the rebuild', async () => {
    for (let i = 1; i <= 30; i++) {
      await register(t.core, {
        so: String(100 + i),
        kyHieu: 'BC-UBND',
        trichYeu: `Báo cáo tuần ${i}`,
      })
    }
    syncIndex(t.core.db)
    let wrote = false
    const result = reindexAll(t.core.db, {
      batchSize: 10,
      onProgress: () => {
        // Search answers from the live index while the rebuild runs…
        expect(search(t.core, SYSTEM, 'bao cao tuan').total).toBe(wrote ? 29 : 30)
        if (!wrote) {
          wrote = true
          // …and a document registered meanwhile is found once the rebuild is in place.
          t.core.db
            .prepare("UPDATE documents SET trich_yeu = 'Báo cáo tháng 13' WHERE so = '101'")
            .run()
        }
      },
    })
    expect(result.documents).toBe(30)
    expect(numbers(search(t.core, SYSTEM, 'bao cao thang 13'))).toEqual(['101/BC-UBND'])
    expect(search(t.core, SYSTEM, 'bao cao tuan').total).toBe(29)
    expect(checkIndex(t.core.db).ok).toBe(true)
  })

  it('reports an index that disagrees with the database until it is rebuilt', async () => {
    await register(t.core, {
      so: '9',
      kyHieu: 'QĐ-UBND',
      trichYeu: 'Quyết định thành lập tổ công tác',
    })
    syncIndex(t.core.db)
    expect(checkIndex(t.core.db)).toMatchObject({ ok: true, missingDocuments: 0 })
    t.core.db.prepare('DELETE FROM search_meta WHERE rowid = ?').run(docId('9'))
    const check = checkIndex(t.core.db)
    expect(check.ok).toBe(false)
    expect(check.missingDocuments).toBe(1)
    expect(check.problems[0]).toMatch(/vanthu reindex/)
    reindexAll(t.core.db)
    expect(checkIndex(t.core.db).ok).toBe(true)
  })
})
