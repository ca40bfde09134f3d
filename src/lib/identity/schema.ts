/**
 * The `identite` section of content/site.yaml: the organisation's logo and
 * colours. Optional: without it the site keeps its own look. Messages name the
 * field in French (src/lib/checks/zod-messages.ts adds the field's name).
 */
import { z } from 'astro/zod';
import { HEX_COLOUR } from './contrast.ts';
import { ROLE_NAMES, ROLES, type Role, type Scheme } from './palette.ts';

const EXAMPLE: Record<Scheme, string> = { clair: '#0a4a85', sombre: '#9ccaff' };

function colour(scheme: Scheme) {
  return z
    .string({
      error: (issue) => issue.input === undefined
        ? `indiquez aussi la couleur du thème ${scheme}, par exemple ${scheme}: "${EXAMPLE[scheme]}".`
        // Unquoted, « #0a4a85 » is a YAML comment: the field is then empty.
        : `écrivez la couleur entre guillemets, par exemple "${EXAMPLE[scheme]}" : sans guillemets, le # et ce qui suit sont ignorés.`,
    })
    .regex(HEX_COLOUR, `écrivez la couleur en hexadécimal, entre guillemets : # suivi de 6 chiffres ou lettres de a à f, par exemple "${EXAMPLE[scheme]}".`)
    .describe(`Couleur du thème ${scheme}, par exemple "${EXAMPLE[scheme]}".`);
}

/** An object whose misspelt fields are errors that list the right ones (rather than being ignored without a word). */
function fields<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => issue.code === 'unrecognized_keys' ? `« ${issue.keys.join(' », « ')} » n’existe pas ici. Champs possibles : ${Object.keys(shape).join(', ')}.` : undefined,
  });
}

const colourPair = (role: Role) => fields({ clair: colour('clair'), sombre: colour('sombre') }).describe(ROLES[role].description);

export const ColoursSchema = fields(Object.fromEntries(ROLE_NAMES.map((role) => [role, colourPair(role).optional()])) as Record<Role, z.ZodOptional<ReturnType<typeof colourPair>>>)
  .describe('Les couleurs de l’organisation : pour chaque rôle, une couleur du thème clair et une du thème sombre. Les rôles absents gardent les couleurs du site.');

const ALT_MISSING = 'écrivez ce que dit le logo (souvent le nom de l’organisation) : c’est ce que lira une personne qui ne voit pas l’image.';

export const LogoSchema = fields({
  /** Path from the project root: public/…/logo.svg (checked by src/lib/identity/logo.ts). */
  fichier: z.string().min(1).describe('Le fichier SVG du logo, dans le dossier public/, par exemple « public/identite/logo.svg ».'),
  /** The logo's text alternative. */
  alternative: z.string({ error: (issue) => (issue.input === undefined ? ALT_MISSING : undefined) }).trim().min(1, ALT_MISSING).describe('Ce que dit le logo, pour qui ne le voit pas.'),
}).describe('Le logo de l’organisation, en haut de chaque page des deux versions.');

export const IdentitySchema = fields({ logo: LogoSchema.optional(), couleurs: ColoursSchema.optional() })
  .describe('L’identité de l’organisation : son logo et ses couleurs. Facultatif.');

export type Identity = z.infer<typeof IdentitySchema>;
