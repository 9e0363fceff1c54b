import { BookOutlined } from '@ant-design/icons'
import { useState, type ReactElement } from 'react'
import { Link } from 'react-router'
import type { Register } from '../../../../shared/api/document-types'
import { useIncomingRegisterReport } from '../../api/reports'
import { ReportCard } from './report-card'
import { PeriodField, RegisterField } from './report-fields'
import { isoPeriod, periodWords, thisMonth, type Period } from './report-period'
import { useReportDownload } from './use-report-download'

type Props = Readonly<{ registers: readonly Register[]; loading: boolean }>

/**
 * The Sổ đăng ký văn bản đến, the same print as "In sổ" on the register screen
 * (reports.incomingRegister, the same file names), with the register to choose here.
 */
export function IncomingRegisterCard({ registers, loading }: Props): ReactElement {
  const [chosen, setChosen] = useState<number | undefined>()
  const [period, setPeriod] = useState<Period>(thisMonth)
  const report = useIncomingRegisterReport()
  const { pending, download } = useReportDownload()
  const registerId = chosen ?? registers[0]?.id
  const { from, to } = isoPeriod(period)

  return (
    <ReportCard
      title="Sổ đăng ký văn bản đến"
      icon={<BookOutlined />}
      description="Văn bản đến theo ngày đến, đủ 10 cột của mẫu sổ (Nghị định 30/2020/NĐ-CP, Phụ lục IV), để in và đóng quyển."
      extra={<Link to="/van-ban-den/so">Xem sổ trên màn hình</Link>}
      pending={pending}
      disabled={registerId === undefined}
      onDownload={(format) =>
        void download(format, {
          fetch: (f) => report.mutateAsync({ registerId: registerId ?? 0, from, to, format: f }),
          baseName: `So-van-ban-den_${from}_${to}`,
          done: `Đã tải sổ văn bản đến ${periodWords(period)}.`,
        })
      }
    >
      <RegisterField
        id="report-register-register"
        registers={registers}
        loading={loading}
        value={registerId}
        onChange={setChosen}
      />
      <PeriodField id="report-register-period" value={period} onChange={setPeriod} />
    </ReportCard>
  )
}
