import type { ThemeConfig } from 'antd'

export const fontStack = '"Noto Sans", "Segoe UI", Roboto, Arial, sans-serif'

/** Calm and sober: one administrative blue, neutral greys, nothing that competes with text. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fa6',
    colorInfo: '#1d5fa6',
    colorBgLayout: '#f3f5f8',
    borderRadius: 6,
    fontFamily: fontStack,
    fontSize: 14,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      siderBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 24px',
    },
    Menu: {
      itemBorderRadius: 6,
      itemSelectedBg: '#e8f0fa',
    },
    Table: {
      headerBg: '#f6f8fb',
    },
  },
}
