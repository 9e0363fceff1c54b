import { SettingOutlined } from '@ant-design/icons'
import { Button, Checkbox, Flex, Popover } from 'antd'
import { useState, type ReactElement } from 'react'
import { INITIAL_COLUMNS, REGISTER_COLUMNS } from './register-columns'

const STORAGE_KEY = 'vanthu.vanBanDen.columns'

function load(): string[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
    if (Array.isArray(saved)) {
      const known = new Set(REGISTER_COLUMNS.map((c) => c.key))
      const keys = saved.filter((k): k is string => typeof k === 'string' && known.has(k))
      if (keys.length > 0) {
        return keys
      }
    }
  } catch {
    // A damaged setting falls back to the paper register's columns.
  }
  return INITIAL_COLUMNS
}

/** The columns this person chose to see, remembered on this computer. */
export function useVisibleColumns(): [string[], (keys: string[]) => void] {
  const [keys, setKeys] = useState<string[]>(load)
  const set = (next: string[]): void => {
    setKeys(next)
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
  }
  return [keys, set]
}

type Props = Readonly<{ value: string[]; onChange: (keys: string[]) => void }>

export function ColumnChooser({ value, onChange }: Props): ReactElement {
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title="Cột hiển thị"
      content={
        <Flex vertical gap={8}>
          <Checkbox.Group
            value={value}
            onChange={(keys) =>
              onChange(REGISTER_COLUMNS.map((c) => c.key).filter((k) => keys.includes(k)))
            }
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={REGISTER_COLUMNS.map((c) => ({
              value: c.key,
              label: c.title,
              disabled: c.key === 'soDen',
            }))}
          />
          <Button size="small" onClick={() => onChange(INITIAL_COLUMNS)}>
            Như sổ giấy
          </Button>
        </Flex>
      }
    >
      <Button icon={<SettingOutlined aria-hidden />}>Cột</Button>
    </Popover>
  )
}
