import { TreeSelect } from 'antd'
import type { CSSProperties, ReactElement } from 'react'
import { fold } from '../../../../../shared/text/normalize'
import type { UnitOption } from './unit-tree'

type Props = Readonly<{
  id?: string
  value?: number | null
  onChange?: (value: number | undefined) => void
  options: UnitOption[]
  placeholder?: string
  allowClear?: boolean
  style?: CSSProperties
  'aria-label'?: string
}>

/** Picks a unit from the tree; typing filters without caring about diacritics. */
export function UnitTreeSelect({ options, value, ...rest }: Props): ReactElement {
  return (
    <TreeSelect<number>
      {...rest}
      value={value ?? undefined}
      treeData={options}
      treeDefaultExpandAll
      showSearch={{
        filterTreeNode: (input, node) =>
          fold(typeof node.title === 'string' ? node.title : '').includes(fold(input)),
      }}
      placeholder={rest.placeholder ?? 'Chọn đơn vị'}
      popupMatchSelectWidth={false}
    />
  )
}
