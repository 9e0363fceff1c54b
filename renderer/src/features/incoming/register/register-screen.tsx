import { Card, Flex, Table, Typography } from 'antd'
import type { SorterResult } from 'antd/es/table/interface'
import { useEffect, useMemo, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Direction } from '../../../../../shared/api/document-types'
import { useDocumentTypes } from '../../../api/catalog'
import type { DocumentFilter } from '../../../api/documents'
import { useRegisters } from '../../../api/registers'
import { useCurrentUser } from '../../../app/current-user'
import { LoadError } from '../../../ui/status'
import { useDebounced } from '../../../ui/use-debounced'
import { ColumnChooser, useVisibleColumns } from './column-chooser'
import { PrintRegister } from './print-register'
import { registerColumns, tableColumns, type Sort } from './register-columns'
import { noFilters, RegisterFilters, type Filters } from './register-filters'
import { isPlaceholder, useRegisterRows, type Slot } from './use-register-rows'
import '../incoming.css'

const defaultSort: Sort = { field: 'soDen', order: 'desc' }

function useTableHeight(): number {
  const measure = (): number => Math.max(320, window.innerHeight - 400)
  const [height, setHeight] = useState(measure)
  useEffect(() => {
    const onResize = (): void => setHeight(Math.max(320, window.innerHeight - 400))
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return height
}

function emptyText(total: number | null, filters: Filters): string {
  if (total === null) {
    return ' '
  }
  const filtered = Object.entries(filters).some(
    ([k, v]) => v !== undefined && v !== null && !(k === 'coQuan' && v === ''),
  )
  return filtered ? 'Không có văn bản nào phù hợp.' : 'Sổ chưa có văn bản nào.'
}

// What differs between the two registers; filters, table and printing are the same.
const screens: Readonly<Record<Direction, { name: string; path: string }>> = {
  in: { name: 'Sổ văn bản đến', path: '/van-ban-den' },
  out: { name: 'Sổ văn bản đi', path: '/van-ban-di' },
}

type Props = Readonly<{ direction?: Direction }>

/**
 * "Sổ văn bản đến" / "Sổ văn bản đi": the whole register, any size, filtered and sorted by the
 * core (the outgoing one by ngày ban hành).
 */
export function RegisterScreen({ direction = 'in' }: Props): ReactElement {
  const registers = useRegisters(direction)
  const allColumns = registerColumns(direction)
  const types = useDocumentTypes()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const [filters, setFilters] = useState<Filters>(noFilters)
  const [sort, setSort] = useState<Sort>(defaultSort)
  const [visible, setVisible] = useVisibleColumns(direction)
  const height = useTableHeight()
  const coQuan = useDebounced(filters.coQuan.trim(), 300)

  const filter = useMemo<DocumentFilter>(
    () => ({
      direction,
      year: filters.year,
      registerId: filters.registerId,
      loaiVanBan: filters.loaiVanBan,
      coQuanBanHanh: coQuan === '' ? undefined : coQuan,
      doKhan: filters.doKhan,
      from: filters.range?.[0].format('YYYY-MM-DD'),
      to: filters.range?.[1].format('YYYY-MM-DD'),
      status: filters.status,
      sort,
    }),
    [direction, filters, coQuan, sort],
  )
  const data = useRegisterRows(filter)
  const columns = tableColumns(allColumns, visible, sort)
  const width = allColumns.filter((c) => visible.includes(c.key)).reduce((s, c) => s + c.width, 0)
  const printRegister = filters.registerId ?? registers.data?.[0]?.id
  // Printing the register is for the clerk and the leaders; the core refuses anyone else.
  const canPrint = user.roles.some((r) => r === 'van_thu' || r === 'lanh_dao')

  const onSort = (sorter: SorterResult<Slot> | SorterResult<Slot>[]): void => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter
    const field = allColumns.find((c) => c.key === one?.columnKey)?.sortField
    setSort(
      field && one?.order ? { field, order: one.order === 'ascend' ? 'asc' : 'desc' } : defaultSort,
    )
  }

  const total = data.total
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Flex vertical gap={12} style={{ padding: 16, borderBottom: '1px solid #eef0f3' }}>
        <RegisterFilters
          direction={direction}
          value={filters}
          onChange={setFilters}
          registers={registers.data ?? []}
          types={types.data ?? []}
        />
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text aria-live="polite" data-testid="register-total">
            {total === null ? (
              'Đang đếm…'
            ) : (
              <>
                Tổng số: <strong>{total.toLocaleString('vi-VN')}</strong> văn bản
              </>
            )}
            {data.fetching && total !== null ? (
              <Typography.Text type="secondary"> · đang tải…</Typography.Text>
            ) : null}
          </Typography.Text>
          <Flex gap={8} wrap>
            {canPrint ? <PrintRegister direction={direction} registerId={printRegister} /> : null}
            <ColumnChooser columns={allColumns} value={visible} onChange={setVisible} />
          </Flex>
        </Flex>
      </Flex>
      {data.error ? (
        <LoadError error={data.error} onRetry={data.refetch} />
      ) : (
        <Table<Slot>
          virtual
          rowKey={(s) => (isPlaceholder(s) ? `p${s.index}` : s.id)}
          aria-label={screens[direction].name}
          className="register-table"
          columns={columns}
          dataSource={data.rows}
          loading={total === null && data.fetching}
          size="small"
          pagination={false}
          scroll={{ x: width, y: height }}
          onScroll={data.onScroll}
          onChange={(_p, _f, sorter) => onSort(sorter)}
          showSorterTooltip={false}
          locale={{ emptyText: emptyText(total, filters) }}
          onRow={(slot) => ({
            onClick: () =>
              isPlaceholder(slot)
                ? undefined
                : void navigate(`${screens[direction].path}/${slot.id}`),
            className: 'register-table__row',
            // The virtual body is made of divs: say what they are.
            role: 'row',
          })}
        />
      )}
    </Card>
  )
}
