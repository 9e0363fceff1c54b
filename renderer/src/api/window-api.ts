import type { Input, Output } from '../../../shared/api/contract'
import type { ApiReply } from '../../../shared/api/errors'
import type { MethodName } from '../../../shared/api/method-names'

/** What the desktop preload exposes: one function per contract method, same reply shape. */
export type DesktopApi = { readonly platform: 'desktop' } & {
  readonly [M in MethodName]: (input: Input<M>) => Promise<ApiReply<Output<M>>>
}

declare global {
  // Declaration merging onto the DOM's Window needs an interface; a type alias cannot merge.
  interface Window {
    readonly api?: DesktopApi
  }
}
