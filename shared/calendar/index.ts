// Public API of the working-day calendar: import from 'shared/calendar', not its files.
export {
  addDays,
  compareIso,
  dayOfWeek,
  daysInMonth,
  formatVietnamese,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isoDate,
  isWeekend,
  parseIsoDate,
  toDayNumber,
} from './iso-date'
export type { DateParts, DayOfWeek, IsoDate } from './iso-date'
export { leapMonthOf, lunarToSolar, lunarYearRange, solarToLunar } from './lunar'
export type { LunarDate } from './lunar'
export { defaultHolidays, holidayKinds, mergeHolidays, quocKhanhExtraDay } from './holidays'
export type { Holiday, HolidayKind } from './holidays'
export { WorkCalendar } from './working-days'
