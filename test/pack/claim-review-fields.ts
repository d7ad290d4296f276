import { RATINGS } from '../../src/pack/fact-pack-schema';

/**
 * The ClaimReview fields fact-checkers publish and fact-check readers (search engines, the
 * fact-check databases) require, checked by hand: a JSON-LD document (an array, or an object
 * with @graph) of ClaimReview nodes. Returns every problem as `path: reason`.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);

function checkNamed(value: unknown, path: string, types: string[], problems: string[]): void {
  if (!isObject(value)) return void problems.push(`${path}: missing`);
  if (!types.includes(String(value['@type']))) problems.push(`${path}.@type: not ${types.join(' or ')}`);
  if (!isText(value.name)) problems.push(`${path}.name: missing`);
  if (value.url !== undefined && !isUrl(value.url)) problems.push(`${path}.url: not a URL`);
}

export function claimReviewProblems(document: unknown): string[] {
  const problems: string[] = [];
  const nodes = Array.isArray(document) ? document : isObject(document) && Array.isArray(document['@graph']) ? document['@graph'] : null;
  if (!nodes) return ['$: neither an array nor an object with @graph'];
  const context = isObject(document) ? document['@context'] : undefined;
  nodes.forEach((node: unknown, index) => {
    const at = `$[${index}]`;
    if (!isObject(node)) return void problems.push(`${at}: not an object`);
    const nodeContext = node['@context'] ?? context;
    if (typeof nodeContext !== 'string' || !/^https?:\/\/schema\.org\/?$/.test(nodeContext)) problems.push(`${at}.@context: not schema.org`);
    if (node['@type'] !== 'ClaimReview') problems.push(`${at}.@type: not ClaimReview`);
    if (!isText(node.claimReviewed)) problems.push(`${at}.claimReviewed: missing`);
    if (!isDate(node.datePublished)) problems.push(`${at}.datePublished: not an ISO date`);
    checkNamed(node.author, `${at}.author`, ['Organization', 'Person'], problems);
    const rating = node.reviewRating;
    if (!isObject(rating)) problems.push(`${at}.reviewRating: missing`);
    else {
      if (rating['@type'] !== 'Rating') problems.push(`${at}.reviewRating.@type: not Rating`);
      if (!(RATINGS as readonly unknown[]).includes(rating.alternateName)) problems.push(`${at}.reviewRating.alternateName: not a rating of the scale`);
      if (!isText(rating.ratingExplanation) && !isText(node.reviewBody)) problems.push(`${at}.reviewRating.ratingExplanation: no reason (nor reviewBody)`);
    }
    const item = node.itemReviewed;
    if (!isObject(item)) return void problems.push(`${at}.itemReviewed: missing`);
    if (item['@type'] !== 'Claim') problems.push(`${at}.itemReviewed.@type: not Claim`);
    checkNamed(item.author, `${at}.itemReviewed.author`, ['Organization', 'Person'], problems);
    if (!isDate(item.datePublished)) problems.push(`${at}.itemReviewed.datePublished: not an ISO date`);
    const appearances = Array.isArray(item.appearance) ? item.appearance : [item.appearance];
    appearances.forEach((appearance: unknown, which) => {
      const where = `${at}.itemReviewed.appearance[${which}]`;
      if (!isObject(appearance)) return void problems.push(`${where}: missing`);
      if (!isUrl(appearance.url)) problems.push(`${where}.url: not a URL`);
      if (!isDate(appearance.datePublished)) problems.push(`${where}.datePublished: not an ISO date`);
    });
  });
  return problems;
}
