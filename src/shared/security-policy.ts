/**
 * The renderer's Content Security Policy. Only the app's own code runs; nothing is fetched from
 * the network; the page cannot be framed, post forms or load plugins.
 */
const DIRECTIVES = [
  "default-src 'self'",
  // WebAssembly may be compiled (libxml2, which checks customs replies against their NCTS
  // schemas); JavaScript eval stays forbidden ('wasm-unsafe-eval' allows only the former).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
]

/** The policy as a response header: the desktop's app protocol and the browser edition's server. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')

/**
 * The copy in the production HTML's meta tag, for a page opened some other way. Browsers ignore
 * frame-ancestors in a meta tag, and Chromium reports it as an error (CSP Level 3, §6.4.2), so
 * it is left out here; the header carries it.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ')

/** Headers on every response that serves the app's pages and assets, on both editions. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
}
