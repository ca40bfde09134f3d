/** Prefix of every rule id and value of `message.source`. */
export const SOURCE = 'falc';

/** Base of the documentation URL of each rule (one page per rule). */
export const DOCS_BASE_URL =
  'https://github.com/rapport-falc/rapport-falc/blob/main/docs/regles-falc/';

/** Documentation URL of a rule: `falc:phrase-longue` → `…/phrase-longue.md`. */
export function ruleUrl(ruleId: string): string {
  return DOCS_BASE_URL + ruleSlug(ruleId) + '.md';
}

/** File-name part of a rule id (colons are not portable in file names). */
export function ruleSlug(ruleId: string): string {
  return ruleId.replace(/^falc:/, '');
}
