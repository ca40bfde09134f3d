/** The organisation's identity (`identite` of content/site.yaml): contrast, palette check, logo check, generated style. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, relativeLuminance } from '../../src/lib/identity/contrast.ts';
import { checkPalette } from '../../src/lib/identity/check-palette.ts';
import { defaultPalette, effectivePalette, paletteOfStylesheet, PAIRS, REQUIRED_RATIO, SCHEMES } from '../../src/lib/identity/palette.ts';
import { inspectLogo, inspectSvg, logoImage } from '../../src/lib/identity/logo.ts';
import { identityCss } from '../../src/lib/identity/identity-style.ts';
import { checkDataFiles } from '../../src/lib/checks/check-data-files.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';

describe('WCAG contrast ratio', () => {
  it('gives the known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #777777 on white: 4.48:1, the classic « just under AA » grey.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.478, 3);
    expect(formatRatio(contrastRatio('#777', '#fff'))).toBe('4,48:1');
    // WCAG's own example values: #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });

  it('does not depend on the order and reads #rgb', () => {
    expect(contrastRatio('#0a4a85', '#ffffff')).toBe(contrastRatio('#FFF', '#0A4A85'));
  });

  it('never shows a failing ratio rounded up to the requirement', () => {
    expect(formatRatio(4.4996, 4.5)).toBe('4,49:1');
    expect(formatRatio(4.4996)).toBe('4,5:1');
    expect(formatRatio(21)).toBe('21:1');
  });
});

describe('the site’s colours', () => {
  it('are read from the stylesheets: today’s colours are the defaults', () => {
    expect(defaultPalette('standard')).toMatchObject({
      texte: { clair: '#1b1b1b', sombre: '#f2f2f2' },
      fond: { clair: '#ffffff', sombre: '#121417' },
      liens: { clair: '#0a4a85', sombre: '#9ccaff' },
      focus: { clair: '#b34700', sombre: '#ffb46b' },
    });
    expect(defaultPalette('falc')).toEqual({
      texte: { clair: '#111111', sombre: '#f5f5f5' },
      fond: { clair: '#ffffff', sombre: '#101214' },
      fondEncadres: { clair: '#eef2f7', sombre: '#1c2129' },
      traits: { clair: '#2b2b2b', sombre: '#d0d0d0' },
      liens: { clair: '#0b3d91', sombre: '#a8d1ff' },
      focus: { clair: '#8a2f00', sombre: '#ffc38a' },
    });
  });

  it('pass the check as they are (the default palette)', () => {
    expect(checkPalette()).toEqual([]);
    expect(checkPalette({})).toEqual([]);
    // And every pair really is measured: FALC reaches 7:1, the standard version 4.5:1, in both themes.
    for (const version of ['standard', 'falc'] as const) {
      const palette = effectivePalette(version);
      for (const scheme of SCHEMES) {
        for (const [fg, bg] of PAIRS) {
          const [a, b] = [palette[fg]?.[scheme], palette[bg]?.[scheme]];
          if (a && b) expect(contrastRatio(a, b), `${version} ${scheme} ${fg}/${bg}`).toBeGreaterThanOrEqual(REQUIRED_RATIO[version]);
        }
      }
    }
  });

  it('refuse a stylesheet colour the check cannot read', () => {
    expect(() => paletteOfStylesheet(':root { --text: light-dark(black, white); }', 'x.css')).toThrow(/--text must be light-dark/);
    expect(paletteOfStylesheet(':root { --link: light-dark(#000, #fff); } @media print { :root { --link: #000; } }', 'x.css')).toEqual({ liens: { clair: '#000', sombre: '#fff' } });
  });
});

describe('the contrast check of an organisation’s palette', () => {
  it('refuses a grey text, naming the field, the colours, the ratio and what to do', () => {
    const issues = checkPalette({ texte: { clair: '#777777', sombre: '#f2f2f2' } });
    expect(issues[0]).toEqual({
      path: ['identite', 'couleurs', 'texte', 'clair'],
      message: '« identite › couleurs › texte › clair » : en thème clair, le texte (#777777) sur le fond (#ffffff) a un contraste de 4,48:1 ; il faut au moins 4,5:1 pour la version complète et 7:1 pour la version facile à lire. Foncez le texte ou éclaircissez le fond.',
    });
    // Also on the encadrés' background, in each version (their defaults differ).
    expect(issues.map((i) => i.message)).toContainEqual(expect.stringContaining('le texte (#777777) sur le fond des encadrés (#eef2f7) a un contraste de 3,98:1 ; il faut au moins 7:1 pour la version facile à lire.'));
    expect(issues.every((i) => i.path.join('.') === 'identite.couleurs.texte.clair')).toBe(true);
  });

  it('applies 7:1 to FALC only: a link colour between 4.5:1 and 7:1 fails there alone', () => {
    // #1a6fb5 on white: about 5.3:1.
    const messages = checkPalette({ liens: { clair: '#1a6fb5', sombre: '#9ccaff' } }).map((i) => i.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.includes('il faut au moins 7:1 pour la version facile à lire') && !m.includes('version complète'))).toBe(true);
  });

  it('checks the dark theme and says which way to move', () => {
    const issues = checkPalette({ fond: { clair: '#ffffff', sombre: '#777777' } });
    expect(issues.map((i) => i.message)).toContainEqual(expect.stringContaining('le texte discret (#c8c8c8) sur le fond (#777777) a un contraste de 2,68:1'));
    const issue = issues.find((i) => i.message.includes('le texte (#f2f2f2)'));
    expect(issue?.path).toEqual(['identite', 'couleurs', 'fond', 'sombre']);
    expect(issue?.message).toMatch(/^« identite › couleurs › fond › sombre » : en thème sombre, le texte \(#f2f2f2\) sur le fond \(#777777\) a un contraste de [\d,]+:1 ; .* Éclaircissez le texte ou foncez le fond\.$/);
  });

  it('accepts a darker organisation colour', () => {
    expect(checkPalette({ liens: { clair: '#003a70', sombre: '#b8dcff' }, accent: { clair: '#7a1f3d', sombre: '#ffc2d6' } })).toEqual([]);
  });
});

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';
/** As a drawing program exports it: XML declaration, the SVG 1.1 DOCTYPE, classes in a CDATA style, a gradient. */
const GOOD_LOGO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg ${SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 240 60" width="240" height="60">
  <title>Département</title>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#0a4a85"/></linearGradient>
  <style><![CDATA[ .a { fill: url(#g); } .b { fill: #ffd166; stroke: url("#g") } ]]></style></defs>
  <rect class="a" width="60" height="60"/><use xlink:href="#r" fill="url(#g)" style="opacity: .9"/>
  <text x="70" y="40" class="b">Département</text>
</svg>`;

/** As Inkscape saves it: its own namespaces, metadata, a page view; as Illustrator: a style attribute on <svg>. */
const INKSCAPE_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
  xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
  width="120mm" height="40mm" viewBox="0 0 120 40" version="1.1" id="svg5" sodipodi:docname="logo.svg"
  style="enable-background:new 0 0 120 40;" xml:space="preserve">
  <sodipodi:namedview id="namedview7" pagecolor="#ffffff" inkscape:pagecheckerboard="0" inkscape:document-units="mm"/>
  <metadata><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format>
    <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/></cc:Work></rdf:RDF></metadata>
  <g inkscape:label="Calque 1" inkscape:groupmode="layer"><path style="fill:#0a4a85;stroke:none" d="M 0,0 H 40 V 40 H 0 Z"/></g>
</svg>`;

describe('the logo’s SVG', () => {
  it('accepts an ordinary exported logo and gives its proportions', () => {
    expect(inspectSvg(GOOD_LOGO)).toEqual({ size: { width: 240, height: 60 } });
    expect(inspectSvg(INKSCAPE_LOGO)).toEqual({ size: { width: 120, height: 40 } });
    expect(inspectSvg(`<svg ${SVG_NS} width="120px" height="30"/>`)).toEqual({ size: { width: 120, height: 30 } });
  });

  it.each([
    ['a script', `<svg ${SVG_NS} viewBox="0 0 1 1"><script>alert(1)</script></svg>`, 'il contient un script (« <script> »), ligne 1.'],
    ['an event attribute', `<svg ${SVG_NS} viewBox="0 0 1 1" onload="alert(1)"/>`, 'il contient du code déclenché par un évènement (attribut « onload »)'],
    ['a javascript: link', `<svg ${SVG_NS} xmlns:x="http://www.w3.org/1999/xlink" viewBox="0 0 1 1"><a x:href="javascript:alert(1)"><rect/></a></svg>`, 'il fait appel à un autre fichier ou à une adresse (« x:href="javascript:alert(1)" »)'],
    ['an external image', `<svg ${SVG_NS} viewBox="0 0 1 1">\n<image href="https://example.org/pixel.png"/></svg>`, 'ligne 2.'],
    ['an embedded picture', `<svg ${SVG_NS} viewBox="0 0 1 1"><image href="data:image/svg+xml,%3Csvg onload=%22x()%22/%3E"/></svg>`, 'il contient une image intégrée (« href="data:image/svg+xml,%3Csvg onlo…" ») : le logo doit être un dessin SVG, pas une image collée dedans, ligne 1.'],
    ['HTML', `<svg ${SVG_NS} viewBox="0 0 1 1"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"/></foreignObject></svg>`, 'il contient du HTML (« <foreignObject> »)'],
    ['an animation', `<svg ${SVG_NS} viewBox="0 0 1 1"><a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a></svg>`, 'il contient une animation (« <set> »)'],
    ['DTD entities', `<!DOCTYPE svg [<!ENTITY x "y">]><svg ${SVG_NS} viewBox="0 0 1 1"/>`, 'il déclare des entités XML'],
    ['an external style sheet instruction', `<?xml-stylesheet href="https://example.org/a.css"?><svg ${SVG_NS} viewBox="0 0 1 1"/>`, 'il contient une instruction « <?xml-stylesheet …?> »'],
    ['a style @import', `<svg ${SVG_NS} viewBox="0 0 1 1"><style>@import "https://example.org/a.css";</style></svg>`, 'sa feuille de style charge un autre fichier (« @import »)'],
    ['a style url() elsewhere', `<svg ${SVG_NS} viewBox="0 0 1 1"><style>.a { fill: url(#g), url(https://example.org/t.svg#p) }</style></svg>`, 'fait appel à un autre fichier ou à une adresse (« url(https://example.org/t.svg#p) »)'],
    ['an escaped url() in a style attribute', `<svg ${SVG_NS} viewBox="0 0 1 1"><rect style="fill: \\75 rl(https://example.org/t)"/></svg>`, 'son attribut « style » contient un caractère d’échappement'],
    ['an image-set() in a presentation attribute', `<svg ${SVG_NS} viewBox="0 0 1 1"><rect fill="image-set('https://example.org/t.png' 1x)"/></svg>`, 'son attribut « fill » charge une image'],
    ['an HTML file', '<html><body><svg></svg></body></html>', 'ce n’est pas un dessin SVG (l’élément principal est « <html> »)'],
    ['a broken file', `<svg ${SVG_NS} viewBox="0 0 1 1"><rect></svg>`, 'le fichier n’est pas un SVG bien formé'],
    ['a drawing without size', `<svg ${SVG_NS}><rect/></svg>`, 'le dessin n’a pas de dimensions'],
    ['an empty file', '', 'ce fichier ne contient pas de dessin SVG.'],
  ])('refuses %s', (_name, svg, expected) => {
    expect(inspectSvg(svg).problem).toContain(expected);
  });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'identite-'));
  // Every project has the shape of its report: here the bilan's.
  for (const [path, text] of Object.entries({ 'content/rapport.yaml': readFileSync('content/rapport.yaml', 'utf8'), ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const SITE_YAML = 'titre: Bilan\norganisation: Département\nadresse: https://example.org\ncontact:\n  email: a@example.org\n  adressePostale: [Département]\n';

describe('the logo’s file', () => {
  it('must be an existing SVG of public/', () => {
    const root = project({ 'public/identite/logo.svg': GOOD_LOGO, 'content/logo.svg': GOOD_LOGO });
    expect(inspectLogo('public/identite/logo.svg', root)).toEqual({ size: { width: 240, height: 60 } });
    expect(inspectLogo('content/logo.svg', root).problem).toBe('Le logo doit être un fichier SVG du dossier public/, par exemple « public/identite/logo.svg », pas « content/logo.svg ».');
    expect(inspectLogo('public/../content/logo.svg', root).problem).toMatch(/^Le logo doit être un fichier SVG du dossier public\//);
    expect(inspectLogo('public/identite/Logo.svg', root).problem).toBe('Logo introuvable : public/identite/Logo.svg n’existe pas. Vérifiez le nom du fichier (majuscules, accents, extension).');
  });

  it('is shown 48 px high with its proportions, and not at all when refused', () => {
    const root = project({ 'public/identite/logo département.svg': GOOD_LOGO, 'public/identite/bad.svg': `<svg ${SVG_NS} viewBox="0 0 1 1" onload="x()"/>` });
    expect(logoImage({ fichier: 'public/identite/logo département.svg', alternative: 'Département' }, root)).toEqual({ src: '/identite/logo%20d%C3%A9partement.svg', alt: 'Département', width: 192, height: 48 });
    expect(logoImage({ fichier: 'public/identite/bad.svg', alternative: 'Département' }, root)).toBeUndefined();
    expect(logoImage(undefined, root)).toBeUndefined();
  });
});

describe('identite in content/site.yaml (npm run lint:content)', () => {
  const IDENTITY = [
    'identite:',
    '  logo:',
    '    fichier: public/identite/logo.svg',
    '    alternative: Département',
    '  couleurs:',
    '    liens:',
    '      clair: "#0a4a85"',
    '      sombre: "#9ccaff"',
    '    texte:',
    '      clair: "#777777"',
    '      sombre: "#f2f2f2"',
    '',
  ].join('\n');

  it('reports a failing colour and a refused logo at their lines', () => {
    const root = project({ 'content/site.yaml': SITE_YAML + IDENTITY, 'public/identite/logo.svg': `<svg ${SVG_NS} viewBox="0 0 1 1"><script>x()</script></svg>` });
    const issues = checkDataFiles(root);
    expect(issues.every((i) => i.file === 'content/site.yaml' && i.severity === 'error')).toBe(true);
    expect(issues.find((i) => i.message.includes('(#777777) sur le fond (#ffffff)'))?.line).toBe(16);
    expect(issues.find((i) => i.message.startsWith('Logo refusé'))).toMatchObject({ line: 9, message: expect.stringContaining('Logo refusé (public/identite/logo.svg) : il contient un script') });
  });

  it('names a misspelt colour role, and an unquoted colour, at their lines', () => {
    const root = project({ 'content/site.yaml': SITE_YAML + 'identite:\n  couleurs:\n    lien:\n      clair: #0a4a85\n' });
    expect(checkDataFiles(root)).toEqual([{
      file: 'content/site.yaml', line: 9, severity: 'error',
      message: '« identite › couleurs » : « lien » n’existe pas ici. Champs possibles : texte, texteDiscret, fond, fondEncadres, liens, liensVisites, accent, focus, traits.',
    }]);
    const unquoted = project({ 'content/site.yaml': SITE_YAML + 'identite:\n  couleurs:\n    liens:\n      clair: #0a4a85\n      sombre: "#9ccaff"\n' });
    expect(checkDataFiles(unquoted)).toEqual([{
      file: 'content/site.yaml', line: 10, severity: 'error',
      message: '« identite › couleurs › liens › clair » : écrivez la couleur entre guillemets, par exemple "#0a4a85" : sans guillemets, le # et ce qui suit sont ignorés.',
    }]);
  });

  it('requires the logo’s text alternative', () => {
    const root = project({ 'content/site.yaml': SITE_YAML + 'identite:\n  logo:\n    fichier: public/identite/logo.svg\n', 'public/identite/logo.svg': GOOD_LOGO });
    expect(checkDataFiles(root)).toEqual([{
      // The field is missing: the line of its group, « logo: ».
      file: 'content/site.yaml', line: 8, severity: 'error',
      message: '« identite › logo › alternative » : écrivez ce que dit le logo (souvent le nom de l’organisation) : c’est ce que lira une personne qui ne voit pas l’image.',
    }]);
  });

  it('stops the content check with the French message', () => {
    const root = project({ 'content/site.yaml': SITE_YAML + IDENTITY, 'public/identite/logo.svg': GOOD_LOGO });
    const result = runNode(resolve('scripts/check-content.ts'), [], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('content/site.yaml:16  erreur  « identite › couleurs › texte › clair » : en thème clair, le texte (#777777) sur le fond (#ffffff) a un contraste de 4,48:1 ; il faut au moins 4,5:1 pour la version complète et 7:1 pour la version facile à lire. Foncez le texte ou éclaircissez le fond.');
  }, CLI_TEST_TIMEOUT);
});

describe('the identity’s style in every page', () => {
  it('is nothing without identite: the stylesheets alone, unchanged', () => {
    expect(identityCss(undefined)).toBe('');
    expect(identityCss({})).toBe('');
  });

  it('sets the configured roles on screen only, and styles the logo', () => {
    expect(identityCss({ couleurs: { liens: { clair: '#003a70', sombre: '#b8dcff' }, fond: { clair: '#fffdf7', sombre: '#000000' } } }))
      .toBe('@media screen{html:root{--bg:light-dark(#fffdf7,#000000);--link:light-dark(#003a70,#b8dcff)}}');
    expect(identityCss({ logo: { fichier: 'public/l.svg', alternative: 'L' } })).toMatch(/^\.identite-logo\{display:block;max-width:100%;height:auto;/);
  });
});

describe('a misspelt setting in content/site.yaml', () => {
  it('is named at its line rather than ignored', () => {
    const root = project({ 'content/site.yaml': SITE_YAML + 'identité:\n  couleurs:\n    liens: { clair: "#003a70", sombre: "#b8dcff" }\n' });
    expect(checkDataFiles(root)).toEqual([{
      file: 'content/site.yaml', line: 7, severity: 'error',
      message: '« identité » n’est pas un réglage du site. Réglages possibles : titre, titreFacile, appellation, organisation, adresse, contact, identite.',
    }]);
  });
});
