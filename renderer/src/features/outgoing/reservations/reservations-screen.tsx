import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Select, Table, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Reservation } from '../../../../../shared/api/outgoing-types'
import { useReservations } from '../../../api/outgoing'
import { useRegisters } from '../../../api/registers'
import { LoadError } from '../../../ui/status'
import { ReleaseModal } from './release-modal'
import { ReserveModal } from './reserve-modal'
import { reservationColumns } from './reservation-columns'

const thisYear = dayjs().year()
const years = Array.from({ length: 6 }, (_, i) => thisYear - i)

/** `/van-ban-di/lay-so`: numbers held for documents signed on paper, and what became of them. */
export function ReservationsScreen(): ReactElement {
  const [year, setYear] = useState<number | undefined>(thisYear)
  const [registerId, setRegisterId] = useState<number | undefined>()
  const registers = useRegisters('out')
  const list = useReservations({ year, registerId })
  const navigate = useNavigate()
  const [reserving, setReserving] = useState(false)
  const [releasing, setReleasing] = useState<Reservation | null>(null)
  const issueWith = (r: Reservation): void =>
    void navigate(`/van-ban-di/ban-hanh?reservation=${r.id}`)
  const holding = (list.data ?? []).filter((r) => r.status === 'dang_giu').length

  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ padding: 16 }}>
        <Flex gap={8} wrap align="center">
          <Select<number | 'all'>
            aria-label="Năm"
            value={year ?? 'all'}
            onChange={(v) => setYear(v === 'all' ? undefined : v)}
            style={{ width: 120 }}
            options={[
              { value: 'all', label: 'Mọi năm' },
              ...years.map((y) => ({ value: y, label: `Năm ${y}` })),
            ]}
          />
          {(registers.data?.length ?? 0) > 1 ? (
            <Select<number>
              aria-label="Sổ"
              allowClear
              placeholder="Mọi sổ"
              value={registerId}
              onChange={setRegisterId}
              style={{ width: 200 }}
              options={(registers.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
            />
          ) : null}
          <Typography.Text type="secondary" aria-live="polite">
            {holding > 0 ? `${holding} số đang giữ` : 'Không có số nào đang giữ'}
          </Typography.Text>
        </Flex>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setReserving(true)}
        >
          Lấy số trước
        </Button>
      </Flex>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Reservation>
          aria-label="Số đã lấy trước"
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          columns={reservationColumns({
            showRegister: (registers.data?.length ?? 0) > 1,
            onIssue: issueWith,
            onRelease: setReleasing,
          })}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1080 }}
          locale={{ emptyText: 'Chưa lấy số trước nào.' }}
        />
      )}
      {reserving ? (
        <ReserveModal
          registers={registers.data ?? []}
          onIssue={issueWith}
          onClose={() => setReserving(false)}
        />
      ) : null}
      {releasing ? (
        <ReleaseModal reservation={releasing} onClose={() => setReleasing(null)} />
      ) : null}
    </Card>
  )
}
