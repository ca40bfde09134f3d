/**
 * The index of the whole Mulberry Symbols set (3 436 symbols), shipped with the
 * project in src/lib/pictograms/mulberry/ (the set's own `symbol-info-en.csv` and
 * `symbol-info-fr.csv`, CC BY-SA 4.0): editors search all of it on a fresh
 * clone, although only the drawings the report uses are in public/pictogrammes/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Next to this module: the index belongs to the tool, not to the content being checked. */
export const MULBERRY_INDEX_DIR = fileURLToPath(new URL('./mulberry/', import.meta.url));

export interface MulberrySymbol {
  /** The set's file name without `.svg` (`school`, `help_,_to`): the name used everywhere in the project. */
  symbol: string;
  /** The set's French name; often the English one kept as it is (`baker_2a`). */
  french: string;
  /** Category, in French and in English. */
  category: string;
  categoryEn: string;
  /** English tags (`class school`). */
  tags: string[];
}

/**
 * CSV as the set writes it: one row per line, a field quoted when it holds a
 * comma (`"help_,_to"`), doubled quotes inside quotes.
 */
export function parseCsv(text: string): string[][] {
  return text.split(/\r?\n/).filter((line) => line !== '').map(parseCsvLine);
}

function parseCsvLine(line: string): string[] {
  // Most rows have no quotes: a plain split is enough (and ten times faster on the 3 436 rows).
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else field += c;
  }
  fields.push(field);
  return fields;
}

/** Rows keyed by `symbol-id`, with the header's column names. */
function readRows(file: string): Map<string, Record<string, string>> {
  const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return new Map(rows.filter((r) => r.length === header.length).map((r) => {
    const record = Object.fromEntries(header.map((name, i) => [name, r[i]!.trim()]));
    return [record['symbol-id']!, record];
  }));
}

let cached: MulberrySymbol[] | undefined;

/** Every symbol of the set, English and French rows joined on `symbol-id` (the English `symbol` is the file name). */
export function mulberryIndex(dir = MULBERRY_INDEX_DIR): MulberrySymbol[] {
  if (cached && dir === MULBERRY_INDEX_DIR) return cached;
  const english = readRows(join(dir, 'symbol-info-en.csv'));
  const french = readRows(join(dir, 'symbol-info-fr.csv'));
  const index = [...english.values()].map((en): MulberrySymbol => {
    const fr = french.get(en['symbol-id']!);
    return {
      symbol: en.symbol!,
      french: fr?.symbol || en.symbol!,
      category: fr?.category || en.category!,
      categoryEn: en.category!,
      tags: (en.tags ?? '').split(/\s+/).filter(Boolean),
    };
  });
  if (dir === MULBERRY_INDEX_DIR) cached = index;
  return index;
}
