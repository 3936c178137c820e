/**
 * The Content Security Policy of every page of the app: nothing but the app's own
 * files, no remote origin of any kind, no inline script, no plugins, no framing.
 * The same string is in src/renderer/index.html (test/hardening checks they match).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');
