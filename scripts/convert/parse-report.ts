/** Puts the parsers together: source text → the report as plain data. */
import { readSourceLines, type SourceLine } from './source-lines.ts';
import { toBlocks } from './blocks.ts';
import { parseEdito, type Edito } from './parse-edito.ts';
import { parseSommaire } from './parse-sommaire.ts';
import { parseTheme, splitThemes, type Theme } from './parse-theme.ts';
import { parseAmbition, splitAmbitions, type Ambition } from './parse-ambition.ts';
import { EDITO_LINES, PACTES, SOMMAIRE_LINES, THEMES_LINES, type PactePlan } from './report-structure.ts';

export interface ParsedDefi {
  numero: number;
  titre: string;
  ambitions: Ambition[];
}

export interface ParsedPacte extends Omit<PactePlan, 'defis'> {
  ordre: number;
  defis: ParsedDefi[];
}

export interface Report {
  edito: Edito;
  themes: Theme[];
  pactes: ParsedPacte[];
}

function slice(lines: readonly SourceLine[], from: number, to: number): SourceLine[] {
  return lines.slice(from - 1, to);
}

export function parseReport(raw: string): Report {
  const lines = readSourceLines(raw);
  const edito = parseEdito(toBlocks(slice(lines, EDITO_LINES.from, EDITO_LINES.to)));
  const sommaire = parseSommaire(toBlocks(slice(lines, SOMMAIRE_LINES.from, SOMMAIRE_LINES.to)));
  const themes = splitThemes(toBlocks(slice(lines, THEMES_LINES.from, THEMES_LINES.to))).map(parseTheme);

  const pactes = PACTES.map((plan, index): ParsedPacte => {
    const divider = lines[plan.dividerLine - 1]?.text;
    if (divider !== plan.titre) {
      throw new Error(`Ligne ${plan.dividerLine} : intercalaire « ${plan.titre} » attendu, trouvé « ${divider} ».`);
    }
    const end = PACTES[index + 1]?.dividerLine ?? lines.length + 1;
    const ambitions = splitAmbitions(toBlocks(slice(lines, plan.dividerLine + 1, end - 1))).map(parseAmbition);
    const printed = sommaire.get(plan.titre) ?? [];
    const defis = plan.defis.map((defi): ParsedDefi => {
      const titre = printed.find((d) => d.numero === defi.numero)?.titre;
      if (!titre) throw new Error(`Défi ${defi.numero} de « ${plan.titre} » absent du sommaire.`);
      const [first, last] = defi.ambitions;
      return { numero: defi.numero, titre, ambitions: ambitions.filter((a) => a.numero >= first && a.numero <= last) };
    });
    return { ...plan, ordre: index + 1, defis };
  });
  return { edito, themes, pactes };
}
