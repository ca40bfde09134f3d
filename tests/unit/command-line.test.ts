/**
 * The commands' line (scripts/lib/command-line.ts): node:util's parseArgs, with the
 * editors' French messages, each naming what was typed and what the command accepts.
 */
import { describe, expect, it } from 'vitest';
import { acceptedOptions, CommandLineError, parseCommandLine } from '../../scripts/lib/command-line.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';

const AUDIT = {
  options: { enregistrer: { type: 'boolean' }, dist: { type: 'string', value: '<dossier>' }, outils: { type: 'string', value: 'a,b' } },
} as const;
const PAGES = { options: { tout: { type: 'boolean' }, date: { type: 'string' } }, positionals: true } as const;

const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CommandLineError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('parseCommandLine', () => {
  it('reads options, their values and the other arguments', () => {
    expect(parseCommandLine(AUDIT, ['--enregistrer', '--dist', 'autre', '--outils=axe,liens'])).toEqual({
      values: { enregistrer: true, dist: 'autre', outils: 'axe,liens' },
      positionals: [],
    });
    expect(parseCommandLine(PAGES, ['accueil', '--tout', 'ambitions/st-01', '--', '--page'])).toEqual({
      values: { tout: true },
      positionals: ['accueil', 'ambitions/st-01', '--page'],
    });
    expect(parseCommandLine(AUDIT, [])).toEqual({ values: {}, positionals: [] });
  });

  it('refuses an unknown option and lists the accepted ones', () => {
    expect(messageOf(() => parseCommandLine(AUDIT, ['--enregister']))).toBe(
      'Option inconnue : --enregister. Options : --enregistrer, --dist <dossier>, --outils a,b.',
    );
    expect(messageOf(() => parseCommandLine(PAGES, ['-t']))).toBe('Option inconnue : -t. Options : --tout, --date <valeur>.');
    expect(messageOf(() => parseCommandLine({ options: {} }, ['--details']))).toBe(
      'Option inconnue : --details. Cette commande ne prend pas d’option.',
    );
    // A name every object has is not an option.
    expect(messageOf(() => parseCommandLine(AUDIT, ['--constructor']))).toContain('Option inconnue : --constructor.');
  });

  it('says when an option lacks its value, or has one it does not take', () => {
    expect(messageOf(() => parseCommandLine(AUDIT, ['--dist']))).toBe('--dist attend une valeur : --dist <dossier>.');
    expect(messageOf(() => parseCommandLine(AUDIT, ['--dist', '--enregistrer']))).toBe('--dist attend une valeur : --dist <dossier>.');
    expect(messageOf(() => parseCommandLine(AUDIT, ['--enregistrer=oui']))).toBe(
      '--enregistrer ne prend pas de valeur : écrivez seulement --enregistrer.',
    );
  });

  it('refuses other arguments when the command takes none', () => {
    expect(messageOf(() => parseCommandLine(AUDIT, ['dist']))).toBe(
      'Argument inattendu : « dist ». Options : --enregistrer, --dist <dossier>, --outils a,b.',
    );
  });
});

describe('acceptedOptions', () => {
  it('shows each option as it is typed', () => {
    expect(acceptedOptions(PAGES.options)).toBe('--tout, --date <valeur>');
  });
});

describe('the commands', () => {
  it('stop on an unknown option, in French, before doing anything', () => {
    // The build refuses before its content check: nothing is built or written.
    const build = runNode('scripts/build.ts', ['--detail']);
    expect(build.status).toBe(1);
    expect(build.stderr.trim()).toBe('Option inconnue : --detail. Options : --details.');
    expect(build.stdout).toBe('');

    // It used to answer parseArgs' English message.
    const review = runNode('scripts/falc-valider.ts', ['accueil', '--statu', 'valide']);
    expect(review.status).toBe(1);
    expect(review.stderr.trim()).toBe(
      'Option inconnue : --statu. Options : --statut valide|relu|a-relire, --relecteurs "A, B", --date AAAA-MM-JJ, --changements "…".',
    );
  }, CLI_TEST_TIMEOUT);
});
