/**
 * The Content Security Policy of every page of the app: nothing but the app's own
 * files, no remote origin of any kind, no inline script, no plugins, no framing.
 * Sent as a header (app:// protocol, session, test bridge). The page's meta tag holds the
 * same policy without `frame-ancestors`, which browsers ignore in a meta tag (with a
 * console error); see CONTENT_SECURITY_POLICY_META.
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

/** Directives a browser honours only in a header. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy of src/renderer/index.html's meta tag (test/hardening checks they match). */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !HEADER_ONLY.includes(directive.split(' ')[0]!))
  .join('; ');
