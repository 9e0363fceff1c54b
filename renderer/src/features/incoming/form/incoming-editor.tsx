import { Alert, App, Card, Col, Form, Row } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useRef, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type {
  DocumentDetail,
  DocumentTypeEntry,
  Register,
  UploadResult,
} from '../../../../../shared/api/document-types'
import { parseSoKyHieu } from '../../../../../shared/text/doc-number'
import { useNextNumber } from '../../../api/registers'
import { useUnits } from '../../../api/units'
import { useUsers } from '../../../api/users'
import { buildTree, unitOptions } from '../../admin/units/unit-tree'
import { DocumentPeek } from '../detail/document-peek'
import { FilePreview } from '../file-preview'
import { AttachmentsPanel } from './attachments-panel'
import { DuplicateAlert } from './duplicate-alert'
import { EditorActions } from './editor-actions'
import { nextValues, startOf } from './editor-start'
import type { EditorMode } from './editor-mode'
import { fromDetail, typeFromKyHieu, type IncomingValues } from './form-values'
import { IncomingFields } from './incoming-fields'
import { onEnterNext, onEnterSkipClosedList, useEditorKeys } from './keyboard'
import { SuggestionBar } from './suggestion-bar'
import { useAttachments } from './use-attachments'
import { useDuplicates } from './use-duplicates'
import { useSave } from './use-save'
import { useSuggestion } from './use-suggestion'
import '../incoming.css'

type Props = Readonly<{
  mode: EditorMode
  registers: readonly Register[]
  types: readonly DocumentTypeEntry[]
}>

