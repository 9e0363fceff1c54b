import type { MethodName } from '../api/method-names'

/**
 * What each method did, as the Nhật ký screen says it. Partial on purpose: a method added
 * tomorrow still shows (by its name) until it gets a label; a unit test asks for a label on
 * every method that writes.
 */
export const methodLabels: Readonly<Partial<Record<MethodName, string>>> = {
  'setup.init': 'Thiết lập ban đầu',
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'auth.changePassword': 'Đổi mật khẩu',
  'agency.update': 'Sửa thông tin cơ quan',
  'units.create': 'Thêm đơn vị',
  'units.update': 'Sửa đơn vị',
  'units.setDisabled': 'Ngừng/mở lại đơn vị',
  'users.create': 'Thêm người dùng',
  'users.update': 'Sửa người dùng',
  'users.setDisabled': 'Khoá/mở khoá người dùng',
  'users.resetPassword': 'Đặt lại mật khẩu',
  'users.delete': 'Xoá người dùng',
  'registers.create': 'Thêm sổ văn bản',
  'registers.update': 'Sửa sổ văn bản',
  'registers.setDisabled': 'Ngừng/mở lại sổ văn bản',
  'files.upload': 'Tải tệp lên',
  'files.content': 'Mở tệp đính kèm',
  'intake.add': 'Thêm văn bản chờ vào sổ',
  'intake.dismiss': 'Bỏ văn bản chờ vào sổ',
  'documents.registerIncoming': 'Vào sổ văn bản đến',
  'documents.updateIncoming': 'Sửa văn bản đến',
  'documents.get': 'Mở văn bản',
  'calendar.setDay': 'Điều chỉnh ngày nghỉ/làm bù',
  'calendar.resetDay': 'Bỏ điều chỉnh ngày',
  'documents.present': 'Trình văn bản',
  'documents.direct': 'Cho ý kiến chỉ đạo',
  'tasks.create': 'Giao nhiệm vụ',
  'tasks.assign': 'Phân công xử lý',
  'tasks.report': 'Báo cáo tiến độ',
  'tasks.requestExtension': 'Xin gia hạn',
  'tasks.decideExtension': 'Duyệt gia hạn',
  'tasks.requestExplanation': 'Yêu cầu giải trình',
  'tasks.explain': 'Giải trình',
  'tasks.complete': 'Hoàn thành nhiệm vụ',
  'tasks.reopen': 'Mở lại nhiệm vụ',
  'tasks.updateSettings': 'Sửa cài đặt nhắc hạn',
  'notifications.markRead': 'Đánh dấu đã đọc thông báo',
  'notifications.takeDesktop': 'Hiện thông báo trên máy',
  'drafts.create': 'Tạo dự thảo',
  'drafts.update': 'Sửa dự thảo',
  'drafts.submit': 'Trình dự thảo',
  'drafts.review': 'Duyệt dự thảo',
  'drafts.checkFormat': 'Kiểm tra thể thức',
  'drafts.sign': 'Ký duyệt dự thảo',
  'drafts.comment': 'Góp ý dự thảo',
  'drafts.cancel': 'Huỷ dự thảo',
  'outgoing.issue': 'Ban hành văn bản đi',
  'outgoing.reserve': 'Giữ số văn bản đi',
  'outgoing.release': 'Trả số đã giữ',
  'outgoing.send': 'Gửi văn bản đi',
  'outgoing.addRecipients': 'Gửi bổ sung nơi nhận',
  'outgoing.receive': 'Xác nhận đã nhận',
  'outgoing.recall': 'Thu hồi văn bản đi',
  'search.save': 'Lưu tìm kiếm',
  'search.deleteSaved': 'Xoá tìm kiếm đã lưu',
  'search.reindex': 'Dựng lại chỉ mục tìm kiếm',
  'access.grant': 'Cấp quyền xem văn bản',
  'access.revoke': 'Thu hồi quyền xem văn bản',
  'backup.saveSettings': 'Sửa cài đặt sao lưu',
  'backup.run': 'Sao lưu dữ liệu',
}

/** Rows written outside the API: bulk imports and the demo seed, from the command line. */
export const offApiLabels: Readonly<Record<string, string>> = {
  'documents.import': 'Nhập văn bản đến hàng loạt',
  'intake.import': 'Nhập tệp PDF chờ vào sổ',
  'demo.seed': 'Tạo dữ liệu mẫu',
}

export const methodLabel = (method: string): string =>
  (methodLabels as Readonly<Record<string, string>>)[method] ?? offApiLabels[method] ?? method

/** Record types as people name them. */
export const recordTypeLabels: Readonly<Record<string, string>> = {
  document: 'Văn bản',
  task: 'Nhiệm vụ',
  draft: 'Dự thảo',
  user: 'Người dùng',
  unit: 'Đơn vị',
  register: 'Sổ văn bản',
  holiday: 'Ngày nghỉ',
  intake: 'Văn bản chờ vào sổ',
  reservation: 'Số giữ trước',
  saved_search: 'Tìm kiếm đã lưu',
  settings: 'Cài đặt',
  notification: 'Thông báo',
  file: 'Tệp',
  search_index: 'Chỉ mục tìm kiếm',
}

export const recordTypeLabel = (t: string | null): string =>
  t === null ? '' : (recordTypeLabels[t] ?? t)
