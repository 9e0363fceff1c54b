import { SettingOutlined } from '@ant-design/icons'
import { Button, Checkbox, Flex, Popover } from 'antd'
import { useState, type ReactElement } from 'react'
import type { Direction } from '../../../../../shared/api/document-types'
import { initialColumns, registerColumns, type Column } from './register-columns'

// Each register remembers its own choice; the incoming key predates the outgoing register.
const STORAGE_KEYS: Readonly<Record<Direction, string>> = {
  in: 'vanthu.vanBanDen.columns',
  out: 'vanthu.vanBanDi.columns',
}

function load(direction: Direction): string[] {
  const columns = registerColumns(direction)
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEYS[direction]) ?? 'null')
    if (Array.isArray(saved)) {
      const known = new Set(columns.map((c) => c.key))
      const keys = saved.filter((k): k is string => typeof k === 'string' && known.has(k))
      if (keys.length > 0) {
        return keys
      }
    }
  } catch {
    // A damaged setting falls back to the paper register's columns.
  }
  return initialColumns(columns)
}

/** The columns this person chose to see in one register, remembered on this computer. */
export function useVisibleColumns(direction: Direction): [string[], (keys: string[]) => void] {
  const [keys, setKeys] = useState<string[]>(() => load(direction))
  const set = (next: string[]): void => {
    setKeys(next)
    localStorage.setItem(STORAGE_KEYS[direction], JSON.stringify(next))
  }
  return [keys, set]
}

type Props = Readonly<{
  columns: readonly Column[]
  value: string[]
  onChange: (keys: string[]) => void
}>

export function ColumnChooser({ columns, value, onChange }: Props): ReactElement {
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title="Cột hiển thị"
      content={
        <Flex vertical gap={8}>
          <Checkbox.Group
            value={value}
            onChange={(keys) => onChange(columns.map((c) => c.key).filter((k) => keys.includes(k)))}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={columns.map((c) => ({
              value: c.key,
              label: c.title,
              disabled: c.locked ?? false,
            }))}
          />
          <Button size="small" onClick={() => onChange(initialColumns(columns))}>
            Như sổ giấy
          </Button>
        </Flex>
      }
    >
      <Button icon={<SettingOutlined aria-hidden />}>Cột</Button>
    </Popover>
  )
}
