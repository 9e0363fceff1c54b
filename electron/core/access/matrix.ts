import type { AccessMatrix, MatrixGroup } from '../../../shared/api/access-types'
import { contract } from '../../../shared/api/contract'
import { methodNames } from '../../../shared/api/method-names'
import { roleLabels, roles, type Role } from '../../../shared/api/roles'
import type { Scope } from './scope'
import { documentRules, SECRET_RULE, type DocumentRule } from './document-rules'

// The role matrix an admin reads (issue 7 §1), derived from what the core enforces: each
// method's access list in the contract, and the visibility rules' own sentences. Nothing here
// is a copy that could drift from the rules.

/** Names for the contract's method groups (the part before the dot). */
const groupLabels: Readonly<Record<string, string>> = {
  system: 'Hệ thống',
  setup: 'Thiết lập',
  auth: 'Đăng nhập',
  agency: 'Cơ quan',
  units: 'Đơn vị',
  users: 'Người dùng',
  registers: 'Sổ văn bản',
  catalog: 'Danh mục',
  issuers: 'Cơ quan ban hành',
  files: 'Tệp đính kèm',
  intake: 'Chờ vào sổ',
  documents: 'Văn bản',
  reports: 'Báo cáo',
  calendar: 'Lịch làm việc',
  tasks: 'Nhiệm vụ',
  inbox: 'Việc cần xử lý',
  notifications: 'Thông báo',
  drafts: 'Dự thảo',
  outgoing: 'Văn bản đi',
  search: 'Tra cứu',
  access: 'Quyền xem văn bản',
  audit: 'Nhật ký',
  backup: 'Sao lưu',
}

function capabilityGroups(): MatrixGroup[] {
  const groups = new Map<string, MatrixGroup>()
  for (const name of methodNames) {
    const def = contract[name]
    const key = name.split('.')[0] ?? name
    const group = groups.get(key) ?? { key, label: groupLabels[key] ?? key, capabilities: [] }
    groups.set(key, group)
    const access = def.access
    group.capabilities.push({
      method: name,
      writes: def.writes,
      access: typeof access === 'string' ? access : 'roles',
      allowed: typeof access === 'string' ? [...roles] : roles.filter((r) => access.includes(r)),
    })
  }
  return [...groups.values()]
}

const sentence = (r: DocumentRule): string =>
  r.ordinaryOnly ? `${r.reason} (chỉ văn bản thường, không mật)` : r.reason

/** Representative people: the rules depend only on the shape of the scope and the roles. */
const audiences: readonly Readonly<{ audience: string; scope: Scope; roles: Role[] }>[] = [
  {
    audience: 'Văn thư',
    scope: { kind: 'user', userId: 0, unitId: 0, wide: true, units: [] },
    roles: ['van_thu'],
  },
  {
    audience: 'Lãnh đạo cơ quan',
    scope: { kind: 'user', userId: 0, unitId: 0, wide: true, units: [] },
    roles: ['lanh_dao'],
  },
  {
    audience: 'Lãnh đạo đơn vị',
    scope: { kind: 'user', userId: 0, unitId: 0, wide: false, units: [0] },
    roles: ['lanh_dao'],
  },
  {
    audience: 'Chuyên viên',
    scope: { kind: 'user', userId: 0, unitId: 0, wide: false, units: [] },
    roles: ['chuyen_vien'],
  },
  {
    audience: 'Quản trị (chỉ vai trò này)',
    scope: { kind: 'user', userId: 0, unitId: 0, wide: false, units: [] },
    roles: ['quan_tri'],
  },
]

/** Which documents each kind of person sees: what everyone shares, then each one's own. */
function visibilitySentences(): AccessMatrix['visibility'] {
  const each = audiences.map((a) => ({ ...a, rules: documentRules(a.scope, a.roles) }))
  const shared = each
    .map((a) => new Set(a.rules.map((r) => r.key)))
    .reduce((acc, keys) => new Set([...acc].filter((k) => keys.has(k))))
  const common = each[0]?.rules.filter((r) => shared.has(r.key)) ?? []
  return [
    { audience: 'Mọi người', rules: common.map(sentence) },
    ...each.map((a) => {
      const own = a.rules.filter((r) => !shared.has(r.key)).map(sentence)
      return {
        audience: a.audience,
        rules: own.length > 0 ? own : ['Không xem thêm văn bản nào ngoài phần của mọi người'],
      }
    }),
  ]
}

export function accessMatrix(): AccessMatrix {
  return {
    roles: roles.map((role) => ({ role, label: roleLabels[role] })),
    groups: capabilityGroups(),
    visibility: visibilitySentences(),
    secretRule: SECRET_RULE,
  }
}
