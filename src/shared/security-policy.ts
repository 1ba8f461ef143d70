/**
 * The renderer's Content Security Policy, used by the desktop protocol handler (as a header)
 * and by the production HTML of both editions (as a meta tag). Only the app's own code runs;
 * nothing is fetched from the network; the page cannot be framed or post forms.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ')
