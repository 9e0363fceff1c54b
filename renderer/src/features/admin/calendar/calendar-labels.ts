import type { CalendarDayEntry } from '../../../../../shared/api/methods/calendar'
import { dayOfWeek, formatVietnamese, isWeekend } from '../../../../../shared/calendar'

export type DayKind = CalendarDayEntry['kind']

/** The order the kinds are offered in, the common ones first. */
export const dayKinds: readonly DayKind[] = ['nghi_le', 'nghi_bu', 'lam_bu', 'khong_nghi']

export const kindLabel: Readonly<Record<DayKind, string>> = {
  nghi_le: 'Nghỉ lễ',
  nghi_bu: 'Nghỉ bù',
  lam_bu: 'Làm bù',
  khong_nghi: 'Không nghỉ',
}

/** What each kind does to the count of working days, for the kind picker. */
export const kindHelp: Readonly<Record<DayKind, string>> = {
  nghi_le: 'ngày nghỉ lễ, Tết',
  nghi_bu: 'nghỉ bù hoặc nghỉ hoán đổi',
  lam_bu: 'thứ Bảy, Chủ nhật đi làm',
  khong_nghi: 'bỏ một ngày nghỉ mặc định',
}

export const kindColor: Readonly<Record<DayKind, string>> = {
  nghi_le: 'red',
  nghi_bu: 'orange',
  lam_bu: 'blue',
  khong_nghi: 'default',
}

export const sourceLabel: Readonly<Record<CalendarDayEntry['source'], string>> = {
  default: 'Mặc định theo luật',
  admin: 'Quản trị sửa',
}

const weekdays = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

/** "Thứ Hai" … "Chủ nhật" for a YYYY-MM-DD date. */
export function weekdayName(date: string): string {
  return weekdays[dayOfWeek(date)] ?? ''
}

/** dd/MM/yyyy, as offices write dates. */
export const formatDay = formatVietnamese

/** Days off that take a working day away: nghỉ lễ or nghỉ bù from Monday to Friday. */
export function weekdaysOff(days: readonly CalendarDayEntry[]): number {
  return days.filter((d) => (d.kind === 'nghi_le' || d.kind === 'nghi_bu') && !isWeekend(d.date))
    .length
}

/** Saturdays and Sundays that are worked. */
export function makeUpDays(days: readonly CalendarDayEntry[]): number {
  return days.filter((d) => d.kind === 'lam_bu' && isWeekend(d.date)).length
}
