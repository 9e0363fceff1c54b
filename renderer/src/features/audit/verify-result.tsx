import { Alert } from 'antd'
import type { ReactElement } from 'react'
import type { AuditVerifyResult } from '../../../../shared/audit/types'

const kindLabels = {
  edited: 'Bị sửa',
  missing: 'Bị thiếu',
  truncated: 'Bị cắt cuối',
  broken_chain: 'Đứt chuỗi',
} as const

/** What "Kiểm tra toàn vẹn" found, in words an admin can act on. */
export function VerifyResult({ result }: Readonly<{ result: AuditVerifyResult }>): ReactElement {
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        message={`Nhật ký toàn vẹn: ${result.rows.toLocaleString('vi-VN')} dòng, chuỗi mã băm khớp`}
        description={
          result.anchor
            ? `Khớp với mốc lưu ngoài cơ sở dữ liệu (dòng ${result.anchor.id}): không dòng nào bị sửa, bị xoá hay bị cắt cuối.`
            : 'Chưa có mốc lưu ngoài cơ sở dữ liệu: việc xoá các dòng cuối chỉ phát hiện được từ lần ghi tiếp theo.'
        }
      />
    )
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={`Nhật ký KHÔNG toàn vẹn: ${result.problems.length} vấn đề trên ${result.rows.toLocaleString('vi-VN')} dòng`}
      description={
        <ul className="audit-problems">
          {result.problems.map((p) => (
            <li key={`${p.kind}-${p.id}`}>
              <strong>{kindLabels[p.kind]}</strong> — {p.message}
            </li>
          ))}
        </ul>
      }
    />
  )
}
