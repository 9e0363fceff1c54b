import { App, Form } from 'antd'
import { useMemo, useState, type ReactElement } from 'react'
import type { Unit } from '../../../../../shared/api/types'
import { useCreateUnit, useUpdateUnit } from '../../../api/units'
import { FormModal } from '../../../ui/form-modal'
import { applyApiError } from '../../../ui/form-errors'
import { organIdValue } from '../../../ui/organ-id'
import { UnitIdentityFields } from '../../../ui/unit-identity-fields'
import { buildTree, subtreeIds, unitOptions } from './unit-tree'
import { UnitTreeSelect } from './unit-tree-select'

export type UnitFormTarget =
  Readonly<{ kind: 'create'; parentId: number }> | Readonly<{ kind: 'edit'; unit: Unit }>

type Values = { parentId?: number; name: string; shortName: string; code?: string | null }

type Props = Readonly<{ target: UnitFormTarget; units: readonly Unit[]; onClose: () => void }>

/** Adds a unit, or edits one (its name, abbreviation, code and its place in the tree). */
export function UnitFormModal({ target, units, onClose }: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const create = useCreateUnit()
  const update = useUpdateUnit()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const editing = target.kind === 'edit' ? target.unit : null
  const isRoot = editing !== null && editing.parentId === null

  const parentChoices = useMemo(
    () =>
      unitOptions(buildTree(units), {
        // A unit cannot move inside itself; the core refuses it too.
        ...(editing ? { exclude: subtreeIds(units, editing.id) } : {}),
      }),
    [units, editing],
  )

  const initial: Values = editing
    ? {
        ...(editing.parentId !== null ? { parentId: editing.parentId } : {}),
        name: editing.name,
        shortName: editing.shortName,
        code: editing.code,
      }
    : { parentId: target.kind === 'create' ? target.parentId : undefined, name: '', shortName: '' }

  const onFinish = async (values: Values): Promise<void> => {
    setError(null)
    const common = {
      name: values.name,
      shortName: values.shortName,
      code: organIdValue(values.code),
    }
    try {
      if (editing) {
        await update.mutateAsync({
          id: editing.id,
          ...common,
          ...(isRoot || values.parentId === undefined ? {} : { parentId: values.parentId }),
        })
        void message.success(`Đã lưu đơn vị ${values.name}`)
      } else {
        await create.mutateAsync({ parentId: values.parentId ?? 0, ...common })
        void message.success(`Đã thêm đơn vị ${values.name}`)
      }
      onClose()
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  const pending = create.isPending || update.isPending
  return (
    <FormModal<Values>
      title={editing ? `Sửa đơn vị: ${editing.name}` : 'Thêm đơn vị'}
      form={form}
      initialValues={initial}
      error={error}
      pending={pending}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      {isRoot ? null : (
        <Form.Item
          label="Đơn vị cấp trên"
          name="parentId"
          rules={[{ required: true, message: 'Chọn đơn vị cấp trên' }]}
          extra={editing ? 'Chọn đơn vị khác để chuyển đơn vị này sang đó.' : undefined}
        >
          <UnitTreeSelect options={parentChoices} />
        </Form.Item>
      )}
      <UnitIdentityFields
        names={{ name: 'name', shortName: 'shortName', code: 'code' }}
        noun="đơn vị"
        namePlaceholder="Ví dụ: Phòng Tổng hợp"
        kyHieuExample="TH trong 12/UBND-TH"
        autoFocus
      />
    </FormModal>
  )
}
