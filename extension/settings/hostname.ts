const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Turns what a reader types into the hostname the settings store: "https://www.Example.com/a"
 * and "*.example.com" become "www.example.com" and "example.com". Returns null for anything
 * that is not a hostname. (A disabled hostname also covers its subdomains.)
 */
export function normalizeHostname(input: string): string | null {
  const value = input.trim().toLowerCase().replace(/^\*\./, '');
  if (value === '' || /\s/.test(value)) return null;
  let hostname: string;
  try {
    hostname = new URL(value.includes('://') ? value : `http://${value}`).hostname;
  } catch {
    return null;
  }
  hostname = hostname.replace(/\.$/, '');
  if (hostname.length > 253) return null;
  const labels = hostname.split('.');
  if (labels.length < 2 && hostname !== 'localhost') return null;
  return labels.every((label) => LABEL.test(label)) ? hostname : null;
}
