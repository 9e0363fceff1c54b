import { CheckOutlined, EditOutlined, RollbackOutlined, SwapOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { DocumentDetail } from '../../../../../shared/api/document-types'
import { useReceive } from '../../../api/outgoing'
import { RecallModal } from './recall-modal'

/**
 * What the caller may do to the document, exactly as the core says (OutgoingInfo.actions):
 * acknowledge it for their unit, replace or correct it, recall it.
 */
export function OutgoingActions({ doc }: { doc: DocumentDetail }): ReactElement | null {
  const actions = doc.outgoing?.actions
  const navigate = useNavigate()
  const receive = useReceive()
  const { message } = App.useApp()
  const [recalling, setRecalling] = useState(false)
  if (!actions) {
    return null
  }
  const onReceive = (): void => {
    receive
      .mutateAsync({ id: doc.id })
      .then(() => void message.success(`Đơn vị đã nhận văn bản ${doc.soKyHieu}.`))
      .catch(
        (err: unknown) =>
          void message.error(err instanceof Error ? err.message : 'Không ghi nhận được.'),
      )
  }
  return (
    <>
      {actions.receive ? (
        <Button
          type="primary"
          icon={<CheckOutlined aria-hidden />}
          loading={receive.isPending}
          onClick={onReceive}
        >
          Đã nhận
        </Button>
      ) : null}
      {actions.replace ? (
        <Button
          icon={<SwapOutlined aria-hidden />}
          onClick={() => void navigate(`/van-ban-di/ban-hanh?replaces=${doc.id}`)}
        >
          Thay thế
        </Button>
      ) : null}
      {actions.correct ? (
        <Button
          icon={<EditOutlined aria-hidden />}
          onClick={() => void navigate(`/van-ban-di/ban-hanh?corrects=${doc.id}`)}
        >
          Đính chính
        </Button>
      ) : null}
      {actions.recall ? (
        <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setRecalling(true)}>
          Thu hồi
        </Button>
      ) : null}
      {recalling ? <RecallModal doc={doc} onClose={() => setRecalling(false)} /> : null}
    </>
  )
}
