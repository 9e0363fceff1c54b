import { Card } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import { Link } from 'react-router'

type Props = Readonly<{
  title: string
  /** The number as shown ("12", "8,5%"). */
  value: string
  /** The list the number counts. */
  to: string
  color?: string
  /** What the link says to a screen reader: the number with its meaning. */
  linkLabel: string
  footer?: ReactNode
  testId: string
}>

/** One figure of the overview; the figure itself opens the list behind it. */
export function StatCard({
  title,
  value,
  to,
  color,
  linkLabel,
  footer,
  testId,
}: Props): ReactElement {
  return (
    <Card size="small" className="stat-card" data-testid={testId}>
      <div className="stat-card__title">{title}</div>
      <Link to={to} className="stat-card__value" style={{ color }} aria-label={linkLabel}>
        {value}
      </Link>
      {footer ? <div className="stat-card__footer">{footer}</div> : null}
    </Card>
  )
}
