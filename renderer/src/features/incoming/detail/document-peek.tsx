import { Drawer, Spin } from 'antd'
import type { ReactElement } from 'react'
import { useDocument } from '../../../api/documents'
import { LoadError } from '../../../ui/status'
import { DocumentView } from './document-view'

type Props = Readonly<{ id: number | null; onClose: () => void }>

/**
 * A look at a document already in the register, without leaving the form being filled:
 * what the clerk needs to decide whether the new one is a duplicate.
 */
export function DocumentPeek({ id, onClose }: Props): ReactElement {
  const doc = useDocument(id)
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={760}
      title={
        doc.data ? `Văn bản đến số ${doc.data.soDen ?? '—'}: ${doc.data.soKyHieu}` : 'Văn bản đã có'
      }
      destroyOnHidden
    >
      {doc.isError ? <LoadError error={doc.error} onRetry={() => void doc.refetch()} /> : null}
      {doc.isPending && id !== null ? <Spin /> : null}
      {doc.data ? <DocumentView doc={doc.data} compact /> : null}
    </Drawer>
  )
}
