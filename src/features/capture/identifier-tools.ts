// The redactor's parts the capture screen uses, in one chunk of their own: it is fetched when the
// screen opens, not with the app, and saving waits for it (an identifier check is never skipped).
export { applyRedactions } from '../../domain/redaction/apply-redactions';
export { findIdentifiers } from '../../domain/redaction/find-identifiers';
