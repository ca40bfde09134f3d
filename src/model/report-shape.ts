/**
 * The report's shape, read from `content/rapport.yaml`: its levels (pactes →
 * défis → ambitions for the Pas-de-Calais bilan), what each is called in both
 * versions, the address of the pages of the levels that have pages, the blocks
 * of a leaf's page, and the optional cross-cutting pages. Pages, the route
 * table and the checks read the shape from here instead of writing it in code,
 * so that another report's shape is a change of this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

export const REPORT_SHAPE_FILE = 'content/rapport.yaml';

const slug = (what: string) =>
  z
    .string({ error: `Écrivez ${what} en minuscules, sans accent ni espace, par exemple « ambitions ».` })
    .regex(/^[a-z][a-z0-9-]*$/, `Écrivez ${what} en minuscules, sans accent ni espace (des tirets au besoin), par exemple « ambitions ».`);

const NameSchema = z.strictObject(
  {
    singulier: z.string({ error: 'Écrivez le nom au singulier, par exemple « singulier: pacte ».' }).trim().min(1, 'Le nom au singulier est vide.'),
    pluriel: z.string({ error: 'Écrivez le nom au pluriel, par exemple « pluriel: pactes ».' }).trim().min(1, 'Le nom au pluriel est vide.'),
    /** For the words that agree with it: « ambition précédente », « défi précédent », « une », « un ». */
    genre: z.enum(['masculin', 'féminin'], { error: 'Le genre du nom est « masculin » ou « féminin ».' }),
  },
  { error: 'Un nom s’écrit « { singulier: pacte, pluriel: pactes, genre: masculin } ».' },
);

/**
 * A page address: starts and ends with « / », its parts are words or
 * `{placeholders}`: `{id}`, the entry's file name, or `{field}`, a field of its
 * front matter (see `fillPattern`). Checked here so that a typo is an editor's
 * message, not a broken route.
 */
const PatternSchema = z
  .string({ error: 'L’adresse est un texte, par exemple « /{id}/ ».' })
  .regex(/^\/(?:[a-z0-9-]*(?:\{[a-z]+\})?[a-z0-9-]*\/)+$/, 'Une adresse commence et finit par « / », en minuscules, par exemple « /{id}/ » ou « /{pactes}/ambition-{numero}/ ».');

/**
 * The kinds of block a leaf's page can show: `texte`, Markdown paragraphs
 * (the body when the field is `texte`); `paragraphes`, a numbered list of
 * Markdown paragraphs; `citations`, quotes with their author; `chiffres`, key
 * figures.
 */
export const BLOCK_KINDS = ['texte', 'paragraphes', 'citations', 'chiffres'] as const;

const BlockSchema = z.strictObject(
  {
    /** `texte` is the Markdown under the front matter; any other name is a front-matter field. */
    champ: slug('le nom du champ'),
    /** The block's heading on the page. */
    titre: z.string({ error: 'Donnez un titre au bloc, par exemple « titre: Chiffres ».' }).trim().min(1, 'Le titre du bloc est vide.'),
    /** The end of the block's address (`#actions`): stays stable when the heading's wording changes. */
    ancre: slug('l’ancre'),
    /** What the block holds, which says how it is shown: a text, a list of paragraphs, quotes, key figures. */
    sorte: z.enum(BLOCK_KINDS, { error: `La sorte d’un bloc est l’une de : ${BLOCK_KINDS.join(', ')}.` }),
    /** Exactly this many elements (paragraphs, quotes, figures); otherwise at least one. */
    nombre: z.number({ error: 'Le nombre d’éléments du bloc est un nombre entier, par exemple « nombre: 3 ».' }).int().positive().optional(),
  },
  { error: 'Chaque bloc s’écrit avec « champ », « titre », « ancre » et « sorte ».' },
).refine((block) => block.champ !== 'texte' || block.sorte === 'texte', { path: ['sorte'], message: 'Le bloc « texte » (le texte sous l’en-tête) est de sorte « texte ».' });

const LevelSchema = z.strictObject(
  {
    /** Folder of `content/` holding one file per entry of this level. */
    dossier: slug('le nom du dossier'),
    nom: NameSchema,
    /** Name in the easy-to-read version: may be a more common word (« thème » for « thématique transversale »). */
    nomFacile: NameSchema,
    /** Address of each entry's page; none for a level that only groups entries of the level below (like défis). */
    adresse: PatternSchema.optional(),
    /** Blocks of a page of this level, in order (the last level: the leaves). */
    blocs: z.array(BlockSchema).min(1, 'Indiquez au moins un bloc.').optional(),
  },
  { error: 'Chaque niveau s’écrit avec « dossier », « nom », « nomFacile » et, s’il a des pages, « adresse ».' },
);

