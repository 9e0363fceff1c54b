import type { Role } from '../../../shared/api/roles'

// A realistic provincial People's Committee: the leaders sit in the agency itself, the clerks in
// the Văn phòng's administration room, specialists in the rooms that handle each field.
// Names are invented; the organ code is Quảng Ninh's (000.00.00.H49, confirmed in DOMAIN §4.2).

export const demoAgency = {
  name: 'Ủy ban nhân dân tỉnh Quảng Ninh',
  shortName: 'UBND',
  code: '000.00.00.H49',
} as const

export const DEMO_PASSWORD = 'Demo@2026'

export type DemoUnit = Readonly<{ shortName: string; name: string; parent: string | null }>

/** `parent: null` hangs the unit under the agency. */
export const demoUnits: readonly DemoUnit[] = [
  { shortName: 'VP', name: 'Văn phòng UBND tỉnh', parent: null },
  { shortName: 'HCTC', name: 'Phòng Hành chính - Tổ chức', parent: 'VP' },
  { shortName: 'TH', name: 'Phòng Tổng hợp', parent: 'VP' },
  { shortName: 'KT', name: 'Phòng Kinh tế', parent: 'VP' },
  { shortName: 'VX', name: 'Phòng Khoa giáo - Văn xã', parent: 'VP' },
  { shortName: 'NC', name: 'Phòng Nội chính', parent: 'VP' },
  { shortName: 'XD', name: 'Phòng Xây dựng - Giao thông', parent: 'VP' },
  { shortName: 'TCD', name: 'Ban Tiếp công dân tỉnh', parent: null },
]

export type DemoUser = Readonly<{
  username: string
  fullName: string
  position: string
  /** Unit short name; the agency's own short name for the leadership. */
  unit: string
  roles: readonly Role[]
}>

export const demoUsers: readonly DemoUser[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    position: 'Quản trị hệ thống',
    unit: 'HCTC',
    roles: ['quan_tri'],
  },
  {
    username: 'chutich',
    fullName: 'Nguyễn Văn Hùng',
    position: 'Chủ tịch UBND tỉnh',
    unit: 'UBND',
    roles: ['lanh_dao'],
  },
  {
    username: 'pct.kinhte',
    fullName: 'Trần Thị Thu Hà',
    position: 'Phó Chủ tịch UBND tỉnh',
    unit: 'UBND',
    roles: ['lanh_dao'],
  },
  {
    username: 'pct.vanxa',
    fullName: 'Lê Quang Minh',
    position: 'Phó Chủ tịch UBND tỉnh',
    unit: 'UBND',
    roles: ['lanh_dao'],
  },
  {
    username: 'pct.noichinh',
    fullName: 'Phạm Đức Thắng',
    position: 'Phó Chủ tịch UBND tỉnh',
    unit: 'UBND',
    roles: ['lanh_dao'],
  },
  {
    username: 'cvp',
    fullName: 'Hoàng Văn Long',
    position: 'Chánh Văn phòng',
    unit: 'VP',
    roles: ['lanh_dao'],
  },
  {
    username: 'pcvp.tonghop',
    fullName: 'Đặng Thị Mai',
    position: 'Phó Chánh Văn phòng',
    unit: 'VP',
    roles: ['lanh_dao'],
  },
  {
    username: 'pcvp.kinhte',
    fullName: 'Vũ Minh Tuấn',
    position: 'Phó Chánh Văn phòng',
    unit: 'VP',
    roles: ['lanh_dao'],
  },
  {
    username: 'tp.hctc',
    fullName: 'Bùi Thị Lan',
    position: 'Trưởng phòng Hành chính - Tổ chức',
    unit: 'HCTC',
    roles: ['lanh_dao'],
  },
  {
    username: 'vanthu',
    fullName: 'Ngô Thị Hương',
    position: 'Văn thư',
    unit: 'HCTC',
    roles: ['van_thu'],
  },
  {
    username: 'vanthu2',
    fullName: 'Đỗ Văn Nam',
    position: 'Văn thư',
    unit: 'HCTC',
    roles: ['van_thu'],
  },
  {
    username: 'tp.tonghop',
    fullName: 'Lý Thị Ngọc',
    position: 'Trưởng phòng Tổng hợp',
    unit: 'TH',
    roles: ['lanh_dao'],
  },
  {
    username: 'cv.tonghop1',
    fullName: 'Trịnh Văn Khoa',
    position: 'Chuyên viên',
    unit: 'TH',
    roles: ['chuyen_vien'],
  },
  {
    username: 'cv.tonghop2',
    fullName: 'Mai Thị Thảo',
    position: 'Chuyên viên chính',
    unit: 'TH',
    roles: ['chuyen_vien'],
  },
  {
    username: 'tp.kinhte',
    fullName: 'Đinh Công Sơn',
    position: 'Trưởng phòng Kinh tế',
    unit: 'KT',
    roles: ['lanh_dao'],
  },
  {
    username: 'cv.kinhte1',
    fullName: 'Phan Thị Yến',
    position: 'Chuyên viên',
    unit: 'KT',
    roles: ['chuyen_vien'],
  },
  {
    username: 'cv.kinhte2',
    fullName: 'Hồ Đức Anh',
    position: 'Chuyên viên',
    unit: 'KT',
    roles: ['chuyen_vien'],
  },
  {
    username: 'tp.vanxa',
    fullName: 'Dương Thị Hoa',
    position: 'Trưởng phòng Khoa giáo - Văn xã',
    unit: 'VX',
    roles: ['lanh_dao'],
  },
  {
    username: 'cv.vanxa1',
    fullName: 'Tạ Văn Bình',
    position: 'Chuyên viên',
    unit: 'VX',
    roles: ['chuyen_vien'],
  },
  {
    username: 'cv.vanxa2',
    fullName: 'Lương Thị Kim Oanh',
    position: 'Chuyên viên',
    unit: 'VX',
    roles: ['chuyen_vien'],
  },
  {
    username: 'tp.noichinh',
    fullName: 'Châu Văn Lợi',
    position: 'Trưởng phòng Nội chính',
    unit: 'NC',
    roles: ['lanh_dao'],
  },
  {
    username: 'cv.noichinh1',
    fullName: 'Kiều Thị Nhung',
    position: 'Chuyên viên',
    unit: 'NC',
    roles: ['chuyen_vien'],
  },
  {
    username: 'tp.xaydung',
    fullName: 'Quách Văn Hải',
    position: 'Trưởng phòng Xây dựng - Giao thông',
    unit: 'XD',
    roles: ['lanh_dao'],
  },
  {
    username: 'cv.xaydung1',
    fullName: 'Tôn Nữ Thanh Tâm',
    position: 'Chuyên viên',
    unit: 'XD',
    roles: ['chuyen_vien'],
  },
  {
    username: 'tb.tiepdan',
    fullName: 'Lâm Văn Phúc',
    position: 'Trưởng Ban Tiếp công dân',
    unit: 'TCD',
    roles: ['lanh_dao'],
  },
  {
    username: 'cv.tiepdan1',
    fullName: 'Âu Thị Bích',
    position: 'Chuyên viên',
    unit: 'TCD',
    roles: ['chuyen_vien'],
  },
]
