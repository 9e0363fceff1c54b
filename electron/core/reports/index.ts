// Printed registers (NĐ 30/2020 Phụ lục IV): PDF to bind, XLSX to keep or adjust.
export { renderRegisterPdf } from './register-pdf'
export { renderRegisterXlsx } from './register-xlsx'
export { registerLayout, registerLayouts } from './register-layout'
export type {
  ColumnAlign,
  RegisterColumn,
  RegisterColumnKeys,
  RegisterKind,
  RegisterLayout,
} from './register-layout'
export type { RegisterPrint, RegisterRow } from './register-types'