/** Register (or correct) an incoming document on one screen: fields, files, preview. */
export function IncomingEditor({ mode, registers, types }: Props): ReactElement {
  const [form] = Form.useForm<IncomingValues>()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const containerRef = useRef<HTMLDivElement>(null)
  const [start] = useState(() => startOf(mode, registers, types))
  const [peekId, setPeekId] = useState<number | null>(null)
  const editing = mode.kind === 'edit' ? mode.doc : null

  const units = useUnits()
  const users = useUsers()
  const unitChoices = useMemo(
    () => unitOptions(buildTree(units.data ?? []), { hideDisabled: true }),
    [units.data],
  )
  const attachments = useAttachments(
    editing ? editing.files : mode.kind === 'create' && mode.intake ? [mode.intake.file] : [],
  )
  const suggestion = useSuggestion(form, start.suggestion)
  const duplicates = useDuplicates(
    form,
    attachments.done.map((f) => f.sha256),
    editing?.id ?? null,
  )

  const registerId = Form.useWatch<number | undefined>('registerId', form)
  const ngayDen = Form.useWatch<Dayjs | null | undefined>('ngayDen', form)
  const next = useNextNumber(
    editing ? undefined : (registerId ?? start.values.registerId),
    (ngayDen ?? dayjs()).year(),
  )
  const shownNumber = editing ? editing.soDen : (next.data?.next ?? null)

  const clear = (): void => {
    form.setFieldsValue(nextValues(form.getFieldsValue(true) as IncomingValues))
    form.setFields(
      Object.keys(nextValues(start.values)).map((name) => ({ name: name as never, errors: [] })),
    )
    attachments.reset()
    suggestion.reset()
    duplicates.reset()
    save.clearError()
    if (mode.kind === 'create' && mode.intake) {
      void navigate('/van-ban-den/vao-so', { replace: true })
    }
    setTimeout(() => {
      const so = form.getFieldInstance('so') as { focus?: () => void } | undefined
      so?.focus?.()
    }, 0)
  }

  const onSaved = (doc: DocumentDetail, andNext: boolean): void => {
    if (andNext && mode.kind === 'create') {
      clear()
    } else {
      void navigate(`/van-ban-den/${doc.id}`)
    }
  }

  const save = useSave({ form, mode, attachments, duplicates, shownNumber, onSaved })

  const revert = (): void => {
    if (editing) {
      form.setFieldsValue(fromDetail(editing))
      attachments.reset(editing.files)
      return
    }
    const v = form.getFieldsValue(true) as IncomingValues
    const typed = [v.so, v.kyHieu, v.coQuanBanHanh, v.trichYeu, v.nguoiKy, v.ghiChu].some(
      (t) => (t ?? '').trim() !== '',
    )
    clear()
    // Said only when something was there to lose; Esc on an empty form just stays empty.
    if (typed || attachments.list.length > 0) {
      void message.info('Đã xóa nội dung đang nhập.')
    }
  }

  useEditorKeys({
    onSave: () => void save.save(false),
    onSaveNext: editing ? undefined : () => void save.save(true),
    onClear: revert,
  })

  const onUploaded = (result: UploadResult): void => {
    const filled = suggestion.apply(result.suggestion, result.pages, result.name, types)
    if (filled > 0) {
      void message.info(`Đã điền ${filled} ô từ tệp ${result.name}; hãy kiểm tra lại.`)
    }
  }

  const onValuesChange = (changed: Partial<IncomingValues>): void => suggestion.onEdited(changed)

  // Loại văn bản from the ký hiệu's first group, once the clerk leaves the field and only if
  // no type was chosen: while typing, `TT` is not yet `TTr`.
  const inferType = (): void => {
    const kyHieu = form.getFieldValue('kyHieu') as string | undefined
    const code = kyHieu ? typeFromKyHieu(kyHieu, types) : undefined
    if (code && !form.getFieldValue('loaiVanBan')) {
      form.setFieldsValue({ loaiVanBan: code })
    }
  }

  // `123/QĐ-UBND` typed or pasted into Số: once the clerk leaves the field, the ký hiệu goes
  // to its own field (not while typing, when `12/Q` is only half a number).
  const splitSo = (): void => {
    const so = form.getFieldValue('so') as string | undefined
    const parsed = so?.includes('/') ? parseSoKyHieu(so) : null
    if (!parsed || parsed.hyphenForm) {
      return
    }
    const kyHieu = parsed.year === null ? parsed.kyHieu : `${parsed.year}/${parsed.kyHieu}`
    form.setFieldsValue({ so: parsed.so, kyHieu })
    suggestion.onEdited({ so: parsed.so, kyHieu })
    inferType()
    void form.validateFields(['so'])
  }

  const selectedFile = attachments.selected?.result ?? null
  return (
    <div
      ref={containerRef}
      className="incoming-editor"
      onKeyDownCapture={(e) => onEnterSkipClosedList(containerRef.current, e)}
      onKeyDown={(e) => onEnterNext(containerRef.current, e)}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card size="small" className="incoming-editor__form">
            {save.error ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={save.error}
                style={{ marginBottom: 12 }}
                closable={{ onClose: save.clearError }}
              />
            ) : null}
            {suggestion.pending.size > 0 ? (
              <SuggestionBar
                source={suggestion.source}
                count={suggestion.pending.size}
                onConfirm={suggestion.confirm}
                onDiscard={suggestion.discard}
              />
            ) : null}
            {duplicates.matches.length > 0 ? (
              <DuplicateAlert
                matches={duplicates.matches}
                accepted={duplicates.accepted}
                onAccept={duplicates.accept}
                onUndo={duplicates.undo}
                onOpen={setPeekId}
              />
            ) : null}
            <Form<IncomingValues>
              form={form}
              name="incoming"
              layout="vertical"
              size="middle"
              initialValues={start.values}
              onValuesChange={onValuesChange}
              disabled={save.saving}
              className="incoming-form"
              aria-label={editing ? 'Sửa văn bản đến' : 'Vào sổ văn bản đến'}
            >
              <IncomingFields
                form={form}
                registers={registers}
                types={types}
                units={unitChoices}
                users={users.data ?? []}
                soDen={shownNumber ?? (next.isFetching ? '…' : '—')}
                editing={editing !== null}
                suggested={suggestion.pending}
                onSoBlur={splitSo}
                onKyHieuBlur={inferType}
              />
            </Form>
            <EditorActions
              editing={editing !== null}
              saving={save.saving}
              onSave={() => void save.save(false)}
              onSaveNext={() => void save.save(true)}
              onClear={revert}
              onCancel={editing ? () => void navigate(`/van-ban-den/${editing.id}`) : undefined}
            />
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card
            size="small"
            title="Tệp đính kèm"
            className="incoming-editor__files"
            data-enter-skip
          >
            <AttachmentsPanel
              control={attachments}
              onUploaded={onUploaded}
              disabled={save.saving}
            />
            <FilePreview file={selectedFile} height="max(360px, calc(100vh - 300px))" />
          </Card>
        </Col>
      </Row>
      <DocumentPeek id={peekId} onClose={() => setPeekId(null)} />
    </div>
  )
}
