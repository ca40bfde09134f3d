import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFalcLinter, loadGlossary, shortMessage } from '../../../src/lib/falc/index.ts';
import { PROJECT_ROOT } from '../../../src/lib/falc/files.ts';
import type { RuleSetting } from '../../../src/lib/falc/types.ts';

// False alarms that the writers of the FALC text (round 2, issue 16) met and wrote around, each with the real sentence
// that gave it, and beside it the real difficulty that the same rule must still catch. The project's glossary is the
// one `npm run lint:falc` uses.
const glossary = loadGlossary(join(PROJECT_ROOT, 'content/glossaire'));
const linter = createFalcLinter({ glossary });

async function messages(ruleId: string, text: string, settings?: Record<string, unknown>): Promise<string[]> {
  const rules: Record<string, RuleSetting> | undefined = settings ? { [ruleId]: ['warn', settings] } : undefined;
  const report = await (rules ? createFalcLinter({ glossary, rules }) : linter).lint('page.md', text);
  return report.messages.filter((message) => message.ruleId === ruleId).map(shortMessage);
}

describe('the glossary loaded by the linter', () => {
  it('holds the variants of a term (formes), not only the term', () => {
    expect(glossary).toEqual(expect.arrayContaining(['EDEN 62', 'Eden 62', 'habitat inclusif', 'habitats inclusifs']));
  });
});

describe('falc:sigle-non-explique and a glossary term of several words', () => {
  it.each([
    "Ce partenaire s'appelle EDEN 62.", // st-10
    'EDEN 62 et le Département aident les collèges depuis longtemps.', // rc-06
    'EDEN 62 aide des collèges à protéger la nature.', // rc-08
    'Le site en parle avec Eden 62.', // a variant of the term
  ])('does not flag the acronym inside the term: %s', async (sentence) => {
    expect(await messages('falc:sigle-non-explique', `${sentence}\n`)).toEqual([]);
  });

  it('still flags the acronym written alone, outside the term', async () => {
    expect(await messages('falc:sigle-non-explique', 'EDEN aide des collèges à protéger la nature.\n')).toEqual([
      '1:1-1:5: Sigle « EDEN » non expliqué : écrivez les mots en entier dans la même phrase, ou ajoutez le sigle au glossaire.',
    ]);
  });

  it('still flags an unknown acronym next to a glossary term', async () => {
    expect(await messages('falc:sigle-non-explique', 'EDEN 62 travaille avec le CPIE.\n')).toHaveLength(1);
  });
});

