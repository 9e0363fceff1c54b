import { Button, Flex, Form } from 'antd'
import type { ReactElement } from 'react'
import type { SupportEntry } from '../tasks/form/support-input'
import type { PartyKey } from '../tasks/form/use-directory'

type Parties = Readonly<{ lead: string; support: string }>

type Template = Readonly<{
  label: string
  text: (p: Parties) => string
  /** "Để biết" needs no tracked task: choosing it turns the task off. */
  withTask: boolean
}>

// Mẫu ý kiến as leaders write them; the names come from what is chosen below, "…" until then.
const templates: readonly Template[] = [
  {
    label: 'Giao … chủ trì, tham mưu',
    text: (p) =>
      `Giao ${p.lead} chủ trì${p.support ? `, phối hợp ${p.support}` : ''} nghiên cứu, tham mưu, đề xuất.`,
    withTask: true,
  },
  {
    label: 'Đề nghị … nghiên cứu, đề xuất',
    text: (p) => `Đề nghị ${p.lead} nghiên cứu, đề xuất.`,
    withTask: true,
  },
  {
    label: 'Giao … xử lý theo quy định',
    text: (p) => `Giao ${p.lead} xem xét, xử lý theo quy định.`,
    withTask: true,
  },
  { label: 'Để biết', text: () => 'Để biết.', withTask: false },
  { label: 'Lưu', text: () => 'Lưu.', withTask: false },
]

type Props = Readonly<{ nameOf: (key: string) => string; onPicked: () => void }>

/** Quick mẫu ý kiến: one click writes the comment with the parties already chosen. */
export function CommentTemplates({ nameOf, onPicked }: Props): ReactElement {
  const form = Form.useFormInstance()
  const pick = (t: Template): void => {
    const lead = form.getFieldValue('lead') as PartyKey | null | undefined
    const support = (form.getFieldValue('support') as SupportEntry[] | undefined) ?? []
    form.setFieldValue(
      'comment',
      t.text({
        lead: lead ? nameOf(lead) : '…',
        support: support.map((s) => nameOf(s.party)).join(', '),
      }),
    )
    form.setFieldValue('withTask', t.withTask)
    onPicked()
  }
  return (
    <Flex gap={6} wrap className="comment-templates" aria-label="Mẫu ý kiến">
      {templates.map((t) => (
        <Button key={t.label} size="small" shape="round" onClick={() => pick(t)}>
          {t.label}
        </Button>
      ))}
    </Flex>
  )
}
