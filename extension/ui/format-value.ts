import type { ClaimValue } from '../../src/pack/fact-pack-schema';
import { t } from './i18n';

/** One formatter per locale, made on first use: the sidebar formats every answer's value, and making one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with the locale's grouping: 700000 → "700,000" (en) or "700 000" (ru). */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * A claim's value as a reader sees it: numbers grouped with their unit, ranges as
 * "min–max unit", statements as their text. Units come from the pack and stay in its language.
 */
export function formatClaimValue(
  value: ClaimValue,
  locale: string,
  approx: (amount: string) => string = (amount) => t('valueApprox', amount),
): string {
  switch (value.kind) {
    case 'number': {
      const amount = `${formatNumber(value.value, locale)} ${value.unit}`;
      return value.approx ? approx(amount) : amount;
    }
    case 'range':
      return `${formatNumber(value.min, locale)}\u2013${formatNumber(value.max, locale)} ${value.unit}`;
    case 'statement':
      return value.text;
  }
}
