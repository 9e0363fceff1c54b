import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { useState, type ReactElement, type ReactNode } from 'react'
import { createQueryClient } from './query-client'
import { theme } from './theme'
import './dayjs'

export function Providers({ children }: { children: ReactNode }): ReactElement {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={viVN} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  )
}
