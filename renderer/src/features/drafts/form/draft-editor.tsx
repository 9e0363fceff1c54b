import { Alert, App, Button, Card, Col, Flex, Form, Row } from 'antd'
import { useMemo, useState, type ReactElement } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { DocumentTypeEntry } from '../../../../../shared/api/document-types'
import type { DraftDetail } from '../../../../../shared/api/outgoing-types'
import { useCreateDraft, useUpdateDraft } from '../../../api/drafts'
import { useUnits } from '../../../api/units'
import { useCurrentUser } from '../../../app/current-user'
import { buildTree, unitOptions } from '../../admin/units/unit-tree'
import { FilePreview } from '../../incoming/file-preview'
import { useAttachments } from '../../incoming/form/use-attachments'
import { ContentFiles } from './content-files'
import { DraftFields } from './draft-fields'
import {
  applyDraftErrors,
  fromDraft,
  newDraftValues,
  sameFiles,
  toDraftBody,
  type DraftValues,
} from './draft-values'
import '../../incoming/incoming.css'
import '../drafts.css'

export type EditorMode =
  | Readonly<{ kind: 'create'; replyTo: number | null; taskId: number | null }>
  | Readonly<{ kind: 'edit'; draft: DraftDetail }>

type Props = Readonly<{ mode: EditorMode; types: readonly DocumentTypeEntry[] }>

const NO_FILES = 'Đính kèm tệp dự thảo'
const STILL_UPLOADING = 'Đang tải tệp lên, đợi một chút rồi lưu'

/** Write a new draft or correct one that is back with its drafter: fields, files, preview. */
export function DraftEditor({ mode, types }: Props): ReactElement {
  const [form] = Form.useForm<DraftValues>()
  const navigate = useNavigate()
  // Opened from a link inside the app: Hủy goes back there; opened cold: to the list.
  const cameFromApp = useLocation().key !== 'default'
  const { message } = App.useApp()
  const user = useCurrentUser()
  const editing = mode.kind === 'edit' ? mode.draft : null
  const [initial] = useState<DraftValues>(() =>
    editing
      ? fromDraft(editing)
      : newDraftValues(
          user.unitId,
          mode.kind === 'create' ? mode : { replyTo: null, taskId: null },
        ),
  )
  const units = useUnits()
  const unitChoices = useMemo(
    () => unitOptions(buildTree(units.data ?? []), { hideDisabled: true }),
    [units.data],
  )
  const attachments = useAttachments(editing?.files ?? [])
  const create = useCreateDraft()
  const update = useUpdateDraft()
  const [error, setError] = useState<string | null>(null)
  const [filesError, setFilesError] = useState<string | null>(null)
  const saving = create.isPending || update.isPending

  const save = async (values: DraftValues): Promise<void> => {
    setError(null)
    if (attachments.busy) {
      setFilesError(STILL_UPLOADING)
      return
    }
    const files = attachments.done.map((f) => ({ sha256: f.sha256, name: f.name }))
    if (files.length === 0) {
      setFilesError(NO_FILES)
      return
    }
    setFilesError(null)
    const body = toDraftBody(values)
    try {
      const saved = editing
        ? await update.mutateAsync({
            id: editing.id,
            ...body,
            // Only changed content makes a new version.
            ...(sameFiles(files, editing.files) ? {} : { files }),
          })
        : await create.mutateAsync({ ...body, files })
      void message.success(editing ? 'Đã lưu dự thảo' : 'Đã tạo dự thảo')
      void navigate(`/van-ban-di/du-thao/${saved.id}`, { replace: !editing })
    } catch (err) {
      const placed = applyDraftErrors(form, err, values.recipientUnits.length)
      setError(placed.message)
      setFilesError(placed.files)
    }
  }

  // The form's own file messages go as soon as they stop being true; the core's stay.
  const shownFilesError =
    (filesError === NO_FILES && attachments.list.length > 0) ||
    (filesError === STILL_UPLOADING && !attachments.busy)
      ? null
      : filesError
  const selected = attachments.selected?.result ?? null
  return (
    <Row gutter={[16, 16]} className="draft-editor">
      <Col xs={24} xl={13}>
        <Card size="small">
          {error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={error}
              style={{ marginBottom: 12 }}
              closable={{ onClose: () => setError(null) }}
            />
          ) : null}
          <Form<DraftValues>
            form={form}
            name="draft"
            layout="vertical"
            initialValues={initial}
            disabled={saving}
            scrollToFirstError
            onFinish={(v) => void save(v)}
            onValuesChange={(changed: Partial<DraftValues>) => {
              // A task belongs to the document it came from: another document, another task.
              if ('replyToDocumentId' in changed) {
                form.setFieldValue('taskId', null)
              }
            }}
          >
            <DraftFields form={form} types={types} units={unitChoices} />
            <Flex justify="flex-end" gap={8}>
              <Button
                onClick={() => void (cameFromApp ? navigate(-1) : navigate('/van-ban-di/du-thao'))}
                disabled={false}
              >
                Hủy
              </Button>
              <Button type="primary" htmlType="submit" loading={saving}>
                {editing ? 'Lưu thay đổi' : 'Lưu dự thảo'}
              </Button>
            </Flex>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={11}>
        <Card size="small" title="Tệp dự thảo" className="draft-editor__files">
          <ContentFiles control={attachments} error={shownFilesError} disabled={saving} />
          {selected ? <FilePreview file={selected} height="calc(100vh - 330px)" /> : null}
        </Card>
      </Col>
    </Row>
  )
}
