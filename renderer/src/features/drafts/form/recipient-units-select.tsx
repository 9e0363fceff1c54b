import { TreeSelect } from 'antd'
import type { ReactElement } from 'react'
import { fold } from '../../../../../shared/text/normalize'
import type { UnitOption } from '../../admin/units/unit-tree'

type Props = Readonly<{
  id?: string
  value?: number[]
  onChange?: (value: number[]) => void
  options: UnitOption[]
}>

/** Nơi nhận inside the agency: any number of units from the tree, searchable without accents. */
export function RecipientUnitsSelect({ id, value, onChange, options }: Props): ReactElement {
  return (
    <TreeSelect<number[]>
      id={id}
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      treeData={options}
      multiple
      treeDefaultExpandAll
      allowClear
      placeholder="Chọn đơn vị trong cơ quan"
      popupMatchSelectWidth={false}
      showSearch={{
        filterTreeNode: (input, node) =>
          fold(typeof node.title === 'string' ? node.title : '').includes(fold(input)),
      }}
      style={{ width: '100%' }}
    />
  )
}
