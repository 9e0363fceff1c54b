import { useState } from 'react'
import { NavigationType, useLocation, useNavigationType, useSearchParams } from 'react-router'
import type { SavedQuery } from '../../api/search'
import { readSearch, writeSearch, type SearchState } from './search-params'

/** Marks history entries written by typing, so the next keys replace them instead of piling up. */
type EntryState = Readonly<{ typing?: boolean }> | null

export type SearchScreenState = Readonly<{
  state: SearchState
  /** What the box shows: ahead of the URL while the person types. */
  text: string
  type: (text: string) => void
  /** A filter, page or Enter: a new history entry, so Back undoes it. */
  change: (patch: Partial<SavedQuery> & { page?: number }) => void
  /** A whole query (a saved search): a new entry, first page. */
  run: (query: SavedQuery) => void
}>

/**
 * The screen's query in the URL. Typing writes the URL as the person types: the first key after
 * anything else adds a history entry, later keys replace it, so Back goes to the search before
 * the typing, not one letter back. The box keeps its own text, because the URL arrives a moment
 * later and would otherwise undo a fast key; it takes the URL's text again only when the URL
 * changed by other means (Back, a saved search, the header's search box).
 */
export function useSearchState(): SearchScreenState {
  const [search, setSearch] = useSearchParams()
  const location = useLocation()
  const navigationType = useNavigationType()
  const state = readSearch(search)
  const [text, setText] = useState(state.query.q)
  const [seenKey, setSeenKey] = useState(location.key)
  const entry = location.state as EntryState
  if (location.key !== seenKey) {
    setSeenKey(location.key)
    if (navigationType === NavigationType.Pop || entry?.typing !== true) {
      setText(state.query.q)
    }
  }

  const go = (next: SearchState, typing: boolean): void => {
    setSearch(writeSearch(next), {
      replace: typing && entry?.typing === true,
      state: typing ? { typing: true } : null,
    })
  }

  return {
    state,
    text,
    type: (value) => {
      setText(value)
      go({ query: { ...state.query, q: value }, page: 1 }, true)
    },
    change: ({ page, ...patch }) => {
      go({ query: { ...state.query, q: text, ...patch }, page: page ?? 1 }, false)
    },
    run: (query) => {
      setText(query.q)
      go({ query, page: 1 }, false)
    },
  }
}
