// The four roles of NĐ 30 offices. A user may hold several (a văn thư who is also quản trị).
export const roles = ['van_thu', 'lanh_dao', 'chuyen_vien', 'quan_tri'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Readonly<Record<Role, string>> = {
  van_thu: 'Văn thư',
  lanh_dao: 'Lãnh đạo',
  chuyen_vien: 'Chuyên viên',
  quan_tri: 'Quản trị',
}
