// One Content-Security-Policy for the renderer, used by the Electron protocol handler and the
// built index.html. pdf.js runs its worker from our own origin and needs wasm for some image
// decoders (hence 'wasm-unsafe-eval'); it never needs eval (isEvalSupported: false).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // The sync server (renderer/sync): https anywhere, plain http only on this machine (a local
  // or test server). The sync client itself refuses to send a token over http to any other host.
  "connect-src 'self' blob: data: http://127.0.0.1:* http://localhost:* https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The same policy for a <meta> tag, where browsers ignore (and warn about) frame-ancestors. */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
