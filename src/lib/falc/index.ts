/**
 * FALC linter: public API for the CLI (`scripts/lint-falc.ts`) and the site
 * build. Lint a page with `lintFalcFile(path, text, { glossary })`, print
 * with `formatHuman` or `formatJson`.
 */
export { createFalcLinter, lintFalcFile, lintFalcText, shortMessage, severityOf } from './lint.ts';
export type { FalcLinter, FalcLintOptions, FalcReport, LintContext } from './lint.ts';
export { listingTitles } from './listings.ts';
export { formatHuman, formatJson, hasErrors, toJsonMessage } from './format.ts';
export type { JsonFileResult, JsonMessage } from './format.ts';
export { FALC_PRESET, RULE_IDS } from './preset.ts';
export type { PresetEntry } from './preset.ts';
export { createFalcProcessor } from './processor.ts';
export { collectMarkdown, loadGlossary, readMarkdown } from './files.ts';
export { pageBody, readFrontMatter } from './front-matter.ts';
export { DOCS_BASE_URL, ruleUrl } from './constants.ts';
export type { FalcStats, IgnoredMessage, RuleSetting } from './types.ts';
