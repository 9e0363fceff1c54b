import { FundOutlined } from '@ant-design/icons'
import { useState, type ReactElement } from 'react'
import type { Unit } from '../../../../shared/api/types'
import { useTaskReport } from '../../api/reports'
import { ReportCard } from './report-card'
import { PeriodField, UnitField } from './report-fields'
import { isoPeriod, periodWords, thisMonth, type Period } from './report-period'
import { useReportDownload } from './use-report-download'

type Props = Readonly<{ units: readonly Unit[] }>

/** Báo cáo tình hình thực hiện nhiệm vụ: the dashboard's figures, per unit, to send upward. */
export function TaskReportCard({ units }: Props): ReactElement {
  const [unitId, setUnitId] = useState<number | undefined>()
  const [period, setPeriod] = useState<Period>(thisMonth)
  const report = useTaskReport()
  const { pending, download } = useReportDownload()
  const { from, to } = isoPeriod(period)
  const unit = units.find((u) => u.id === unitId)
  const suffix = unit && unit.parentId !== null ? `_${unit.shortName}` : ''

  return (
    <ReportCard
      title="Báo cáo tình hình thực hiện nhiệm vụ"
      icon={<FundOutlined />}
      description="Nhiệm vụ giao trong kỳ theo từng đơn vị: đã hoàn thành đúng hạn, quá hạn; chưa hoàn thành trong hạn, quá hạn; tỷ lệ hoàn thành và quá hạn; kèm danh sách nhiệm vụ quá hạn. Số liệu tính đến cuối kỳ (hoặc hôm nay), khớp với màn hình Tổng quan."
      pending={pending}
      onDownload={(format) =>
        void download(format, {
          fetch: (f) => report.mutateAsync({ from, to, format: f, ...(unitId ? { unitId } : {}) }),
          baseName: `Bao-cao-nhiem-vu_${from}_${to}${suffix}`,
          done: `Đã tải báo cáo tình hình thực hiện nhiệm vụ ${periodWords(period)}.`,
        })
      }
    >
      <UnitField id="report-task-unit" units={units} value={unitId} onChange={setUnitId} />
      <PeriodField id="report-task-period" value={period} onChange={setPeriod} />
    </ReportCard>
  )
}
