/**
 * Records a review of a FALC page in its front matter: status, readers, date,
 * and the fingerprints of the FALC text (body and key figure sentences) and of
 * the standard page it was written
 * from. Comments and field order of the front matter are kept.
 */
import { parseDocument } from 'yaml';
import { contentHash } from './content-hash.ts';
import { falcFingerprint } from './falc-fingerprint.ts';
import { QUESTIONS_MAX, QUESTIONS_MIN } from '../schemas/falc-page.ts';

export type ReviewStatus = 'a-relire' | 'relu' | 'valide';

export interface ReviewInput {
  statut?: ReviewStatus | undefined;
  relecteurs?: string[] | undefined;
  /** AAAA-MM-JJ. */
  date: string;
  /** What the session changed in the text. */
  changements?: string | undefined;
}

const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/;

export class ValidationError extends Error {}

export function recordReview(falcText: string, standardText: string, input: ReviewInput): string {
  const match = FRONT_MATTER.exec(falcText);
  if (!match) throw new ValidationError('Ce fichier n’a pas d’en-tête (les lignes entre deux « --- ») : impossible d’enregistrer la relecture.');
  const [whole, open, yamlText, close] = match;
  const body = falcText.slice(whole.length);
  const doc = parseDocument(yamlText!);
  if (doc.errors.length > 0) throw new ValidationError(`L’en-tête est mal écrit : ${doc.errors[0]!.message}`);

  const statut = input.statut ?? (doc.getIn(['relecture', 'statut']) as ReviewStatus | undefined) ?? 'a-relire';
  const recorded = (doc.getIn(['relecture', 'relecteurs']) as { toJSON?: () => unknown } | undefined)?.toJSON?.();
  const relecteurs = input.relecteurs ?? (Array.isArray(recorded) ? recorded.map(String) : []);
  if (statut === 'valide' && relecteurs.length === 0) {
    throw new ValidationError(
      'Un texte validé doit nommer ses relecteurs : ajoutez --relecteurs "Prénom Nom, Prénom Nom" (les personnes handicapées intellectuelles qui ont relu le texte).',
    );
  }
  if (statut === 'valide') {
    const questions = doc.getIn(['questions']) as { items?: unknown[] } | undefined;
    const count = Array.isArray(questions?.items) ? questions.items.length : 0;
    if (count < QUESTIONS_MIN || count > QUESTIONS_MAX) throw new ValidationError(questionsNeeded(count));
  }
  doc.setIn(['relecture', 'statut'], statut);
  doc.setIn(['relecture', 'relecteurs'], doc.createNode(relecteurs, { flow: relecteurs.length === 0 }));
  doc.setIn(['relecture', 'date'], input.date);
  if (input.changements !== undefined) doc.setIn(['relecture', 'changements'], input.changements);
  doc.setIn(['empreintes', 'falc'], falcFingerprint(body, (doc.toJS() as { chiffresCles?: unknown } | null)?.chiffresCles));
  doc.setIn(['empreintes', 'source'], contentHash(standardText));
  return `${open}${doc.toString({ lineWidth: 0 })}${close}${body}`;
}

/** Readers validate a text by showing they understood it: the questions asked in the session must be on the page. */
function questionsNeeded(count: number): string {
  const found = count === 0 ? 'Cette page n’a pas de questions de compréhension' : `Cette page a ${count} question${count > 1 ? 's' : ''} de compréhension`;
  return (
    `${found} : un texte validé en a ${QUESTIONS_MIN} à ${QUESTIONS_MAX}, celles posées aux lecteurs pendant la séance. ` +
    'Ajoutez-les dans l’en-tête, puis relancez la commande :\n' +
    'questions:\n  - question: Qui aide les communes ?\n    reponse: Le Département.\n  - question: …'
  );
}
