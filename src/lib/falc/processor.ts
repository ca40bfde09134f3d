import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextLatin from 'retext-latin';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { FalcRule } from './define-rule.ts';
import { applyIgnores, IGNORE_RULE_ID } from './ignore.ts';
import { falcModel, modelOf, type ModelOptions } from './model.ts';
import { FALC_PRESET, RULE_IDS } from './preset.ts';
import { falcPrepare, NOT_PROSE } from './prepare.ts';
import { computeStats } from './stats.ts';
import { falcSyntax } from './syntax.ts';
import type { FalcFileData, RuleSetting } from './types.ts';

export interface FalcProcessorOptions extends ModelOptions {
  /** Settings that replace the preset's, by rule id: `{ 'falc:virgules': ['warn', { max: 3 }] }`. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Run only these rules (the tests use it to check one rule at a time). */
  only?: readonly string[];
}

/**
 * The FALC pipeline:
 * remark-parse + front matter + GFM footnotes and tables (as Astro renders them) → `falcPrepare`
 * (front matter, blocks, pictograms, ignore comments) → remark-retext bridge
 * to retext-latin, where `falcModel` builds the French sentences and the
 * prose rules run → the structure rules → ignores applied, stats computed →
 * the rule about ignore comments.
 */
export function createFalcProcessor(options: FalcProcessorOptions = {}): Processor<Root> {
  const unknown = Object.keys(options.rules ?? {}).find((id) => !RULE_IDS.includes(id));
  if (unknown) throw new Error(`Règle « ${unknown} » inconnue : les règles sont ${RULE_IDS.join(', ')}.`);

  const settings = FALC_PRESET.filter((entry) => !options.only || options.only.includes(entry.rule.ruleId)).map(
    (entry) => [entry.rule, options.rules?.[entry.rule.ruleId] ?? entry.severity] as const,
  );
  const modelOptions: ModelOptions = {};
  if (options.glossary) modelOptions.glossary = options.glossary;
  if (options.elisions) modelOptions.elisions = options.elisions;

  const retext = unified().use(retextLatin).use(falcModel, modelOptions);
  for (const [rule, setting] of settings) {
    if (rule.tree === 'nlcst') retext.use(asPlugin(rule), setting);
  }

  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(falcSyntax)
    .use(falcPrepare, { knownRuleIds: new Set(RULE_IDS) })
    .use(remarkRetext, retext as never, { ignore: NOT_PROSE });
  let ignoreRule: readonly [FalcRule, RuleSetting] | undefined;
  for (const [rule, setting] of settings) {
    if (rule.ruleId === IGNORE_RULE_ID) ignoreRule = [rule, setting];
    else if (rule.tree === 'mdast') processor.use(asPlugin(rule), setting);
  }
  processor.use(falcFinalize);
  if (ignoreRule) processor.use(asPlugin(ignoreRule[0]), ignoreRule[1]);
  return processor as unknown as Processor<Root>;
}

/**
 * The same Markdown parser without the footnote and table extensions, for a
 * text where `mayHoldGfmSyntax` says they cannot match: same tree, faster.
 */
export function createPlainParser(): Processor<Root> {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']) as unknown as Processor<Root>;
}

/** Apply `falc-ignore` comments and compute the page's readability figures. */
function falcFinalize() {
  return function transformer(_tree: Root, file: VFile) {
    applyIgnores(file as VFile & { data: FalcFileData });
    (file.data as FalcFileData).falcStats = computeStats(modelOf(file));
  };
}

// unified's plugin types do not model a plugin that may return no transformer.
function asPlugin(rule: FalcRule): (setting?: RuleSetting) => undefined {
  return rule as unknown as (setting?: RuleSetting) => undefined;
}
