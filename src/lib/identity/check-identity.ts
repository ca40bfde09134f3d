/**
 * The content check of `identite` in content/site.yaml, once its shape is
 * valid: the colours' contrast (check-palette.ts) and the logo's file (logo.ts).
 * Each problem names the field to change, for its line in site.yaml.
 */
import { checkPalette } from './check-palette.ts';
import { inspectLogo } from './logo.ts';
import type { Identity } from './schema.ts';

export interface IdentityIssue {
  path: (string | number)[];
  message: string;
}

export function checkIdentity(identity: Identity | undefined, root: string): IdentityIssue[] {
  const logo = identity?.logo;
  const logoProblem = logo ? inspectLogo(logo.fichier, root).problem : undefined;
  return [
    ...checkPalette(identity?.couleurs),
    ...(logoProblem ? [{ path: ['identite', 'logo', 'fichier'], message: logoProblem }] : []),
  ];
}
