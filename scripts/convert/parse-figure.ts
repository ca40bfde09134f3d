/**
 * Key figures: `• **1159** projets accompagnés…`, with the value sometimes after
 * a lead ("À fin 2024, **8522** logements…", "Près de **15000** pass…"), with a
 * unit inside or outside the bold, with its opening `**` lost, or with no bold.
 */
export interface KeyFigure {
  /** Words before the value, e.g. "Près de". Empty when the value comes first. */
  avant: string;
  /** The number as printed, e.g. "1159", "7 637", "60,2". */
  valeur: string;
  /** Unit right after the number, e.g. "%", "km", "ha". */
  unite: string;
  /** The rest of the phrase, Markdown inline. */
  libelle: string;
}

const NUMBER = String.raw`\d[\d ]*(?:,\d+)?`;
const UNITS = ['%', 'km', 'ha', 'm²'];

function splitUnit(valueWithUnit: string, after: string): { valeur: string; unite: string; libelle: string } {
  const inner = new RegExp(`^(${NUMBER}?)\\s*(${UNITS.join('|')})?$`).exec(valueWithUnit.trim());
  let valeur = inner?.[1]?.trim() ?? valueWithUnit.trim();
  let unite = inner?.[2] ?? '';
  let libelle = after.trim();
  if (!unite) {
    const outer = new RegExp(`^(${UNITS.join('|')})(?=\\s)`).exec(libelle);
    if (outer) {
      unite = outer[1]!;
      libelle = libelle.slice(unite.length).trim();
    }
  }
  valeur = valeur.trim();
  return { valeur, unite, libelle };
}

export function parseFigureLine(text: string): KeyFigure {
  const body = text.replace(/^(?:[•\-►]\s+)/, '').trim();
  const bold = new RegExp(`^(.*?)\\*\\*(${NUMBER}(?:\\s*(?:${UNITS.join('|')}))?)\\*\\*(.*)$`).exec(body);
  if (bold) return { avant: bold[1]!.trim(), ...splitUnit(bold[2]!, bold[3]!) };
  const lostOpening = new RegExp(`^(${NUMBER})\\*\\*(.*)$`).exec(body);
  if (lostOpening) return { avant: '', ...splitUnit(lostOpening[1]!, lostOpening[2]!) };
  const plain = new RegExp(`^(.*?)(${NUMBER})\\s+(.*)$`).exec(body);
  if (plain) return { avant: plain[1]!.trim(), ...splitUnit(plain[2]!, plain[3]!) };
  throw new Error(`Chiffre clé sans nombre : « ${body.slice(0, 80)} »`);
}
