/**
 * The Content-Security-Policy of the renderer: sent as a header by both hosts and repeated as a
 * meta tag in renderer/index.html (a test keeps the two equal). Mantine injects style elements,
 * hence 'unsafe-inline' for styles only; scripts come from the app's own origin and nowhere else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
