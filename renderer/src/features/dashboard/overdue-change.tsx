import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons'
import { Tooltip, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { Dashboard } from '../../../../shared/api/task-types'
import { formatDate } from '../../ui/format'
import { formatPercent, formatPoints } from './bucket-style'

type Props = Readonly<{ data: Dashboard }>

/**
 * How the overdue share moved since the previous period of the same length, in percentage
 * points. More overdue is worse, so up is red and down is green. With nothing given in the
 * previous period there is nothing to compare, and the card says so instead of "+0".
 */
export function OverdueChange({ data }: Props): ReactElement {
  const { previous, overdueChange } = data
  const range = `${formatDate(previous.from)} – ${formatDate(previous.to)}`
  if (previous.counts.total === 0) {
    return (
      <Tooltip title={`Kỳ trước: ${range}`}>
        <Typography.Text type="secondary" tabIndex={0}>
          Kỳ trước chưa có nhiệm vụ để so sánh
        </Typography.Text>
      </Tooltip>
    )
  }
  const tip = `Kỳ trước (${range}): ${formatPercent(previous.overduePercent)} quá hạn`
  if (overdueChange === 0) {
    return (
      <Tooltip title={tip}>
        <span className="overdue-change" tabIndex={0}>
          <MinusOutlined aria-hidden /> Không đổi so với kỳ trước
        </span>
      </Tooltip>
    )
  }
  const worse = overdueChange > 0
  const Arrow = worse ? ArrowUpOutlined : ArrowDownOutlined
  return (
    <Tooltip title={tip}>
      <span
        className="overdue-change"
        tabIndex={0}
        style={{ color: worse ? '#cf1322' : '#389e0d' }}
        data-testid="overdue-change"
      >
        <Arrow aria-hidden /> {worse ? 'Tăng' : 'Giảm'} {formatPoints(overdueChange)} điểm % so với
        kỳ trước
      </span>
    </Tooltip>
  )
}
