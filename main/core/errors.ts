// Compatibility re-export: the error type moved to preload/shared/errors.ts so
// every layer (formats, the matcher wrapper, the renderer) can import it without
// importing the domain. Import from there; this file goes once no branch uses it.
export { badFile, conflict, notFound, RidgelineError } from '../../preload/shared/errors';
