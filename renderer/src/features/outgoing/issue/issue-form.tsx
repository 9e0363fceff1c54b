import { SendOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Flex, Form, Row, Spin } from 'antd'
import { useMemo, useState, type KeyboardEvent, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { StoredFile } from '../../../../../shared/api/document-types'
import { useDocumentTypes } from '../../../api/catalog'
import { useDraftPeople } from '../../../api/drafts'
import { useIssue, useReservations } from '../../../api/outgoing'
import { useRegisters } from '../../../api/registers'
import { useUnits } from '../../../api/units'
import { useCurrentUser } from '../../../app/current-user'
import { applyApiError } from '../../../ui/form-errors'
import { buildTree, unitOptions } from '../../admin/units/unit-tree'
import { FilePreview } from '../../incoming/file-preview'
import { AttachmentsPanel } from '../../incoming/form/attachments-panel'
import { useAttachments } from '../../incoming/form/use-attachments'
import { ContentFields } from './content-fields'
import { issueFieldNames, toIssueInput, type IssueValues } from './issue-values'
import { LinkFields } from './link-fields'
import { NumberFields } from './number-fields'
import { RecipientFields } from './recipient-fields'
import { SignerFields } from './signer-fields'
import '../../incoming/incoming.css'

type Props = Readonly<{
  initial: IssueValues
  draftId: number | null
  files: readonly StoredFile[]
}>

/** The form of ban hành: number, content, signer, recipients, links, and the signed PDF. */
export function IssueForm({ initial, draftId, files }: Props): ReactElement {
  const [form] = Form.useForm<IssueValues>()
  const user = useCurrentUser()
  const registers = useRegisters('out')
  const types = useDocumentTypes()
  const units = useUnits()
  const signers = useDraftPeople(user.agency.id)
  const reservations = useReservations({})
  const attachments = useAttachments(files)
  const issue = useIssue()
  const navigate = useNavigate()
  const [error, setError] = useState<string | null>(null)

  const unitChoices = useMemo(
    () => unitOptions(buildTree(units.data ?? []), { hideDisabled: true }),
    [units.data],
  )
  // Copies are numbered in their own series; an agency does not issue them from this form.
  const issuable = (types.data ?? []).filter((t) => t.kind !== 'ban_sao')
  const held = (reservations.data ?? []).filter((r) => r.status === 'dang_giu')

  if (!registers.data || !types.data) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />
  }
  const initialValues: IssueValues = {
    ...initial,
    registerId: initial.registerId ?? registers.data[0]?.id,
  }

  const onFinish = (values: IssueValues): void => {
    if (attachments.busy) {
      setError('Đang tải tệp lên, đợi một chút rồi ban hành.')
      return
    }
    setError(null)
    const signed = attachments.done.map((f) => ({ sha256: f.sha256, name: f.name }))
    issue
      .mutateAsync(toIssueInput(values, draftId, signed))
      // The detail says it, with the number, until the clerk moves on.
      .then((doc) => navigate(`/van-ban-di/${doc.id}`, { state: { issued: doc.soKyHieu } }))
      .catch((err: unknown) => setError(applyApiError(form, err, issueFieldNames)))
  }

  // Ctrl+S issues, as it saves everywhere else in the app.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>): void => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault()
      form.submit()
    }
  }

  return (
    <Form<IssueValues>
      form={form}
      name="issue"
      layout="vertical"
      className="incoming-form issue-form"
      initialValues={initialValues}
      onFinish={onFinish}
      onKeyDown={onKeyDown}
      disabled={issue.isPending}
      scrollToFirstError
    >
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={12}>
            <Card size="small" title="Số và sổ">
              <NumberFields
                form={form}
                registers={registers.data}
                types={issuable}
                units={unitChoices}
                held={held}
              />
            </Card>
            <Card size="small" title="Nội dung">
              <ContentFields />
            </Card>
            <Card size="small" title="Người ký">
              <SignerFields form={form} signers={signers.data?.signers ?? []} />
            </Card>
            <Card size="small" title="Nơi nhận">
              <RecipientFields units={unitChoices} />
            </Card>
            <Card size="small" title="Liên kết">
              <LinkFields form={form} />
            </Card>
            <Flex justify="flex-end" gap={8}>
              <Button onClick={() => void navigate('/van-ban-di/so')}>Hủy</Button>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SendOutlined aria-hidden />}
                loading={issue.isPending}
              >
                Ban hành
              </Button>
            </Flex>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="Bản đã ký (PDF)" className="issue-form__files">
            <AttachmentsPanel
              control={attachments}
              disabled={issue.isPending}
              hint="Bản gốc điện tử đã ký số, hoặc bản quét của bản giấy đã ký."
              onUploaded={(f) => {
                if (f.pages && !form.getFieldValue('soTrang')) {
                  form.setFieldValue('soTrang', f.pages)
                }
              }}
            />
            {attachments.selected?.result ? (
              <FilePreview file={attachments.selected.result} height={560} />
            ) : null}
          </Card>
        </Col>
      </Row>
    </Form>
  )
}
