import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'

// "5 phút trước", "2 ngày trước": the vi locale is loaded by app/dayjs before anything renders.
dayjs.extend(relativeTime)

/** How long ago, in Vietnamese; the exact time goes in the element's title. */
export const timeAgo = (iso: string): string => dayjs(iso).fromNow()
