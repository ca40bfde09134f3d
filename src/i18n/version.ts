/**
 * Interface text for a component both versions share: the same key, written
 * the standard way (fr.ts) or the FALC way (falc.ts).
 */
import { t, type UiKey } from './fr.ts';
import { tf, type FalcKey } from './falc.ts';
import type { Version } from '../routes/route-table.ts';

export type { Version };

/** How messages for people (editors, the build's report) name each version, without an article. */
export const VERSION_NAME: Record<Version, string> = { standard: 'version complète', falc: 'version facile à lire' };

export function textFor(version: Version, key: UiKey & FalcKey): string {
  return version === 'falc' ? tf(key) : t(key);
}
