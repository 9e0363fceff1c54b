import { Result, Spin } from 'antd'
import type { ReactElement } from 'react'
import { useParams } from 'react-router'
import { draftStatusLabels } from '../../../../../shared/api/outgoing-types'
import { useDocumentTypes } from '../../../api/catalog'
import { useDraft } from '../../../api/drafts'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { DraftEditor } from './draft-editor'

/** `/van-ban-di/du-thao/:id/sua`: the drafter corrects the draft while it is with them. */
export function DraftEditScreen(): ReactElement {
  const { id } = useParams()
  const draftId = Number(id)
  const draft = useDraft(Number.isInteger(draftId) && draftId > 0 ? draftId : null)
  const types = useDocumentTypes()
  const failed = draft.error ?? types.error
  if (failed) {
    return (
      <LoadError
        title="Không mở được dự thảo"
        error={failed}
        onRetry={() => void draft.refetch()}
      />
    )
  }
  if (!draft.data || !types.data) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />
  }
  const d = draft.data
  return (
    <>
      <PageHeader
        title="Sửa dự thảo"
        description={`Phiên bản ${d.version} · ${draftStatusLabels[d.status]}. Tệp mới sẽ thành phiên bản ${d.version + 1}.`}
      />
      {d.actions.edit ? (
        // Keyed by version: a refetch after someone else's step starts the form afresh.
        <DraftEditor
          key={`${d.id}-${d.version}`}
          mode={{ kind: 'edit', draft: d }}
          types={types.data}
        />
      ) : (
        <Result
          status="info"
          title="Dự thảo này không sửa được lúc này"
          subTitle={`Dự thảo đang ở bước "${draftStatusLabels[d.status]}"; chỉ người soạn sửa được khi dự thảo còn ở mình hoặc bị trả lại.`}
        />
      )}
    </>
  )
}
