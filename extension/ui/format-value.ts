import type { ClaimValue } from '../../src/pack/fact-pack-schema';
import { t } from './i18n';
import { perLocale } from './per-locale';

const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));

/** A number with the locale's grouping: 700000 → "700,000" (en) or "700 000" (ru). */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
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