describe('falc:jargon and a glossary term of several words', () => {
  it('does not flag « inclusifs » inside « habitats inclusifs » (sh-11)', async () => {
    expect(await messages('falc:jargon', "Ces logements s'appellent des habitats inclusifs.\n")).toEqual([]);
  });

  it('still flags « inclusif » on its own', async () => {
    const found = await messages('falc:jargon', 'Le Département veut une société plus inclusive.\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Mot administratif « inclusive »/);
  });
});

describe('falc:temps-verbal', () => {
  it('does not read a job named in the glossary as a present participle (sh-13)', async () => {
    const sentence = 'Un accueillant familial accueille chez lui des personnes âgées ou handicapées.\n';
    expect(await messages('falc:temps-verbal', sentence)).toEqual([]);
  });

  it('does not read « fauteuil roulant » as a present participle', async () => {
    expect(await messages('falc:temps-verbal', 'Monsieur Serge se déplace en fauteuil roulant.\n')).toEqual([]);
  });

  it('does not read « durent », the present of « durer », as a passé simple', async () => {
    expect(await messages('falc:temps-verbal', 'Ces projets durent dans le temps.\n')).toEqual([]);
    expect(await messages('falc:temps-verbal', 'Ces projets durent encore.\n')).toEqual([]);
  });

  it('still flags present participles, « accueillant » outside the job name, and « durent » of « devoir »', async () => {
    expect(await messages('falc:temps-verbal', 'Le centre, accueillant des familles, ouvre.\n')).toHaveLength(1);
    expect(await messages('falc:temps-verbal', 'Il avance en roulant vite.\n')).toHaveLength(1);
    expect(await messages('falc:temps-verbal', 'Les familles durent partir.\n')).toEqual([
      '1:14-1:20: Passé simple « durent » : utilisez le présent ou le passé composé.',
    ]);
    expect(await messages('falc:temps-verbal', "Les familles durent s'en aller.\n")).toHaveLength(1);
  });
});

describe('falc:voix-passive', () => {
  it('reads « est handicapé » as an adjective', async () => {
    expect(await messages('falc:voix-passive', 'Monsieur Serge est handicapé.\n')).toEqual([]);
  });

  it('still flags the passive, « handicapé par » included', async () => {
    expect(await messages('falc:voix-passive', 'Monsieur Serge est handicapé par le bruit.\n')).toHaveLength(1);
    expect(await messages('falc:voix-passive', 'Monsieur Serge est aidé par le Département.\n')).toHaveLength(1);
  });
});

describe('falc:nombre-en-lettres and fractions', () => {
  it('suggests « 2 sur 3 » for « les deux tiers », not « 2 »', async () => {
    expect(await messages('falc:nombre-en-lettres', 'Les deux tiers des familles ont une aide.\n')).toEqual([
      '1:5-1:15: Fraction en lettres « deux tiers » : écrivez-la avec des chiffres, « 2 sur 3 » (par exemple « 2 personnes sur 3 »).',
    ]);
  });

  it('still flags a number in words', async () => {
    expect(await messages('falc:nombre-en-lettres', 'Le Département ouvre trois centres.\n')).toEqual([
      '1:22-1:27: Nombre en lettres « trois » : écrivez-le en chiffres, « 3 ».',
    ]);
  });
});

describe('falc:grand-nombre: a number of 4 digits is a year only where a year is expected', () => {
  it.each([
    ['1811 assistants familiaux accueillent des enfants.', '1811'],
    ['Le Département compte 1700 accueillants familiaux.', '1700'],
    ['Il y a plus de 1200 places.', '1200'],
  ])('flags the quantity in « %s »', async (sentence, number) => {
    const found = await messages('falc:grand-nombre', `${sentence}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`Grand nombre « ${number} » : dites un ordre de grandeur, par exemple « plus de mille »`);
  });

  it.each([
    'Le musée a ouvert en 1811.',
    'Le Département aide les familles depuis 2022.',
    'Le projet dure de 2022 à 2027.',
    'Le plan 2024-2025 commence.',
    "C'était entre fin 2023 et l'été 2024.",
    'Les rencontres ont eu lieu en 2022 et 2023.',
    "C'est plus qu'en 2023.",
    'Ce plan date de 2023.',
    'Le projet a commencé en septembre 2024.',
    'Le projet continue à partir de 2025.',
    'Les Jeux de Paris 2024 ont eu lieu en été.',
  ])('leaves the year alone in « %s »', async (sentence) => {
    expect(await messages('falc:grand-nombre', `${sentence}\n`)).toEqual([]);
  });

  it('leaves a year alone as a heading', async () => {
    expect(await messages('falc:grand-nombre', '## 2024\n\nLe Département aide les familles.\n')).toEqual([]);
  });
});

describe('falc:noms-propres', () => {
  // With at most 0 names, the message lists every name the rule counts.
  const names = (text: string) => messages('falc:noms-propres', text, { max: 0 });

  it('does not count a capitalised sentence start glued to a name by a small word', async () => {
    const found = await names('Alors le Département aide les familles de Lens.\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Page avec 1 noms propres ou noms de programmes (Lens)');
  });

  it('counts a heading and the name inside it once (« Visiter La Coupole », « La Coupole »)', async () => {
    const found = await names('## Visiter La Coupole\n\nLa Coupole est un lieu de la Seconde Guerre mondiale.\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('(Coupole, Seconde Guerre)');
  });

  it('does not count a name the glossary explains, even inside a longer term (« Maisons du Département solidarité »)', async () => {
    const found = await names('Ces lieux s\'appellent les Maisons du Département solidarité, avec EDEN 62 à Lens.\n');
    expect(found[0]).toContain('(Lens)');
  });

  it('counts a programme name even when one of its words is a common word of the glossary (« Ambitions jeunes »)', async () => {
    const found = await names("Cette aide s'appelle Ambitions jeunes.\n");
    expect(found[0]).toContain('(Ambitions)');
  });

  it('still counts a name of two capitalised words at a sentence start', async () => {
    const found = await names('Nous Aussi agit pour les personnes handicapées.\n');
    expect(found[0]).toContain('(Nous Aussi)');
  });
});

describe('falc:quantite-vague and a vague duration', () => {
  it('keeps flagging « depuis des millions d’années », with advice for a duration', async () => {
    const found = await messages('falc:quantite-vague', "Les hommes voyagent depuis des millions d'années.\n");
    expect(found).toEqual([
      "1:28-1:49: Quantité vague « des millions d'années » : pour une durée, dites-le avec des mots de tous les jours, par exemple « depuis très longtemps » ou « pendant longtemps ».",
    ]);
  });

  it('still asks for an order of magnitude for things that are counted', async () => {
    const found = await messages('falc:quantite-vague', 'Le Département a planté des milliers d’arbres.\n');
    expect(found[0]).toContain('dites un ordre de grandeur');
  });
});
