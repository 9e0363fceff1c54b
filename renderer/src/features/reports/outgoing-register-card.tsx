import { SendOutlined } from '@ant-design/icons'
import { Select } from 'antd'
import { useState, type ReactElement } from 'react'
import { Link } from 'react-router'
import { useOutgoingRegisterReport } from '../../api/outgoing'
import { useRegisters } from '../../api/registers'
import { ReportCard } from './report-card'
import { Field, PeriodField } from './report-fields'
import { isoPeriod, periodWords, thisMonth, type Period } from './report-period'
import { useReportDownload } from './use-report-download'

/**
 * The Sổ đăng ký văn bản đi, the same print as "In sổ" on the outgoing register screen
 * (reports.outgoingRegister, the same file names), by ngày ban hành.
 */
export function OutgoingRegisterCard(): ReactElement {
  const registers = useRegisters('out')
  const list = registers.data ?? []
  const [chosen, setChosen] = useState<number | undefined>()
  const [period, setPeriod] = useState<Period>(thisMonth)
  const report = useOutgoingRegisterReport()
  const { pending, download } = useReportDownload()
  const registerId = chosen ?? list[0]?.id
  const { from, to } = isoPeriod(period)

  return (
    <ReportCard
      title="Sổ đăng ký văn bản đi"
      icon={<SendOutlined />}
      description="Văn bản đi theo ngày ban hành, đủ 10 cột của mẫu sổ (Nghị định 30/2020/NĐ-CP, Phụ lục IV), để in và đóng quyển."
      extra={<Link to="/van-ban-di/so">Xem sổ trên màn hình</Link>}
      pending={pending}
      disabled={registerId === undefined}
      onDownload={(format) =>
        void download(format, {
          fetch: (f) => report.mutateAsync({ registerId: registerId ?? 0, from, to, format: f }),
          baseName: `So-van-ban-di_${from}_${to}`,
          done: `Đã tải sổ văn bản đi ${periodWords(period)}.`,
        })
      }
    >
      <Field id="report-outgoing-register" label="Sổ văn bản đi">
        <Select<number>
          id="report-outgoing-register"
          loading={registers.isLoading}
          value={registerId}
          onChange={setChosen}
          options={list.map((r) => ({ value: r.id, label: r.name }))}
          placeholder="Chọn sổ"
          notFoundContent="Chưa có sổ văn bản đi"
          style={{ width: 220 }}
        />
      </Field>
      <PeriodField id="report-outgoing-period" value={period} onChange={setPeriod} />
    </ReportCard>
  )
}
