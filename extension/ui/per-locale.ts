/**
 * One value per locale, made on first use. Making an Intl formatter costs about as much as
 * formatting a hundred values with it, and the sidebar formats hundreds in its first render.
 */
export function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}
