import { Flex, Form, Tag, Typography } from 'antd'
import type { FormInstance } from 'antd'
import type { Dayjs } from 'dayjs'
import { useMemo, type ReactElement } from 'react'
import type { Reservation } from '../../../../../shared/api/outgoing-types'
import { useNumberPreview } from '../../../api/outgoing'
import { useDebounced } from '../../../ui/use-debounced'
import type { IssueValues } from './issue-values'

type Props = Readonly<{ form: FormInstance<IssueValues>; held: readonly Reservation[] }>

/**
 * "Số sẽ cấp: 16/QĐ-UBND", asked of the core as the register, type, unit or date change. It is
 * a forecast: another clerk may issue first, and the core takes the number again when issuing.
 * A held number is already the document's.
 */
export function NumberPreview({ form, held }: Props): ReactElement {
  const mode = Form.useWatch('numberMode', form)
  const reservationId = Form.useWatch('reservationId', form)
  const registerId = Form.useWatch('registerId', form)
  const loaiVanBan = Form.useWatch('loaiVanBan', form)
  const draftingUnitId = Form.useWatch('draftingUnitId', form)
  const quyPham = Form.useWatch('quyPham', form)
  const date = Form.useWatch<Dayjs | null | undefined>('ngayBanHanh', form)
  const day = date?.isValid() ? date.format('YYYY-MM-DD') : undefined
  // One object per real change, so the debounce settles instead of restarting every render.
  const current = useMemo(
    () => ({
      registerId: registerId ?? undefined,
      loaiVanBan: loaiVanBan ?? '',
      draftingUnitId: draftingUnitId ?? null,
      ngayBanHanh: day,
      quyPham: quyPham ?? false,
    }),
    [registerId, loaiVanBan, draftingUnitId, day, quyPham],
  )
  const input = useDebounced(current, 200)
  const isHeld = mode === 'held'
  const preview = useNumberPreview(input, !isHeld && input.loaiVanBan !== '')

  if (isHeld) {
    const r = held.find((h) => h.id === reservationId)
    return (
      <Flex className="number-preview" gap={8} align="center" wrap aria-live="polite">
        <Typography.Text>Số đã giữ:</Typography.Text>
        <Typography.Text strong className="number-preview__value" data-testid="number-preview">
          {r?.soKyHieu ?? '—'}
        </Typography.Text>
        <Tag color="blue">Số này được dùng khi ban hành</Tag>
      </Flex>
    )
  }
  let body: ReactElement
  if (input.loaiVanBan === '') {
    body = <Typography.Text type="secondary">Chọn loại văn bản để xem số sẽ cấp.</Typography.Text>
  } else if (preview.isError) {
    body = <Typography.Text type="danger">{preview.error.message}</Typography.Text>
  } else {
    body = (
      <>
        <Typography.Text strong className="number-preview__value" data-testid="number-preview">
          {preview.data?.soKyHieu ?? '…'}
        </Typography.Text>
        <Tag color="gold">Dự kiến · số chính thức được cấp khi bấm Ban hành</Tag>
      </>
    )
  }
  return (
    <Flex className="number-preview" gap={8} align="center" wrap aria-live="polite">
      <Typography.Text>Số sẽ cấp:</Typography.Text>
      {body}
    </Flex>
  )
}
