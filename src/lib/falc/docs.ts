import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleSlug } from './constants.ts';
import { PROJECT_ROOT } from './files.ts';
import { FALC_PRESET } from './preset.ts';

/** Where the generated pages go, relative to the project root. */
export const DOCS_FOLDER = 'docs/regles-falc';
/** Where each rule's fixtures live: `<folder>/<slug>/{ok.md, not-ok.md, expected.txt}`, and what a rule over several texts reads (`liste.txt`, `autres.md`). */
export const FIXTURES_FOLDER = 'tests/unit/falc/fixtures';

const SEVERITY_FR = { error: 'erreur', warn: 'avertissement' } as const;

/**
 * The rule reference, generated from each rule's doc comment and its test
 * fixtures (as remark-lint builds its readmes): one page per rule plus an
 * index. Returns file path (relative to the project root) → content.
 */
export function generateRuleDocs(root: string = PROJECT_ROOT): Map<string, string> {
  const pages = new Map<string, string>();
  const index: string[] = [
    '# Règles du linter FALC',
    '',
    '<!-- Fichier généré par `npm run docs:falc` depuis src/lib/falc/rules/*.ts et tests/unit/falc/fixtures : ne pas modifier à la main. -->',
    '',
    'Le linter vérifie les pages FALC (`content/falc/`) : `npm run lint:falc`.',
    'Chaque règle a une gravité : une **erreur** bloque (code de sortie 1), un **avertissement** demande de relire la phrase.',
    'Les scores de lisibilité (mots par phrase, LIX, Kandel–Moles) sont donnés par page, sans jamais bloquer.',
    '',
    'Pour masquer un message sur une ligne, écrivez juste avant cette ligne :',
    '`<!-- falc-ignore falc:regle : raison -->`. La raison est obligatoire.',
    '',
    '## Références',
    '',
    'Les règles citent ces textes publics :',
    '',
    '- **Référentiel langage simplifié** (RLS) : *Référentiel pour une rédaction de contenus alternatifs en langage simplifié*, État (DISIC), ressource du RGAA 3, 2016. Critères numérotés RLS-1 à RLS-7 : https://github.com/DISIC/referentiel_redaction-langage-simplifie',
    '- **Inclusion Europe**, *L’information pour tous. Règles européennes pour une information facile à lire et à comprendre*, projet Pathways, 2009 : https://www.inclusion-europe.eu/easy-to-read/',
    '- **Unapei**, *L’information pour tous* : la version française des règles européennes, publiée par l’Unapei et Nous Aussi (le RLS la cite : http://www.unapei.org/IMG/pdf/Guide_ReglesFacileAlire.pdf).',
    '- **Corpus de textes FALC publiés** : courts extraits cités avec leur source dans `tests/unit/falc/corpus/`, sur lesquels les règles ajoutées ne doivent donner aucune alerte ; les seuils de `falc:phrases-a-la-limite` et `falc:noms-propres` y sont mesurés.',
    '',
    '## Règles',
    '',
    '| Règle | Gravité | Pourquoi |',
    '| --- | --- | --- |',
  ];
  for (const entry of FALC_PRESET) {
    const id = entry.rule.ruleId;
    const slug = ruleSlug(id);
    const source = readFileSync(join(root, 'src/lib/falc/rules', `${slug}.ts`), 'utf8');
    const lines = [
      `# ${id}`,
      '',
      '<!-- Fichier généré par `npm run docs:falc` : modifiez le commentaire de la règle ou ses exemples. -->',
      '',
      `Gravité dans le preset : **${SEVERITY_FR[entry.severity]}**. ${entry.reason}`,
      '',
      docComment(source),
      '',
      '## Exemples',
      '',
      ...example(root, slug),
      `Code : [src/lib/falc/rules/${slug}.ts](../../src/lib/falc/rules/${slug}.ts).`,
    ];
    pages.set(`${DOCS_FOLDER}/${slug}.md`, lines.join('\n') + '\n');
    index.push(`| [${id}](${slug}.md) | ${SEVERITY_FR[entry.severity]} | ${entry.reason.replace(/\|/g, '\\|')} |`);
  }
  pages.set(`${DOCS_FOLDER}/README.md`, index.join('\n') + '\n');
  return pages;
}

/** The first `/** … *\/` block of a file, without its stars. */
export function docComment(source: string): string {
  const match = /\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!match) return '';
  return match[1]!
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
}

function example(root: string, slug: string): string[] {
  const folder = join(root, FIXTURES_FOLDER, slug);
  const read = (name: string) => {
    const path = join(folder, name);
    return existsSync(path) ? readFileSync(path, 'utf8').trimEnd() : '';
  };
  const fence = (text: string, language: string) => ['````' + language, text, '````', ''];
  const listing = read('liste.txt');
  const others = read('autres.md');
  return [
    ...(listing ? ['Les titres de la liste de la page (`liste.txt`) :', '', ...fence(listing, 'text')] : []),
    ...(others ? ['Un autre texte du rapport (`autres.md`), comparé aux exemples :', '', ...fence(others, 'md')] : []),
    '### Correct (`ok.md`)',
    '',
    'Aucun message :',
    '',
    ...fence(read('ok.md'), 'md'),
    '### Incorrect (`not-ok.md`)',
    '',
    ...fence(read('not-ok.md'), 'md'),
    'Messages :',
    '',
    ...fence(read('expected.txt'), 'text'),
  ];
}
