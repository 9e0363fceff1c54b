import type { FormInstance } from 'antd'
import type { Dayjs } from 'dayjs'
import type { Input } from '../../../../../shared/api/contract'
import type { TaskPriority } from '../../../../../shared/api/task-types'
import { isApiError } from '../../../api/client'
import type { SupportEntry } from './support-input'
import { parseParty, type PartyKey } from './use-directory'

/** The assignment part of the direction form and of the standalone task form. */
export type AssignmentValues = {
  lead?: PartyKey | null
  support: SupportEntry[]
  inform: number[]
  deadline?: Dayjs | null
  deadlineRule?: string | null
  priority: TaskPriority
  title?: string
}

export const emptyAssignment: AssignmentValues = {
  lead: null,
  support: [],
  inform: [],
  deadline: null,
  deadlineRule: null,
  priority: 'thuong',
}

type TaskBody = Pick<
  Input<'tasks.create'>,
  'lead' | 'support' | 'inform' | 'deadline' | 'deadlineRule' | 'priority'
>

const iso = (d: Dayjs): string => d.format('YYYY-MM-DD')

/** The form's values as the contract takes them; the form's rules made sure lead and deadline exist. */
export function toTaskBody(v: AssignmentValues): TaskBody {
  return {
    lead: parseParty(v.lead ?? ''),
    support: v.support.map((s) => ({
      ...parseParty(s.party),
      deadline: s.deadline ? iso(s.deadline) : null,
    })),
    inform: v.inform,
    deadline: v.deadline ? iso(v.deadline) : '',
    deadlineRule: v.deadlineRule ?? null,
    priority: v.priority,
  }
}

/**
 * Puts the core's field messages on the form. The core names nested fields by path
 * (`task.deadline`, `task.support.0`, `task.lead.unitId`); the form's fields are flat, so the
 * prefix goes and the first segment names the field. A supporter's message names the supporter.
 * Returns the core's overall message.
 */
export function applyTaskErrors(
  form: FormInstance,
  err: unknown,
  prefix: string,
  nameOf: (key: string) => string,
): string {
  if (!isApiError(err)) {
    return 'Đã có lỗi không mong muốn. Hãy thử lại.'
  }
  const values = form.getFieldsValue(true) as Record<string, unknown>
  const messages = new Map<string, string[]>()
  for (const [path, message] of Object.entries(err.fields ?? {})) {
    const bare = path.startsWith(prefix) ? path.slice(prefix.length) : path
    const [field, index] = bare.split('.')
    if (!field || !(field in values)) {
      continue
    }
    let text = message
    if (field === 'support' && index !== undefined) {
      const entry = (values['support'] as SupportEntry[] | undefined)?.[Number(index)]
      text = entry ? `${nameOf(entry.party)}: ${message}` : message
    }
    messages.set(field, [...(messages.get(field) ?? []), text])
  }
  form.setFields([...messages].map(([name, errors]) => ({ name, errors })))
  return err.message
}
