import { Spin } from 'antd'
import type { ReactElement } from 'react'
import { useSearchParams } from 'react-router'
import { useDocumentTypes } from '../../../api/catalog'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { DraftEditor } from './draft-editor'

const idParam = (v: string | null): number | null => {
  const n = Number(v ?? '')
  return Number.isInteger(n) && n > 0 ? n : null
}

/**
 * `/van-ban-di/du-thao/moi`; `?replyTo=ID&task=ID` when opened from an incoming document or a
 * task, so the answer is already linked.
 */
export function DraftCreateScreen(): ReactElement {
  const [params] = useSearchParams()
  const replyTo = idParam(params.get('replyTo'))
  const taskId = idParam(params.get('task'))
  const types = useDocumentTypes()
  return (
    <>
      <PageHeader
        title="Soạn dự thảo"
        description={
          replyTo || taskId
            ? 'Văn bản trả lời: văn bản đến và nhiệm vụ đã được điền sẵn.'
            : 'Loại văn bản, trích yếu, nơi nhận và tệp dự thảo; lưu rồi trình duyệt.'
        }
      />
      {types.isError ? (
        <LoadError error={types.error} onRetry={() => void types.refetch()} />
      ) : !types.data ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : (
        <DraftEditor
          key={`${replyTo ?? 0}-${taskId ?? 0}`}
          mode={{ kind: 'create', replyTo, taskId }}
          types={types.data}
        />
      )}
    </>
  )
}
