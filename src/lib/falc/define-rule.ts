import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { location, type Location } from 'vfile-location';
import { SOURCE, ruleUrl } from './constants.ts';
import type { FalcFileData, RuleSetting, SeverityLevel } from './types.ts';

/** Which tree a rule reads: Markdown structure (remark) or French prose (retext). */
export type RuleTree = 'mdast' | 'nlcst';

/** What a rule gives to `report`. Offsets are in the source file. */
export interface Report {
  start: number;
  end: number;
  reason: string;
  actual?: string;
  expected?: string[];
  /** Lower this one message to a warning even when the rule is an error. */
  warning?: boolean;
}

/** Where a Markdown node stands in the source file, for `report`; undefined for a node without position. */
export function spanOf(node: Node): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

export interface RuleContext<Options> {
  tree: Node;
  file: VFile & { data: FalcFileData };
  options: Options;
  report(report: Report): void;
}

/** A FALC rule: a unified plugin plus the metadata the preset and docs need. */
export interface FalcRule<Options = Record<string, unknown>> {
  (setting?: RuleSetting): ((tree: Node, file: VFile) => void) | undefined;
  ruleId: string;
  tree: RuleTree;
  defaults: Options;
}

const locations = new WeakMap<VFile, Location>();

/** Offset → line/column converter, cached per file. */
export function placeOf(file: VFile): Location {
  let place = locations.get(file);
  if (!place) {
    place = location(file);
    locations.set(file, place);
  }
  return place;
}

/**
 * Build a rule, the way `unified-lint-rule` does (same severities:
 * `'off' | 'warn' | 'error'`, `0 | 1 | 2`, `[severity, options]`), with two
 * differences: `ruleId` is the full id (`falc:phrase-longue`) so that the CLI,
 * the JSON output and `falc-ignore` comments all use one spelling, and a rule
 * may lower one message to a warning (a sentence of 13 words is a warning,
 * of 16 an error, in one rule).
 */
export function defineRule<Options extends object>(
  ruleId: string,
  tree: RuleTree,
  defaults: Options,
  check: (context: RuleContext<Options>) => void,
): FalcRule<Options> {
  const url = ruleUrl(ruleId);

  const plugin = function (setting?: RuleSetting) {
    const [level, given] = coerce(ruleId, setting);
    if (level === 0) return undefined;
    const options = { ...defaults, ...(given as Partial<Options> | undefined) } as Options;

    return function transformer(node: Node, file: VFile) {
      const place = placeOf(file);
      check({
        tree: node,
        file: file as VFile & { data: FalcFileData },
        options,
        report(report) {
          const start = place.toPoint(report.start);
          const end = place.toPoint(Math.max(report.end, report.start));
          // A lint message needs no stack trace, and capturing one is most of its cost.
          const limit = Error.stackTraceLimit;
          Error.stackTraceLimit = 0;
          const message = file.message(report.reason, {
            place: start && end ? { start, end } : start,
            ruleId,
            source: SOURCE,
          });
          Error.stackTraceLimit = limit;
          message.fatal = level === 2 && !report.warning;
          message.url = url;
          if (report.actual !== undefined) message.actual = report.actual;
          if (report.expected !== undefined) message.expected = report.expected;
        },
      });
    };
  } as FalcRule<Options>;

  Object.defineProperty(plugin, 'name', { value: ruleId });
  plugin.ruleId = ruleId;
  plugin.tree = tree;
  plugin.defaults = defaults;
  return plugin;
}

/** Severity and options of a setting (see unified-lint-rule `coerce`). */
export function coerce(ruleId: string, setting: RuleSetting | undefined): [0 | 1 | 2, unknown] {
  if (Array.isArray(setting)) {
    return [level(ruleId, setting[0]), setting[1]];
  }
  return [level(ruleId, setting ?? 'warn'), undefined];
}

function level(ruleId: string, severity: SeverityLevel): 0 | 1 | 2 {
  switch (severity) {
    case false:
    case 0:
    case 'off':
      return 0;
    case true:
    case 1:
    case 'warn':
      return 1;
    case 2:
    case 'error':
      return 2;
    default:
      throw new Error(
        `Gravité « ${String(severity)} » inconnue pour ${ruleId} : utilisez 'off', 'warn' ou 'error'.`,
      );
  }
}
