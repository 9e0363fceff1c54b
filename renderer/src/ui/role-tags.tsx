import { Tag } from 'antd'
import type { ReactElement } from 'react'
import { roleLabels, type Role } from '../../../shared/api/roles'

const colours: Readonly<Record<Role, string>> = {
  van_thu: 'blue',
  lanh_dao: 'gold',
  chuyen_vien: 'green',
  quan_tri: 'purple',
}

export function RoleTags({ roles }: { roles: readonly Role[] }): ReactElement {
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={colours[role]} variant="outlined">
          {roleLabels[role]}
        </Tag>
      ))}
    </>
  )
}
