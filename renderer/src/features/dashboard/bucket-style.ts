import type { DrillBucket } from './drill-links'

// One colour per bucket, used by cards, tables and charts alike: late is red, on time green,
// still within the deadline blue, done late orange, due soon amber.
export const bucketColors: Readonly<Record<DrillBucket, string>> = {
  trong_han: '#1668dc',
  qua_han: '#cf1322',
  hoan_thanh_dung_han: '#389e0d',
  hoan_thanh_qua_han: '#d46b08',
  sap_den_han: '#d48806',
}

/** Short labels for table headers and chart legends. */
export const bucketShortLabels: Readonly<Record<DrillBucket, string>> = {
  trong_han: 'Trong hạn',
  qua_han: 'Quá hạn',
  hoan_thanh_dung_han: 'HT đúng hạn',
  hoan_thanh_qua_han: 'HT quá hạn',
  sap_den_han: 'Sắp đến hạn',
}

const integer = new Intl.NumberFormat('vi-VN')
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

export const formatCount = (n: number): string => integer.format(n)
/** 12,5% the Vietnamese way. */
export const formatPercent = (n: number): string => `${oneDecimal.format(n)}%`
export const formatPoints = (n: number): string => oneDecimal.format(Math.abs(n))
