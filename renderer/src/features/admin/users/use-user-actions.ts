import { App } from 'antd'
import type { User } from '../../../../../shared/api/types'
import { isApiError } from '../../../api/client'
import { useDeleteUser, useSetUserDisabled } from '../../../api/users'

export type UserActions = Readonly<{
  lock: (user: User) => void
  unlock: (user: User) => Promise<void>
  remove: (user: User) => void
}>

const messageOf = (err: unknown): string =>
  err instanceof Error ? err.message : 'Đã có lỗi không mong muốn.'

/** Lock, unlock and delete, each with the confirmation and the core's answer shown plainly. */
export function useUserActions(): UserActions {
  const setDisabled = useSetUserDisabled()
  const del = useDeleteUser()
  const { message, modal } = App.useApp()

  const setLocked = async (user: User, disabled: boolean): Promise<void> => {
    try {
      await setDisabled.mutateAsync({ id: user.id, disabled })
      void message.success(
        disabled ? `Đã khóa tài khoản ${user.fullName}` : `Đã mở khóa tài khoản ${user.fullName}`,
      )
    } catch (err) {
      modal.error({
        title: disabled ? 'Không khóa được' : 'Không mở khóa được',
        content: messageOf(err),
        okText: 'Đã hiểu',
      })
    }
  }

  const lock = (user: User): void => {
    modal.confirm({
      title: `Khóa tài khoản ${user.fullName}?`,
      content:
        'Người này bị đăng xuất ngay và không đăng nhập được cho tới khi mở khóa. ' +
        'Văn bản và lịch sử làm việc vẫn được giữ nguyên.',
      okText: 'Khóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () => setLocked(user, true),
    })
  }

  const remove = (user: User): void => {
    modal.confirm({
      title: `Xóa người dùng ${user.fullName}?`,
      content:
        'Chỉ xóa được tài khoản chưa có lịch sử làm việc (ví dụ tạo nhầm). ' +
        'Tài khoản đã sử dụng thì hãy khóa thay vì xóa.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await del.mutateAsync({ id: user.id })
          void message.success(`Đã xóa người dùng ${user.fullName}`)
        } catch (err) {
          if (isApiError(err, 'CONFLICT') && !user.disabled) {
            // The account has history: locking is the way to take it out of use.
            modal.confirm({
              title: 'Không xóa được người dùng',
              content: messageOf(err),
              okText: 'Khóa tài khoản',
              cancelText: 'Đóng',
              onOk: () => setLocked(user, true),
            })
          } else {
            modal.error({ title: 'Không xóa được người dùng', content: messageOf(err) })
          }
        }
      },
    })
  }

  return { lock, unlock: (user) => setLocked(user, false), remove }
}
