/**
 * A YAML syntax error said in plain French, at its real line and column: the
 * parser's own position (its pretty errors are off, so it is computed here
 * from the error's offset), and what is most likely wrong: a tab used for
 * indentation, a `|-` text whose line is less indented than the others, an
 * unclosed quote or bracket, a field written twice, a colon too many.
 */
import { CST, Parser, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** 1-based line and column in the YAML text. */
  line: number;
  column: number;
  /** What is wrong and what to do, in French. */
  explanation: string;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const BLOCK_START = /(^|:|-)\s*[|>][-+0-9]*\s*(#.*)?$/;
const NEW_ENTRY = /^\s*(-(\s|$)|[^\s:#][^:#]*:(\s|$))/;

/** The line that starts the `|-` text the error line was meant to continue, if any. */
function blockScalarAbove(lines: string[], index: number): { contentIndent: number } | undefined {
  for (let k = index - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (line.trim() === '') continue;
    if (BLOCK_START.test(line)) {
      const first = lines.slice(k + 1, index).find((l) => l.trim() !== '');
      return first === undefined ? undefined : { contentIndent: indentOf(first) };
    }
    // Still inside the text as long as lines are indented more than a field.
    if (NEW_ENTRY.test(line) && !lines.slice(0, k).some((l) => BLOCK_START.test(l))) return undefined;
  }
  return undefined;
}

const BRACKETS = {
  'flow-seq-start': { end: 'flow-seq-end', unclosed: 'un crochet « [ » ouvert ici n’est pas fermé', closing: '« ] »' },
  'flow-map-start': { end: 'flow-map-end', unclosed: 'une accolade « { » ouverte ici n’est pas fermée', closing: '« } »' },
} as const;

/**
 * The first `[` or `{` before `offset` that is never closed, read from the parser's own syntax tree. The parser gives
 * up where the next field starts (« titre: [cassé », then « numero: 1 » reported as badly indented): the editor must
 * be sent to the line the bracket opens.
 */
function unclosedBracket(yaml: string, offset: number): { offset: number; unclosed: string; closing: string } | undefined {
  let found: { offset: number; unclosed: string; closing: string } | undefined;
  for (const token of new Parser().parse(yaml)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      const node = item.value;
      if (found || node?.type !== 'flow-collection' || node.start.offset > offset) return;
      const bracket = BRACKETS[node.start.type as keyof typeof BRACKETS];
      if (!bracket) return;
      if (!node.end.some((end) => end.type === bracket.end)) found = { offset: node.start.offset, unclosed: bracket.unclosed, closing: bracket.closing };
    });
  }
  return found;
}

/** 1-based line and column of an offset. */
function positionOf(yaml: string, offset: number): { line: number; column: number } {
  const before = yaml.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export function yamlProblem(yaml: string, error: YAMLError): YamlProblem {
  const offset = error.pos[0];
  const before = yaml.slice(0, offset).split('\n');
  let { line, column } = positionOf(yaml, offset);
  const lines = yaml.split('\n');
  if (error.code === 'TAB_AS_INDENT' || /^\t/.test(lines[line - 1] ?? '')) {
    return { line, column: 1, explanation: 'une tabulation sert de retrait : remplacez-la par des espaces, deux par niveau' };
  }
  // The parser often stops on the line after the one at fault: look at the line it names and the one before.
  for (const index of [line - 1, line - 2]) {
    const text = lines[index];
    if (text === undefined || text.trim() === '' || NEW_ENTRY.test(text)) continue;
    const block = blockScalarAbove(lines, index);
    if (block && indentOf(text) < block.contentIndent) {
      return {
        line: index + 1,
        column: 1,
        explanation: `cette ligne continue un texte « |- » mais elle est moins décalée que lui : mettez ${block.contentIndent} espaces au début, comme à sa première ligne`,
      };
    }
  }
  const bracket = unclosedBracket(yaml, offset);
  if (bracket) {
    return {
      ...positionOf(yaml, bracket.offset),
      explanation: `${bracket.unclosed} : ajoutez ${bracket.closing} à la fin de la valeur, ` +
        'ou mettez toute la valeur entre guillemets si ce signe fait partie du texte',
    };
  }
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return { line, column, explanation: 'ce champ est écrit deux fois : gardez-en un seul' };
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) {
        // The quote is opened on an earlier line: point at it.
        const opening = before.findLastIndex((l) => /:\s*["']/.test(l));
        if (opening >= 0) [line, column] = [opening + 1, before[opening]!.search(/["']/) + 1];
        return { line, column, explanation: 'un guillemet ouvert n’est pas fermé : ajoutez-le à la fin de la valeur' };
      }
      return { line, column, explanation: 'un retrait ou un « - » manque : vérifiez que les éléments d’une liste commencent tous par « - », au même retrait' };
    case 'BAD_INDENT':
      return { line, column, explanation: 'le retrait de cette ligne ne correspond pas aux autres : alignez-la sur les champs de même niveau' };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { line, column, explanation: 'un deux-points de trop dans une valeur : mettez tout le texte qui suit « nom: » entre guillemets' };
    default:
      return { line, column, explanation: 'la syntaxe n’est pas correcte : vérifiez les deux-points, les retraits et les guillemets' };
  }
}