export const ReportShapeSchema = z
  .strictObject({
    versionFacile: z.strictObject({
      /** Prefix of every easy-to-read page: the twin of `/x/` is `<prefixe>/x/`. */
      prefixe: z
        .string({ error: 'Écrivez le préfixe des pages faciles à lire, par exemple « /facile-a-lire ».' })
        .regex(/^\/[a-z0-9-]+$/, 'Le préfixe commence par « / », en minuscules, sans « / » final, par exemple « /facile-a-lire ».'),
    }),
    niveaux: z.array(LevelSchema, { error: 'Les niveaux sont une liste : une ligne « - dossier: … » par niveau.' }).min(1, 'Indiquez au moins un niveau.'),
    transversales: LevelSchema.optional(),
  })
  .superRefine((shape, context) => {
    const count = shape.niveaux.length;
    if (count < 2 || count > 3) {
      context.addIssue({ code: 'custom', path: ['niveaux'], message: `Un rapport a 2 niveaux (des parties et leurs fiches) ou 3 (avec, au milieu, un niveau qui regroupe les fiches, comme les défis) ; ce fichier en a ${count}.` });
      return;
    }
    if (!shape.niveaux[0]!.adresse) context.addIssue({ code: 'custom', path: ['niveaux', 0], message: 'Le premier niveau a des pages : indiquez leur « adresse », par exemple « adresse: /{id}/ ».' });
    if (count === 3 && shape.niveaux[1]!.adresse) context.addIssue({ code: 'custom', path: ['niveaux', 1, 'adresse'], message: 'Le niveau du milieu regroupe les fiches sur la page de son parent : il n’a pas de pages. Enlevez la ligne « adresse ».' });
    const leaf = shape.niveaux.at(-1)!;
    if (!leaf.adresse) context.addIssue({ code: 'custom', path: ['niveaux', shape.niveaux.length - 1, 'adresse'], message: 'Le dernier niveau (les fiches) a des pages : indiquez leur « adresse ».' });
    if (!leaf.blocs) context.addIssue({ code: 'custom', path: ['niveaux', shape.niveaux.length - 1, 'blocs'], message: 'Indiquez les « blocs » d’une page du dernier niveau.' });
    const folders = new Set<string>();
    for (const [index, level] of [...shape.niveaux, ...(shape.transversales ? [shape.transversales] : [])].entries()) {
      const path = index < shape.niveaux.length ? ['niveaux', index, 'dossier'] : ['transversales', 'dossier'];
      if (folders.has(level.dossier)) context.addIssue({ code: 'custom', path, message: `Le dossier « ${level.dossier} » sert à deux niveaux : chaque niveau a son dossier.` });
      folders.add(level.dossier);
    }
  });

export type ReportShape = z.infer<typeof ReportShapeSchema>;
export type Level = ReportShape['niveaux'][number];
export type Block = NonNullable<Level['blocs']>[number];

/** The `{names}` of an address pattern, in order. */
export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(/\{([a-z]+)\}/g)].map((match) => match[1]!);
}

/** An address from its pattern: `/{pacte}/ambition-{numero}/` with `{ pacte: 'st', numero: 2 }` → `/st/ambition-2/`. */
export function fillPattern(pattern: string, values: Readonly<Record<string, string | number>>): string {
  return pattern.replace(/\{([a-z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') throw new Error(`No value for {${name}} in ${pattern}`);
    return String(value);
  });
}

/**
 * The shape of the report in `root`. It is checked with the editors' French
 * messages by `npm run lint:content` (check-data-files.ts) before any build
 * reads it; here a bad file is a plain error.
 */
export function readReportShape(root = '.'): ReportShape {
  const text = readFileSync(join(root, REPORT_SHAPE_FILE), 'utf8');
  const known = parsedShapes.get(text);
  if (known) return known;
  const shape = ReportShapeSchema.parse(parse(text));
  parsedShapes.set(text, shape);
  return shape;
}

/**
 * The front-matter field by which an entry names its entry of `level`: the
 * level's name in the singular, without accents (`pacte: solidarites-humaines`,
 * `defi: sh-defi-1`, `partie: numerique`). A key figure names its leaf the
 * same way (`ambition: st-01`, `fiche: numerique-02`).
 */
export function fieldOf(level: Level): string {
  return level.nom.singulier
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The levels above a level, from the top (none for the top level). */
export function ancestorsOf(shape: ReportShape, level: Level): Level[] {
  const index = shape.niveaux.indexOf(level);
  return index < 0 ? [] : shape.niveaux.slice(0, index);
}

/** The folders of content/ whose pages have a FALC twin in content/falc/: the general pages and each level with pages. */
export function twinnedFolders(shape: ReportShape): string[] {
  return ['pages', ...[...shape.niveaux, ...(shape.transversales ? [shape.transversales] : [])].filter((level) => level.adresse).map((level) => level.dossier)];
}

/**
 * Shapes already parsed, by the file's text: the content layer validates every ambition with a schema read from
 * the shape (src/schemas/levels.ts), and parsing the YAML each time cost ≈ 0.15 ms × every ambition of a build.
 * Keyed by the text, so an edited file is parsed again (the preview).
 */
const parsedShapes = new Map<string, ReportShape>();

/** The levels whose entries the pages number (« Défi 1 », « Ambition 3 »): the grouping level, if any, and the leaves. */
export function numberedLevels(shape: ReportShape): Level[] {
  return (['group', 'leaf'] as const).flatMap((role) => levelOfRole(shape, role) ?? []);
}

/** The level that holds the leaves (the ambitions). */
export const leafLevel = (shape: ReportShape): Level => shape.niveaux.at(-1)!;

/** A level by its place in the report: the top level (pactes), the level just above the leaves (défis), the leaves (ambitions), the cross-cutting pages (thématiques). */
export type LevelRole = 'top' | 'group' | 'leaf' | 'cross-cutting';

/** The level of a role, or undefined when the report's shape has none (no grouping level, no cross-cutting pages). */
export function levelOfRole(shape: ReportShape, role: LevelRole): Level | undefined {
  const levels = shape.niveaux;
  if (role === 'cross-cutting') return shape.transversales;
  if (role === 'top') return levels[0];
  if (role === 'leaf') return levels.at(-1);
  return levels.length > 2 ? levels.at(-2) : undefined;
}

let project: ReportShape | undefined;

/**
 * This project's shape (content/rapport.yaml of the working folder), read on
 * first use and kept: the site, its routes and its words all read this one.
 * A change of the file needs a new build, or a restart of `npm run dev`.
 */
export function projectShape(): ReportShape {
  project ??= readReportShape();
  return project;
}

/** The levels that have pages of their own, from the top. */
export const levelsWithPages = (shape: ReportShape): Level[] => shape.niveaux.filter((level) => level.adresse);
