import { Alert, Spin } from 'antd'
import { useState, type ReactElement } from 'react'
import type { IntakeItem } from '../../../../../shared/api/document-types'
import { useSearchParams } from 'react-router'
import { useDocumentTypes } from '../../../api/catalog'
import { useIntake } from '../../../api/intake'
import { useRegisters } from '../../../api/registers'
import { LoadError } from '../../../ui/status'
import { IncomingEditor } from './incoming-editor'

/** The "Vào sổ" tab; `?intake=<id>` starts from a file waiting in the queue. */
export function RegistrationScreen(): ReactElement {
  const [params] = useSearchParams()
  const intakeId = Number(params.get('intake') ?? '')
  const wantsIntake = Number.isInteger(intakeId) && intakeId > 0
  const registers = useRegisters('in')
  const types = useDocumentTypes()
  const intake = useIntake(wantsIntake)
  // Held once found: saving takes the item out of the queue, and the form must not vanish then.
  const [pinned, setPinned] = useState<IntakeItem | null>(null)
  const found = wantsIntake ? intake.data?.find((i) => i.id === intakeId) : undefined
  if (found && pinned?.id !== found.id) {
    setPinned(found)
  }

  const failed = registers.error ?? types.error ?? (wantsIntake ? intake.error : null)
  if (failed) {
    return <LoadError error={failed} onRetry={() => void registers.refetch()} />
  }
  if (!registers.data || !types.data || (wantsIntake && !intake.data)) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />
  }
  if (registers.data.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        title="Chưa có sổ văn bản đến nào đang dùng"
        description="Quản trị cần tạo hoặc mở lại một sổ văn bản đến trước khi vào sổ."
      />
    )
  }
  const item = wantsIntake ? (found ?? (pinned?.id === intakeId ? pinned : null)) : null
  return (
    <>
      {wantsIntake && !item ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Tệp này không còn trong danh sách chờ vào sổ (có thể người khác đã vào sổ hoặc bỏ qua)."
        />
      ) : null}
      <IncomingEditor
        key={item ? `intake-${item.id}` : 'new'}
        mode={{ kind: 'create', intake: item }}
        registers={registers.data}
        types={types.data}
      />
    </>
  )
}
