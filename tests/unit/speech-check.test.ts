/** The speech check with the real eSpeak NG (installed by scripts/ensure-system-packages.sh). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSpeech, pageSpeechText } from '../../scripts/audit/speech.ts';
import type { BuiltPage } from '../../scripts/audit/pages.ts';
import { typesetHtml } from '../../src/markdown/typeset-html.ts';

const dir = mkdtempSync(join(tmpdir(), 'speech-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function builtPage(name: string, body: string): BuiltPage {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, `<!doctype html><html lang="fr"><head><title>${name}</title></head><body>${body}</body></html>`);
  return { url: `/${name}/`, file, type: 'autre', falc: false };
}

describe('pageSpeechText', () => {
  it('reads the title and the body, not what is hidden from assistive technologies', () => {
    const text = pageSpeechText(
      '<html><head><title>Défi 1</title><style>p{}</style></head><body><p>44 950 élèves</p>' +
        '<p aria-hidden="true">30 000</p><p hidden>1 159</p><script>2022</script></body></html>',
    );
    expect(text).toContain('Défi 1');
    expect(text).toContain('44 950 élèves');
    expect(text).not.toMatch(/30 000|1 159|2022/);
  });
});

describe('checkSpeech', () => {
  it('fails the narrow no-break space between thousands and « Défi 01 », passes the markup the build writes', () => {
    const before = builtPage('avant', '<p><strong>44&#x202F;950</strong> élèves. <span>Défi 01</span> : investir.</p>');
    const after = builtPage('apres', '<p><strong><span class="nombre">44 950</span></strong> élèves. <span>Défi 1</span> : investir, le 28 novembre 2026.</p>');
    const outcome = checkSpeech([before, after]);
    expect(outcome.errors).toEqual([]);
    expect(outcome.violations.map((v) => [v.page, v.regle, v.cible])).toEqual([
      ['/avant/', 'lecture-numero', '« Défi 01 »'],
      ['/avant/', 'lecture-nombre', '« 44\u202F950 »'],
    ]);
    expect(outcome.counts).toEqual({
      nombre: { checked: 2, readRight: 1 },
      numero: { checked: 2, readRight: 1 },
      date: { checked: 1, readRight: 1 },
      unite: { checked: 0, readRight: 0 },
    });
  }, 60_000);

  it('fails the abbreviated units eSpeak misreads (« 2 ha » read « deux a »), passes the words the build gives screen readers', () => {
    const written = '<p>60,2 ha acquis, 11 000 m² de surface, ouvert 24h/24, loi n° 2005-102, 9 km de pistes.</p>';
    const before = builtPage('unites-avant', written);
    const after = builtPage('unites-apres', typesetHtml(written));
    const outcome = checkSpeech([before, after]);
    expect(outcome.errors).toEqual([]);
    expect(outcome.violations.map((v) => [v.page, v.regle, v.cible])).toEqual([
      ['/unites-avant/', 'lecture-unite', '« 60,2 ha »'],
      ['/unites-avant/', 'lecture-unite', '« 11 000 m² »'],
      ['/unites-avant/', 'lecture-unite', '« 24h »'],
      ['/unites-avant/', 'lecture-unite', '« n° 2005 »'],
    ]);
    expect(outcome.violations[0]!.message).toContain('Unité mal lue par eSpeak NG');
    // What a screen reader gets from the built page: the words, not the abbreviations.
    const heard = pageSpeechText(readFileSync(after.file, 'utf8'));
    expect(heard).toMatch(/60,2\s+hectares acquis/);
    expect(heard).toMatch(/11 000\s+mètres carrés/);
    expect(heard).toMatch(/24\s+heures\/24/);
    expect(heard).toMatch(/loi\s+numéro\s+2005-102/);
  }, 60_000);
});
