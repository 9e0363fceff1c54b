import { Button, Flex } from 'antd'
import { useState, type ReactElement } from 'react'
import type { TaskActions, TaskDetail } from '../../../../../shared/api/task-types'
import { useExplain, useRequestExplanation } from '../../../api/tasks'
import { AssignModal } from './assign-modal'
import { CompleteModal } from './complete-modal'
import { DecideExtensionModal } from './decide-extension-modal'
import { ExtensionModal } from './extension-modal'
import { ReopenModal } from './reopen-modal'
import { ReportModal } from './report-modal'
import { TextActionModal } from './text-action-modal'

type Action = keyof TaskActions

// In the order work goes: assign, report, ask for time, decide, explain, complete, reopen.
const buttons: readonly { action: Action; label: string; primary?: boolean }[] = [
  { action: 'assign', label: 'Phân công' },
  { action: 'decideExtension', label: 'Duyệt gia hạn', primary: true },
  { action: 'explain', label: 'Giải trình', primary: true },
  { action: 'report', label: 'Báo cáo tiến độ' },
  { action: 'requestExtension', label: 'Xin gia hạn' },
  { action: 'requestExplanation', label: 'Yêu cầu giải trình' },
  { action: 'complete', label: 'Hoàn thành', primary: true },
  { action: 'reopen', label: 'Mở lại' },
]

/** The buttons the core allows this person now, each opening its small dialog. */
export function TaskActionBar({ task }: { task: TaskDetail }): ReactElement | null {
  const [open, setOpen] = useState<Action | null>(null)
  const askExplanation = useRequestExplanation()
  const explain = useExplain()
  const allowed = buttons.filter((b) => task.actions[b.action])
  if (allowed.length === 0) {
    return null
  }
  const close = (): void => setOpen(null)
  const pendingExtension = task.extensions.find((x) => x.status === 'cho_duyet')
  const openQuestion = task.explanations.find((x) => x.answeredAt === null)
  return (
    <Flex gap={8} wrap className="task-actions" role="toolbar" aria-label="Thao tác">
      {allowed.map((b) => (
        <Button
          key={b.action}
          type={b.primary ? 'primary' : 'default'}
          onClick={() => setOpen(b.action)}
        >
          {b.label}
        </Button>
      ))}
      {open === 'assign' ? <AssignModal task={task} onClose={close} /> : null}
      {open === 'report' ? <ReportModal task={task} onClose={close} /> : null}
      {open === 'requestExtension' ? <ExtensionModal task={task} onClose={close} /> : null}
      {open === 'decideExtension' && pendingExtension ? (
        <DecideExtensionModal task={task} request={pendingExtension} onClose={close} />
      ) : null}
      {open === 'requestExplanation' ? (
        <TextActionModal
          title="Yêu cầu giải trình"
          label="Nội dung yêu cầu"
          field="question"
          maxLength={2000}
          submitLabel="Gửi yêu cầu"
          done="Đã gửi yêu cầu giải trình"
          send={(question) => askExplanation.mutateAsync({ id: task.id, question })}
          onClose={close}
        />
      ) : null}
      {open === 'explain' && openQuestion ? (
        <TextActionModal
          title="Giải trình"
          label="Nội dung giải trình"
          field="answer"
          maxLength={4000}
          submitLabel="Gửi giải trình"
          done="Đã gửi giải trình"
          context={<p className="task-question">{openQuestion.question}</p>}
          send={(answer) => explain.mutateAsync({ explanationId: openQuestion.id, answer })}
          onClose={close}
        />
      ) : null}
      {open === 'complete' ? <CompleteModal task={task} onClose={close} /> : null}
      {open === 'reopen' ? <ReopenModal task={task} onClose={close} /> : null}
    </Flex>
  )
}
