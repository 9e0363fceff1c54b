import type { Role } from '../../../../shared/api/roles'
import { inboxBoxes, type InboxBox } from '../../../../shared/api/task-types'

/** The boxes each role works from: the person's own work, which the menu badge counts. */
const boxRoles: Readonly<Record<InboxBox, readonly Role[]>> = {
  cho_trinh: ['van_thu'],
  cho_chi_dao: ['lanh_dao'],
  cho_phan_cong: ['lanh_dao'],
  dang_xu_ly: ['lanh_dao', 'chuyen_vien'],
  phoi_hop: ['lanh_dao', 'chuyen_vien'],
  de_biet: ['lanh_dao', 'chuyen_vien', 'van_thu'],
  xin_gia_han: ['lanh_dao'],
  giai_trinh: ['lanh_dao', 'chuyen_vien'],
  du_thao_cho_toi: ['lanh_dao'],
  du_thao_tra_lai: ['lanh_dao', 'chuyen_vien', 'van_thu'],
  cho_the_thuc: ['van_thu'],
  cho_ban_hanh: ['van_thu'],
  noi_bo_den: ['lanh_dao', 'chuyen_vien'],
}

/** The person's own boxes, in the order work flows. */
export const ownBoxes = (roles: readonly Role[]): InboxBox[] =>
  inboxBoxes.filter((b) => boxRoles[b].some((r) => roles.includes(r)))
