import { Flex, Result } from 'antd'
import type { ReactElement } from 'react'
import { useRegisters } from '../../api/registers'
import { useUnits } from '../../api/units'
import { useCurrentUser } from '../../app/current-user'
import { PageHeader } from '../../ui/page-header'
import { IncomingRegisterCard } from './incoming-register-card'
import { IncomingTrackingCard } from './incoming-tracking-card'
import { OutgoingRegisterCard } from './outgoing-register-card'
import { TaskReportCard } from './task-report-card'
import './reports.css'

/** "Báo cáo": the registers of NĐ 30 and the periodic task report, each to PDF or Excel. */
export function ReportsScreen(): ReactElement {
  const user = useCurrentUser()
  // The core refuses these reports to anyone but leaders and clerks; say so instead of failing.
  const allowed = user.roles.some((r) => r === 'lanh_dao' || r === 'van_thu')
  const registers = useRegisters('in')
  const units = useUnits()

  if (!allowed) {
    return (
      <Result
        status="403"
        title="Không có quyền lập báo cáo"
        subTitle="Sổ văn bản và báo cáo nhiệm vụ dành cho lãnh đạo và văn thư."
      />
    )
  }
  const list = registers.data ?? []
  return (
    <>
      <PageHeader
        title="Báo cáo"
        description="In sổ theo Nghị định 30/2020/NĐ-CP và báo cáo định kỳ, dạng PDF để in hoặc Excel để lưu, chỉnh sửa."
      />
      <Flex vertical gap={16}>
        <IncomingRegisterCard registers={list} loading={registers.isLoading} />
        <IncomingTrackingCard registers={list} loading={registers.isLoading} />
        <OutgoingRegisterCard />
        <TaskReportCard units={units.data ?? []} />
      </Flex>
    </>
  )
}
