import { Spin } from 'antd'
import type { ReactElement } from 'react'
import { useParams } from 'react-router'
import { useDocumentTypes } from '../../../api/catalog'
import { useDocument } from '../../../api/documents'
import { useRegisters } from '../../../api/registers'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { IncomingEditor } from '../form/incoming-editor'

/** `/van-ban-den/:id/sua`: the registration form again, on a registered document. */
export function EditScreen(): ReactElement {
  const { id } = useParams()
  const docId = Number(id)
  const doc = useDocument(Number.isInteger(docId) && docId > 0 ? docId : null)
  const registers = useRegisters('in')
  const types = useDocumentTypes()
  const failed = doc.error ?? registers.error ?? types.error
  if (failed) {
    return <LoadError error={failed} onRetry={() => void doc.refetch()} />
  }
  if (!doc.data || !registers.data || !types.data) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />
  }
  return (
    <>
      <PageHeader
        title={`Sửa văn bản đến số ${doc.data.soDen ?? '—'}`}
        description="Số đến và sổ không đổi; mọi thay đổi được ghi vào lịch sử của văn bản."
      />
      <IncomingEditor
        key={doc.data.id}
        mode={{ kind: 'edit', doc: doc.data }}
        registers={registers.data}
        types={types.data}
      />
    </>
  )
}
