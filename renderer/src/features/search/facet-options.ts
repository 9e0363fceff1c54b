import type { FacetValue } from '../../../../shared/search/types'
import { fold } from '../../../../shared/text/normalize'
import { count } from './labels'

export type Choice = Readonly<{ value: string; label: string; search: string }>

const choice = (value: string, label: string): Choice => ({ value, label, search: fold(label) })

/**
 * A filter's options: the values the answer counted, as "Quyết định (12)". A chosen value the
 * answer did not count (a saved search that finds nothing now) stays listed with (0), so the box
 * still says what is chosen. With no answer to count from, the catalogue's values, uncounted.
 */
export function facetChoices(
  values: readonly FacetValue[] | null,
  selected: string | undefined,
  fallback: readonly { value: string; label: string }[],
  labelOf: (value: string, label: string) => string = (_, label) => label,
): Choice[] {
  if (values === null) {
    const options = fallback.map((f) => choice(f.value, f.label))
    return selected === undefined || options.some((o) => o.value === selected)
      ? options
      : [choice(selected, labelOf(selected, selected)), ...options]
  }
  const options = values.map((v) =>
    choice(v.value, `${labelOf(v.value, v.label)} (${count(v.count)})`),
  )
  if (selected !== undefined && !values.some((v) => v.value === selected)) {
    const known = fallback.find((f) => f.value === selected)?.label ?? selected
    options.unshift(choice(selected, `${labelOf(selected, known)} (0)`))
  }
  return options
}
