/**
 * Vérifie la fiche de validation du front matter quand la page réclame le
 * logo FALC (`relecture.statut: valide`) :
 * - `relecture.relecteurs` doit nommer au moins une personne : les
 *   relecteurs en situation de handicap intellectuel qui ont validé le texte ;
 * - `empreintes.falc` doit être égale à `falcFingerprint()` du texte de la page
 *   (ce qui suit le `---` de fin du front matter, et les phrases des chiffres
 *   clés `chiffresCles[].texte`) : si le texte a changé
 *   depuis la validation, il faut le faire relire à nouveau.
 *
 * Elle signale aussi un `statut` inconnu (permis : `a-relire`, `relu`,
 * `valide`) et un front matter YAML illisible. Une page sans front matter
 * ou sans `relecture` ne réclame pas le logo : rien n’est signalé.
 *
 * ## Pourquoi
 *
 * Seules les personnes en situation de handicap intellectuel peuvent dire
 * si un texte est facile à lire. Le logo européen promet que cette relecture
 * a eu lieu, sur ce texte-là : il ne doit pas rester sur un texte modifié
 * après la relecture.
 *
 * ## Sources
 *
 * - Inclusion Europe, *L’information pour tous* : des personnes
 *   handicapées intellectuelles relisent et valident le texte ; le logo
 *   « facile à lire » n’est mis que sur un texte qu’elles ont vérifié.
 * - Unapei, *L’information pour tous* (la même règle, en français).
 * Garder les relecteurs nommés et l’empreinte du texte relu est le moyen
 * du projet de tenir cette promesse.
 *
 * ## Options
 *
 * Aucune.
 */
import { falcFingerprint } from '../../falc-fingerprint.ts';
import { defineRule } from '../define-rule.ts';

const STATUSES = ['a-relire', 'relu', 'valide'];

export default defineRule('falc:relecture', 'mdast', {}, ({ file, report }) => {
  const frontMatter = file.data.falcFrontMatter;
  if (!frontMatter) return;
  if (frontMatter.error) {
    report({
      start: frontMatter.error.offset,
      end: frontMatter.error.offset + 1,
      reason: `Front matter YAML illisible (${frontMatter.error.message}) : corrigez-le.`,
    });
    return;
  }
  const data = frontMatter.data ?? {};
  const review = data['relecture'];
  if (review === undefined) return;
  const whole = frontMatter.rangeOf(['relecture']) ?? [frontMatter.yamlOffset, frontMatter.yamlOffset + 1];
  if (review === null || typeof review !== 'object' || Array.isArray(review)) {
    report({ start: whole[0], end: whole[1], reason: 'Champ « relecture » mal écrit : donnez « statut » et « relecteurs ».' });
    return;
  }
  const record = review as Record<string, unknown>;
  const status = record['statut'];
  const statusRange = frontMatter.rangeOf(['relecture', 'statut']) ?? whole;
  if (typeof status !== 'string' || !STATUSES.includes(status)) {
    report({
      start: statusRange[0],
      end: statusRange[1],
      reason: `Statut de relecture « ${String(status)} » inconnu : écrivez « a-relire », « relu » ou « valide ».`,
      actual: String(status),
      expected: STATUSES,
    });
    return;
  }
  if (status !== 'valide') return;

  const readers = record['relecteurs'];
  const named = Array.isArray(readers) ? readers.filter((name) => typeof name === 'string' && name.trim() !== '') : [];
  if (named.length === 0) {
    const range = frontMatter.rangeOf(['relecture', 'relecteurs']) ?? statusRange;
    report({
      start: range[0],
      end: range[1],
      reason:
        'Logo FALC sans relecteur : écrivez dans « relecteurs » le nom des personnes qui ont relu et validé le texte, ou mettez le statut « relu » ou « a-relire ».',
    });
  }

  const prints = data['empreintes'];
  const recorded =
    prints !== null && typeof prints === 'object' ? (prints as Record<string, unknown>)['falc'] : undefined;
  const current = falcFingerprint(frontMatter.body, data['chiffresCles']);
  if (recorded === undefined || recorded === null || String(recorded) !== current) {
    const range = frontMatter.rangeOf(['empreintes', 'falc']) ?? frontMatter.rangeOf(['empreintes']) ?? statusRange;
    report({
      start: range[0],
      end: range[1],
      reason:
        recorded === undefined || recorded === null
          ? `Logo FALC sans empreinte du texte : après la relecture, écrivez « empreintes.falc: ${current} ».`
          : 'Texte modifié depuis sa validation : faites relire la page, puis mettez à jour « empreintes.falc », ou mettez le statut « a-relire ».',
      actual: recorded === undefined || recorded === null ? '' : String(recorded),
      expected: [current],
    });
  }
});
