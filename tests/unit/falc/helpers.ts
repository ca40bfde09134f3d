import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixture(slug: string, name: string): string {
  return readFileSync(join(FIXTURES, slug, name), 'utf8');
}

/** Lines of `expected.txt`, without the final empty line. */
export function expectedLines(slug: string): string[] {
  return fixture(slug, 'expected.txt').split('\n').filter((line) => line !== '');
}
