import { Empty, Tag, Typography } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { FlowStep } from '../../../../shared/api/task-types'
import { formatDate, formatDateTime } from '../../ui/format'

type Recipient = FlowStep['to'][number]

const levels: readonly { level: FlowStep['level']; title: string; empty: string }[] = [
  { level: 0, title: 'Trình', empty: 'Chưa trình lãnh đạo.' },
  { level: 1, title: '1. Ý kiến lãnh đạo cơ quan', empty: 'Chưa có ý kiến chỉ đạo.' },
  { level: 2, title: '2. Lãnh đạo đơn vị phân công', empty: 'Chưa phân công người xử lý.' },
  { level: 3, title: '3. Người xử lý đề xuất / kết quả', empty: 'Chưa có đề xuất, kết quả.' },
]

const kindLabels: Readonly<Record<FlowStep['kind'], string>> = {
  trinh: 'Trình',
  chi_dao: 'Ý kiến chỉ đạo',
  phan_cong: 'Phân công',
  de_xuat: 'Báo cáo, đề xuất',
  hoan_thanh: 'Hoàn thành',
}

const roleLabels: Readonly<Record<Recipient['role'], string>> = {
  chu_tri: 'Chủ trì',
  phoi_hop: 'Phối hợp',
  de_biet: 'Để biết',
  xu_ly: 'Xử lý',
  trinh: 'Trình',
}

const roleColours: Readonly<Record<Recipient['role'], string>> = {
  chu_tri: 'blue',
  phoi_hop: 'cyan',
  de_biet: 'default',
  xu_ly: 'geekblue',
  trinh: 'default',
}

function Recipients({ to }: { to: FlowStep['to'] }): ReactElement | null {
  if (to.length === 0) {
    return null
  }
  return (
    <div className="flow-step__to">
      {to.map((r) => (
        <Tag key={`${r.role}-${r.kind}-${r.id}`} color={roleColours[r.role]}>
          <b>{roleLabels[r.role]}:</b> {r.name}
          {r.deadline ? ` · hạn ${formatDate(r.deadline)}` : ''}
        </Tag>
      ))}
    </div>
  )
}

function Step({ step }: { step: FlowStep }): ReactElement {
  return (
    <li className="flow-step" data-testid={`flow-step-${step.kind}`}>
      <div className="flow-step__head">
        <Typography.Text strong>{step.actor.name}</Typography.Text>
        {step.actor.detail ? (
          <Typography.Text type="secondary"> · {step.actor.detail}</Typography.Text>
        ) : null}
        <Typography.Text type="secondary" className="flow-step__at">
          {kindLabels[step.kind]} · {formatDateTime(step.at)}
        </Typography.Text>
      </div>
      {step.recordedBy ? (
        <Typography.Text type="secondary" italic className="flow-step__recorded">
          {step.onPaper
            ? `Văn thư ${step.recordedBy.name} ghi thay (ý kiến trên giấy)`
            : `${step.recordedBy.name} ghi thay`}
        </Typography.Text>
      ) : null}
      {step.text ? (
        <p className={`flow-step__text${step.kind === 'chi_dao' ? ' flow-step__text--pen' : ''}`}>
          {step.text}
        </p>
      ) : null}
      <Recipients to={step.to} />
      {step.taskId !== null && step.kind === 'chi_dao' ? (
        <Link to={`/cong-viec/${step.taskId}`} className="flow-step__task">
          Xem nhiệm vụ đã giao
        </Link>
      ) : null}
    </li>
  )
}

/** The Phiếu giải quyết văn bản đến, level by level, as the paper form has it (NĐ 30 Phụ lục IV). */
export function FlowSteps({ steps }: { steps: readonly FlowStep[] }): ReactElement {
  if (steps.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="Văn bản chưa được trình, chưa có ý kiến chỉ đạo."
      />
    )
  }
  return (
    <div className="flow-levels">
      {levels
        .filter((l) => l.level > 0 || steps.some((s) => s.level === 0))
        .map((l) => {
          const mine = steps.filter((s) => s.level === l.level)
          return (
            <section key={l.level} className="flow-level" aria-label={l.title}>
              <Typography.Text className="flow-level__title">{l.title}</Typography.Text>
              {mine.length > 0 ? (
                <ol className="flow-level__steps">
                  {mine.map((s) => (
                    <Step key={s.id} step={s} />
                  ))}
                </ol>
              ) : (
                <Typography.Text type="secondary" className="flow-level__empty">
                  {l.empty}
                </Typography.Text>
              )}
            </section>
          )
        })}
    </div>
  )
}
