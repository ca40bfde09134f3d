/**
 * Unit abbreviations that eSpeak NG (the voice of NVDA and Orca) misreads after
 * a number, and the words they stand for. Measured with `espeak-ng -v fr -x`:
 * « 2 ha » is read « deux a », « 24h » « vingt-quatre hache », « 11 000 m² »
 * « onze mille èm puissance deux », « n° 2 » « èn deux », « 5 kWc » « cinq ka
 * double vé cé ». Units it reads right (km, kg, cm, %, €) are not listed.
 *
 * The page keeps the abbreviation on screen and gives the words to screen
 * readers (`markUnits`); the speech check reads each of these units in the
 * built pages and wants it to sound like its words (scripts/audit/spoken-items.ts).
 */

/** Singular and plural, as read after a number (French: below 2 is singular). */
export const SPOKEN_UNITS: Readonly<Record<string, readonly [string, string]>> = {
  h: ['heure', 'heures'],
  min: ['minute', 'minutes'],
  ha: ['hectare', 'hectares'],
  'm²': ['mètre carré', 'mètres carrés'],
  'km²': ['kilomètre carré', 'kilomètres carrés'],
  'm³': ['mètre cube', 'mètres cubes'],
  t: ['tonne', 'tonnes'],
  kW: ['kilowatt', 'kilowatts'],
  kWc: ['kilowatt-crête', 'kilowatts-crête'],
  kWh: ['kilowattheure', 'kilowattheures'],
  MW: ['mégawatt', 'mégawatts'],
  MWh: ['mégawattheure', 'mégawattheures'],
  GWh: ['gigawattheure', 'gigawattheures'],
  'M€': ['million d’euros', 'millions d’euros'],
  'Md€': ['milliard d’euros', 'milliards d’euros'],
};

/** The abbreviation for « numéro », written before the number. */
const NUMERO_SIGN = 'n°';

const SPACE = '[ \\u00A0\\u202F]';
const units = Object.keys(SPOKEN_UNITS)
  .sort((a, b) => b.length - a.length)
  .map((unit) => unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/**
 * A number (thousands groups and decimals allowed), an optional space, one of
 * the units, and no letter or digit after it (« 24h », « 6 550 ha », not « 2 habitants »).
 * Groups: 1 the number, 2 the space, 3 the unit.
 */
export function unitAfterNumber(): RegExp {
  return new RegExp(`(?<![\\p{L}\\d,])(\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(${SPACE}?)(${units})(?![\\p{L}\\d²³])`, 'gu');
}

/** « n° 2 », « n°2 »: groups 1 the sign, 2 the space, 3 the number. */
export function numeroBeforeNumber(): RegExp {
  return new RegExp(`(?<!\\p{L})(${NUMERO_SIGN})(${SPACE}?)(\\d+)`, 'gu');
}

/** The words of a unit after a number: « 1,5 hectare », « 2 hectares ». */
export function unitWords(unit: string, number: string): string {
  const [singular, plural] = SPOKEN_UNITS[unit]!;
  const value = Number(number.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
  return value < 2 ? singular : plural;
}
