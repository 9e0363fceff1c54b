import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AuthGate } from './app/auth-gate'
import { Providers } from './app/providers'
import './app/global.css'

const root = document.getElementById('root')
if (!root) {
  throw new Error('index.html has no #root')
}
createRoot(root).render(
  <StrictMode>
    <Providers>
      <AuthGate />
    </Providers>
  </StrictMode>,
)
