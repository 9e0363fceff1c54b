import { AutoComplete, Col, Form, Input, Row, Select, Typography } from 'antd'
import type { FormInstance } from 'antd'
import type { ReactElement } from 'react'
import type { PersonRef } from '../../../../../shared/api/outgoing-types'
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits'
import { THAM_QUYEN_KY } from '../../../../../shared/domain/levels'
import { fold } from '../../../../../shared/text/normalize'
import { suggestedAuthority, type IssueValues } from './issue-values'
import { signatureLines } from './signature-lines'

type Props = Readonly<{ form: FormInstance<IssueValues>; signers: readonly PersonRef[] }>

const authorityOptions = [
  { value: 'none', label: 'Ký trực tiếp (không ghi)' },
  ...THAM_QUYEN_KY.map((t) => ({ value: t.code, label: `${t.prefix} — ${t.label}` })),
]

/**
 * Người ký: a leader of the System (their name and position come with them) or a name typed for
 * a paper signed by someone without an account; then the authority line, "KT. CHỦ TỊCH".
 */
export function SignerFields({ form, signers }: Props): ReactElement {
  const nguoiKy = Form.useWatch('nguoiKy', form) ?? ''
  const thamQuyen = Form.useWatch('thamQuyen', form) ?? 'none'
  const forTitle = Form.useWatch('thamQuyenChucVu', form) ?? ''
  const position = Form.useWatch('chucVuNguoiKy', form) ?? ''
  const q = fold(nguoiKy)
  const options = signers
    .filter((s) => q === '' || fold(`${s.name} ${s.position}`).includes(q))
    .map((s) => ({
      value: s.name,
      key: String(s.id),
      label: (
        <span>
          {s.name}
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {s.position}
          </Typography.Text>
        </span>
      ),
    }))

  const choose = (name: string, option: { key?: string }): void => {
    const person = signers.find((s) => String(s.id) === option.key)
    if (!person) {
      return
    }
    const current = form.getFieldsValue(['thamQuyen', 'thamQuyenChucVu']) as IssueValues
    form.setFieldsValue({
      signerId: person.id,
      nguoiKy: name,
      chucVuNguoiKy: person.position,
      // The authority line is suggested only while the clerk has not set one.
      ...(current.thamQuyen === 'none' && !current.thamQuyenChucVu
        ? suggestedAuthority(person.position)
        : {}),
    })
  }

  const lines = signatureLines(thamQuyen, forTitle, position)
  return (
    <>
      <Form.Item name="signerId" hidden>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label="Người ký"
            name="nguoiKy"
            rules={[{ required: true, whitespace: true, message: 'Chọn hoặc nhập người ký' }]}
          >
            <AutoComplete
              options={options}
              onSelect={choose}
              // Typing another name makes it a name only: no longer that leader's account.
              onChange={(text: string) => {
                const id = form.getFieldValue('signerId') as number | null
                const person = signers.find((s) => s.id === id)
                if (person && person.name !== text) {
                  form.setFieldValue('signerId', null)
                }
              }}
              maxLength={FIELD_LIMITS.FullName.maxLength}
              placeholder="Chọn lãnh đạo hoặc gõ họ tên"
              showSearch={{ filterOption: false }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Chức vụ người ký" name="chucVuNguoiKy">
            <Input maxLength={100} placeholder="Phó Chủ tịch" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="Thẩm quyền ký" name="thamQuyen">
            <Select options={authorityOptions} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="Ký thay cho chức danh"
            name="thamQuyenChucVu"
            rules={[
              {
                required: thamQuyen !== 'none',
                whitespace: true,
                message: 'Nhập chức danh, ví dụ Chủ tịch',
              },
            ]}
          >
            <Input maxLength={100} placeholder="Chủ tịch" disabled={thamQuyen === 'none'} />
          </Form.Item>
        </Col>
      </Row>
      {lines ? (
        <Typography.Paragraph type="secondary" className="signature-lines">
          Dòng chữ ký: <Typography.Text strong>{lines}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
    </>
  )
}
