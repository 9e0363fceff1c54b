import type { DocumentDetail, IntakeItem } from '../../../../../shared/api/document-types'

/** Registering a new document (perhaps from the intake queue), or correcting one. */
export type EditorMode =
  | Readonly<{ kind: 'create'; intake: IntakeItem | null }>
  | Readonly<{ kind: 'edit'; doc: DocumentDetail }>
