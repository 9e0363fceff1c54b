import { DatePicker, Flex, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import { TASK_DATE_FORMATS } from './dates'
import { PartySelect } from './party-select'
import type { PartyKey, PartyNode } from './use-directory'

export type SupportEntry = { party: PartyKey; deadline: Dayjs | null }

type Props = Readonly<{
  id?: string
  value?: SupportEntry[]
  onChange?: (value: SupportEntry[]) => void
  tree: PartyNode[]
  nameOf: (key: string) => string
  exclude?: ReadonlySet<string>
  /** The task's deadline: a supporter's own deadline may not be later. */
  max: Dayjs | null
}>

/** Phối hợp: several units or people, each with an optional deadline of its own. */
export function SupportInput({
  id,
  value = [],
  onChange,
  tree,
  nameOf,
  exclude,
  max,
}: Props): ReactElement {
  const deadlines = new Map(value.map((e) => [e.party, e.deadline]))
  const setParties = (parties: PartyKey[]): void =>
    onChange?.(parties.map((party) => ({ party, deadline: deadlines.get(party) ?? null })))
  const setDeadline = (party: PartyKey, deadline: Dayjs | null): void =>
    onChange?.(value.map((e) => (e.party === party ? { ...e, deadline } : e)))
  return (
    <Flex vertical gap={6}>
      <PartySelect
        id={id}
        multiple
        tree={tree}
        value={value.map((e) => e.party)}
        onChange={setParties}
        {...(exclude ? { exclude } : {})}
        placeholder="Đơn vị, người phối hợp (có thể chọn nhiều)"
      />
      {value.length > 0 ? (
        <div className="support-deadlines">
          {value.map((e) => (
            <Flex key={e.party} align="center" gap={8} className="support-deadlines__row">
              <Typography.Text ellipsis style={{ flex: 1 }}>
                {nameOf(e.party)}
              </Typography.Text>
              <DatePicker
                size="small"
                format={TASK_DATE_FORMATS}
                placeholder="Hạn riêng"
                aria-label={`Hạn riêng của ${nameOf(e.party)}`}
                value={e.deadline}
                onChange={(d: Dayjs | null) => setDeadline(e.party, d)}
                disabledDate={(d) =>
                  d.isBefore(dayjs(), 'day') || (max ? d.isAfter(max, 'day') : false)
                }
                style={{ width: 130 }}
              />
            </Flex>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Để trống hạn riêng thì bên phối hợp theo hạn của nhiệm vụ.
          </Typography.Text>
        </div>
      ) : null}
    </Flex>
  )
}
