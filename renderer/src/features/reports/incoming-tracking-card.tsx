import { FileSearchOutlined } from '@ant-design/icons'
import { useState, type ReactElement } from 'react'
import type { Register } from '../../../../shared/api/document-types'
import { useIncomingTrackingReport } from '../../api/reports'
import { ReportCard } from './report-card'
import { PeriodField, RegisterField } from './report-fields'
import { isoPeriod, periodWords, thisMonth, type Period } from './report-period'
import { useReportDownload } from './use-report-download'

type Props = Readonly<{ registers: readonly Register[]; loading: boolean }>

/** Sổ theo dõi giải quyết văn bản đến: who handles each document, by when, and how far. */
export function IncomingTrackingCard({ registers, loading }: Props): ReactElement {
  const [chosen, setChosen] = useState<number | undefined>()
  const [period, setPeriod] = useState<Period>(thisMonth)
  const report = useIncomingTrackingReport()
  const { pending, download } = useReportDownload()
  const registerId = chosen ?? registers[0]?.id
  const { from, to } = isoPeriod(period)

  return (
    <ReportCard
      title="Sổ theo dõi giải quyết văn bản đến"
      icon={<FileSearchOutlined />}
      description="Mỗi văn bản đến trong kỳ: đơn vị hoặc người chủ trì, thời hạn và tiến độ giải quyết (7 cột của mẫu sổ, Phụ lục IV)."
      pending={pending}
      disabled={registerId === undefined}
      onDownload={(format) =>
        void download(format, {
          fetch: (f) => report.mutateAsync({ registerId: registerId ?? 0, from, to, format: f }),
          baseName: `So-theo-doi-giai-quyet_${from}_${to}`,
          done: `Đã tải sổ theo dõi giải quyết văn bản đến ${periodWords(period)}.`,
        })
      }
    >
      <RegisterField
        id="report-tracking-register"
        registers={registers}
        loading={loading}
        value={registerId}
        onChange={setChosen}
      />
      <PeriodField id="report-tracking-period" value={period} onChange={setPeriod} />
    </ReportCard>
  )
}
