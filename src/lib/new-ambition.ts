/**
 * The files of a new ambition and of its FALC twin, from templates that hold
 * every required field. Each place to fill says « À COMPLÉTER », which the
 * content check refuses to publish.
 */
import { stringify } from 'yaml';
import { TO_FILL } from './checks/check-placeholders.ts';

export interface NewAmbition {
  pacte: string;
  code: string;
  defi: string;
  numero: number;
  titre: string;
}

export function ambitionId({ code, numero }: Pick<NewAmbition, 'code' | 'numero'>): string {
  return `${code}-${String(numero).padStart(2, '0')}`;
}

const scalar = (v: string | number) => stringify(v, { lineWidth: 0 }).trimEnd();

export function ambitionTemplate(a: NewAmbition): string {
  return `---
pacte: ${a.pacte}
defi: ${a.defi}
numero: ${a.numero}
titre: ${scalar(a.titre)}
# Exactement 3 actions ; la phrase d'accroche en **gras**.
actions:
  - |-
    **${TO_FILL}** : première action.
  - |-
    **${TO_FILL}** : deuxième action.
  - |-
    **${TO_FILL}** : troisième action.
# « Ils en parlent mieux que nous » : la citation avec ses « », puis qui parle.
temoignages:
  - citation: |-
      « ${TO_FILL} »
    auteur: ${TO_FILL} (prénom nom, fonction)
# Chaque chiffre se lit comme une phrase : [avant] valeur [unité] libellé.
chiffres:
  - valeur: "0"
    libelle: |-
      ${TO_FILL} : ce que compte ce nombre.
perspectives: |-
  ${TO_FILL} : ce qui va suivre.
---

${TO_FILL} : l'introduction « On l'a dit, on l'a fait ».
`;
}

export function falcTemplate(a: NewAmbition): string {
  const id = ambitionId(a);
  return `---
titre: ${TO_FILL} (une phrase simple avec un verbe)
source: ambitions/${id}
relecture:
  statut: a-relire
  relecteurs: []
---

## :information: De quoi parle cette page ?

${TO_FILL} : 2 ou 3 phrases courtes, une par ligne.

## :aide: Ce que fait le Département

${TO_FILL}

## :personnes: Pour qui ?

${TO_FILL}
`;
}
