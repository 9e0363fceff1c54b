import { Empty, Tag, Timeline, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { DraftAction, DraftStep } from '../../../../../shared/api/outgoing-types'
import { draftActionLabels } from '../../../../../shared/api/outgoing-types'
import { formatDateTime } from '../../../ui/format'

// Green moves the draft on, red sends it back or ends it, blue is everything else.
const colours: Readonly<Record<DraftAction, string>> = {
  tao: 'blue',
  sua: 'blue',
  trinh: 'blue',
  gop_y: 'gray',
  chuyen: 'blue',
  duyet: 'green',
  tra_lai: 'red',
  dat_the_thuc: 'green',
  ky_duyet: 'green',
  ban_hanh: 'green',
  huy: 'red',
}

function Entry({ step }: { step: DraftStep }): ReactElement {
  return (
    <div data-testid={`draft-step-${step.action}`}>
      <Typography.Text strong>{draftActionLabels[step.action]}</Typography.Text>
      {step.to ? <Typography.Text> → {step.to.name}</Typography.Text> : null}
      <Tag style={{ marginLeft: 8 }}>phiên bản {step.version}</Tag>
      <div className="draft-history__meta">
        <Typography.Text type="secondary">
          {step.actor.name}
          {step.actor.position ? ` · ${step.actor.position}` : ''} · {formatDateTime(step.at)}
        </Typography.Text>
      </div>
      {step.comment ? <p className="draft-history__comment">{step.comment}</p> : null}
    </div>
  )
}

/** "Lịch sử xử lý": every step, who took it, when, what they said and which version they saw. */
export function DraftHistory({ steps }: { steps: readonly DraftStep[] }): ReactElement {
  if (steps.length === 0) {
    return <Empty description="Chưa có bước xử lý nào." />
  }
  return (
    <Timeline
      className="draft-history"
      items={steps.map((s) => ({
        key: s.id,
        color: colours[s.action],
        content: <Entry step={s} />,
      }))}
    />
  )
}
