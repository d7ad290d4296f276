import type { SyncRefusalCode } from '../messaging/protocol';
import { t, type MessageKey } from './i18n';

/** One message per refusal code; a code added without its message fails to compile. */
const REFUSAL_MESSAGES: Record<SyncRefusalCode, MessageKey> = {
  oversize: 'refusalOversize',
  'malformed-json': 'refusalMalformedJson',
  'bad-envelope': 'refusalBadEnvelope',
  'unknown-key': 'refusalUnknownKey',
  'revoked-key': 'refusalRevokedKey',
  'bad-signature': 'refusalBadSignature',
  'payload-not-json': 'refusalPayloadNotJson',
  'wrong-kind': 'refusalWrongKind',
  'bad-index': 'refusalBadIndex',
  'bad-key-change': 'refusalBadKeyChange',
  schema: 'refusalSchema',
  integrity: 'refusalIntegrity',
  'hash-mismatch': 'refusalHashMismatch',
  'same-version': 'refusalSameVersion',
  downgrade: 'refusalDowngrade',
  'no-update-url': 'refusalNoUpdateUrl',
  'invalid-url': 'refusalInvalidUrl',
  unreachable: 'refusalUnreachable',
  'http-status': 'refusalHttpStatus',
  'not-utf8': 'refusalNotUtf8',
  'index-mismatch': 'refusalIndexMismatch',
  'import-failed': 'refusalImportFailed',
};

/**
 * Why a check failed, in the reader's language at the time it is shown: the background
 * stores only the code and its values (a host, a version, a JSON path), never a sentence.
 */
export function refusalText(code: SyncRefusalCode, params: readonly string[]): string {
  return t(REFUSAL_MESSAGES[code], [...params]);
}
