// One Content-Security-Policy for every way the renderer is served: renderer/index.html, the
// desktop's app:// responses and `vanthu serve`. No inline script, no eval; antd needs inline
// styles; pdf.js runs a worker from our origin.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')
