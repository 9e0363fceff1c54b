import type { MethodName } from '../../../shared/api/method-names'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import type { HandlerContext } from '../context'

export type Handler<M extends MethodName> = (
  ctx: HandlerContext,
  input: ParsedInput<M>,
) => Output<M> | Promise<Output<M>>

export type Handlers = { [M in MethodName]: Handler<M> }
