import type { MessageKey } from '../ui/i18n';

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: MessageKey };

/**
 * Checks the pack update URL before it is saved. Empty is allowed (it turns syncing off);
 * otherwise only http and https, with a host and no embedded credentials, since the
 * extension fetches nothing else and a password in a URL would sit in storage in clear.
 */
export function validateUpdateUrl(input: string): UrlCheck {
  const value = input.trim();
  if (value === '') return { ok: true, url: '' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'updateUrlInvalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'updateUrlScheme' };
  if (!url.hostname) return { ok: false, reason: 'updateUrlInvalid' };
  if (url.username || url.password) return { ok: false, reason: 'updateUrlCredentials' };
  return { ok: true, url: url.href };
}
