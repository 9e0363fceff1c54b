import { Button, Checkbox, Col, Form, Input, Modal, Result, Row, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState, type ReactElement } from 'react'
import type { Register } from '../../../../../shared/api/document-types'
import type { Reservation } from '../../../../../shared/api/outgoing-types'
import { useDocumentTypes } from '../../../api/catalog'
import { useReserve } from '../../../api/outgoing'
import { useUnits } from '../../../api/units'
import { applyApiError } from '../../../ui/form-errors'
import { UnitTreeSelect } from '../../admin/units/unit-tree-select'
import { buildTree, unitOptions } from '../../admin/units/unit-tree'
import { DateInput } from '../../incoming/form/date-input'
import { TypeSelect } from '../../incoming/form/type-select'
import { ActionModal } from '../../tasks/form/action-modal'

type Values = {
  registerId: number | undefined
  loaiVanBan: string | undefined
  draftingUnitId: number | null
  quyPham: boolean
  ngay: Dayjs | null
  trichYeu: string
  note: string
}

type Props = Readonly<{
  registers: readonly Register[]
  onIssue: (r: Reservation) => void
  onClose: () => void
}>

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())

/**
 * Lấy số trước: the next number is held for a document to be signed on paper later. The
 * dialog then shows the number obtained, to write on the paper.
 */
export function ReserveModal({ registers, onIssue, onClose }: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const types = useDocumentTypes()
  const units = useUnits()
  const reserve = useReserve()
  const [error, setError] = useState<string | null>(null)
  const [got, setGot] = useState<Reservation | null>(null)
  const unitChoices = useMemo(
    () => unitOptions(buildTree(units.data ?? []), { hideDisabled: true }),
    [units.data],
  )

  if (got) {
    return <ReservedNumber reservation={got} onIssue={() => onIssue(got)} onClose={onClose} />
  }

  const onFinish = (v: Values): void => {
    setError(null)
    reserve
      .mutateAsync({
        registerId: v.registerId,
        loaiVanBan: v.loaiVanBan ?? '',
        draftingUnitId: v.draftingUnitId,
        quyPham: v.quyPham,
        ngay: v.ngay?.format('YYYY-MM-DD'),
        trichYeu: orNull(v.trichYeu),
        note: orNull(v.note),
      })
      .then(setGot)
      .catch((err: unknown) => setError(applyApiError(form, err)))
  }

  return (
    <ActionModal<Values>
      title="Lấy số trước"
      form={form}
      error={error}
      pending={reserve.isPending}
      submitLabel="Lấy số"
      width={640}
      initialValues={{
        registerId: registers[0]?.id,
        quyPham: false,
        ngay: dayjs(),
        draftingUnitId: null,
        trichYeu: '',
        note: '',
      }}
      onFinish={onFinish}
      onClose={onClose}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label="Sổ văn bản đi"
            name="registerId"
            rules={[{ required: true, message: 'Chọn sổ' }]}
          >
            <Select<number> options={registers.map((r) => ({ value: r.id, label: r.name }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Ngày" name="ngay" rules={[{ required: true, message: 'Nhập ngày' }]}>
            <DateInput allowClear={false} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="Loại văn bản"
            name="loaiVanBan"
            rules={[{ required: true, message: 'Chọn loại văn bản' }]}
          >
            <TypeSelect types={(types.data ?? []).filter((t) => t.kind !== 'ban_sao')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Đơn vị soạn thảo" name="draftingUnitId">
            <UnitTreeSelect options={unitChoices} allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="quyPham" valuePropName="checked">
        <Checkbox>Văn bản quy phạm pháp luật</Checkbox>
      </Form.Item>
      <Form.Item label="Trích yếu" name="trichYeu">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note">
        <Input maxLength={500} placeholder="Ví dụ: chờ lãnh đạo ký bản giấy" />
      </Form.Item>
    </ActionModal>
  )
}

type ResultProps = Readonly<{ reservation: Reservation; onIssue: () => void; onClose: () => void }>

/** The number obtained, large enough to copy onto the paper. */
function ReservedNumber({ reservation, onIssue, onClose }: ResultProps): ReactElement {
  return (
    <Modal open title="Lấy số trước" onCancel={onClose} footer={null} width={520}>
      <Result
        status="success"
        title={<span data-testid="reserved-number">Đã lấy số {reservation.soKyHieu}</span>}
        subTitle={`${reservation.registerName} · năm ${reservation.year}. Số được giữ cho đến khi ban hành hoặc trả số.`}
        extra={[
          <Button key="issue" type="primary" onClick={onIssue}>
            Ban hành với số này
          </Button>,
          <Button key="close" onClick={onClose}>
            Đóng
          </Button>,
        ]}
      />
    </Modal>
  )
}
