export { createAppResolver, APP_ORIGIN, APP_SCHEME, APP_HOST, PRINT_MEDIA_PREFIX, type AppResolver, type AppResponse } from './resolver';
export { createDisplayPrintSource, createScopedPrintSource, displayResolution, sessionScope, sessionViewer, type PrintImageSource, type PrintMediaSource, type ScopeProvider } from './print-media';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp';
export { resolveBundleFile, bundleSegments } from './bundle-path';
