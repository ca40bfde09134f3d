/**
 * Zod's issues, said in French to an editor: what is wrong with which field, and
 * what to write instead. A message the schema gives in French is kept as is.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  boolean: 'vrai ou faux (true ou false)',
  array: 'une liste (des lignes qui commencent par « - »)',
  object: 'un groupe de champs (des lignes en retrait en dessous)',
  date: 'une date AAAA-MM-JJ',
};

function received(value: unknown): string {
  if (value === null) return 'une valeur vide';
  if (Array.isArray(value)) return 'une liste';
  if (value instanceof Date) return 'une date';
  return TYPES[typeof value] ?? typeof value;
}

/** `temoignages.2.auteur` → `« auteur » du témoignage 3`-like readable path: field names, items counted from 1. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `n° ${p + 1}` : String(p))).join(' › ');
}

function isEnglish(message: string): boolean {
  return /^(Invalid|Too (small|big)|Expected|Required|Unrecognized|String must|Number must|Array must)/.test(message);
}

export function frenchMessage(issue: Issue, valueAtPath: unknown): string {
  const field = `« ${fieldName(issue.path)} »`;
  const last = String(issue.path.at(-1) ?? '');
  // A message about the whole file (a misspelt top-level field) names what it is about itself.
  if (!isEnglish(issue.message)) return issue.path.length > 0 ? `${field} : ${issue.message}` : issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (valueAtPath === undefined) {
        return `Le champ ${field} manque. Ajoutez une ligne « ${last}: … » dans l’en-tête.`;
      }
      return `Le champ ${field} doit être ${TYPES[issue.expected] ?? issue.expected}, pas ${received(valueAtPath)}.`;
    case 'too_small':
      if (issue.origin === 'string') return `Le champ ${field} est vide : écrivez un texte.`;
      if (issue.origin === 'array') return `Le champ ${field} doit contenir au moins ${issue.minimum} élément(s).`;
      return `Le champ ${field} doit valoir au moins ${issue.minimum}.`;
    case 'too_big':
      return `Le champ ${field} dépasse la limite (${issue.maximum}).`;
    case 'invalid_value':
      return `Le champ ${field} vaut « ${String(valueAtPath)} » : valeurs possibles : ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return `Le champ ${field} n’a pas la bonne forme (${issue.format}).`;
    default:
      return `Le champ ${field} n’est pas valide.`;
  }
}
