/**
 * The organisation's logo (`identite.logo` of content/site.yaml): an SVG file
 * of public/, published as it is and shown in the header of both versions.
 * Shown in an <img>, an SVG runs no script; but a reader (or an attacker's
 * link) can open the file itself, and then its scripts would run on the site's
 * origin. So, like the photos' SVGs (src/lib/checks/check-image-file.ts), a
 * logo that could run code or load anything is refused, not cleaned: the file
 * is parsed as XML (the way a browser reads an .svg file) and every element,
 * attribute and style rule is checked. What is refused: scripts, event
 * attributes (onload…), HTML inside the drawing (foreignObject, XHTML),
 * animations (set/animate can turn a link into code), a link or a reference to
 * anything but a part of the drawing itself (`#id`), external style sheets and
 * DTD entities.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import postcss, { list } from 'postcss';
import sax from 'sax';
import { pathSegment } from '../path-segment.ts';

export interface LogoSize {
  width: number;
  height: number;
}

export type LogoInspection = { problem: string; size?: undefined } | { problem?: undefined; size: LogoSize };

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const SCRIPTED_ELEMENTS = new Set(['script', 'handler', 'listener']);
const ANIMATIONS = new Set(['set', 'animate', 'animateMotion', 'animateTransform', 'animateColor', 'discard']);
const HTML_ELEMENTS = new Set(['foreignObject', 'iframe', 'embed', 'object']);
/** CSS functions that load a file or an address (url() is allowed only towards the drawing itself). */
const LOADING_FUNCTIONS = ['image(', 'image-set(', '-webkit-image-set(', 'src(', 'cross-fade(', 'element('];

const ADVICE = 'Demandez un export « SVG simple » du logo, sans script, ni lien, ni animation (dans Inkscape : Enregistrer sous, « SVG simple »).';

/** The logo's file, relative to the project root: inside public/ and named .svg, or a message. */
export function logoPathProblem(fichier: string, root: string): string | undefined {
  const publicDir = resolve(root, 'public');
  const target = resolve(root, fichier);
  if (!target.startsWith(publicDir + sep) || !target.toLowerCase().endsWith('.svg')) {
    return `Le logo doit être un fichier SVG du dossier public/, par exemple « public/identite/logo.svg », pas « ${fichier} ».`;
  }
  if (!existsSync(target) || !statSync(target).isFile()) {
    return `Logo introuvable : ${relative(resolve(root), target)} n’existe pas. Vérifiez le nom du fichier (majuscules, accents, extension).`;
  }
  return undefined;
}

/** Checks the logo's file and, when it may be published, gives its intrinsic size (for the <img>'s width and height). */
export function inspectLogo(fichier: string, root: string): LogoInspection {
  const pathProblem = logoPathProblem(fichier, root);
  if (pathProblem) return { problem: pathProblem };
  const shown = relative(resolve(root), resolve(root, fichier));
  const result = inspectSvg(readFileSync(resolve(root, fichier), 'utf8'));
  return result.problem ? { problem: `Logo refusé (${shown}) : ${result.problem} ${ADVICE}` } : result;
}

/** The SVG text's first danger (a French clause, with its line), or its size. */
export function inspectSvg(svg: string): LogoInspection {
  const parser = sax.parser(true, { xmlns: true, position: true });
  let problem: string | undefined;
  let size: LogoSize | undefined;
  let depth = 0;
  let style: string | undefined;
  const refuse = (why: string) => {
    problem ??= `${why}, ligne ${parser.line + 1}.`;
  };

  parser.onerror = (error) => {
    problem ??= `le fichier n’est pas un SVG bien formé (ligne ${parser.line + 1} : ${error.message.split('\n')[0]}). Ouvrez-le et enregistrez-le de nouveau depuis le logiciel de dessin.`;
  };
  parser.ondoctype = (doctype) => {
    // A DOCTYPE that names the SVG 1.1 DTD is common and harmless; an internal subset declares entities.
    if (doctype.includes('[')) refuse('il déclare des entités XML (« <!DOCTYPE … [ … ]> »)');
  };
  parser.onprocessinginstruction = ({ name }) => {
    if (name !== 'xml') refuse(`il contient une instruction « <?${name} …?> » (une feuille de style externe, par exemple)`);
  };
  parser.onopentag = (tag) => {
    const element = tag as sax.QualifiedTag;
    if (depth === 0) {
      if (element.local !== 'svg' || element.uri !== SVG_NS) {
        refuse(`ce n’est pas un dessin SVG (l’élément principal est « <${element.name}> »)`);
      } else {
        size = sizeOf(element);
        if (!size) refuse('le dessin n’a pas de dimensions : ajoutez à l’élément <svg> un attribut viewBox, par exemple viewBox="0 0 200 80"');
      }
    }
    depth += 1;
    if (SCRIPTED_ELEMENTS.has(element.local)) refuse(`il contient un script (« <${element.name}> »)`);
    if (HTML_ELEMENTS.has(element.local) || element.uri === XHTML_NS) refuse(`il contient du HTML (« <${element.name}> »)`);
    if (ANIMATIONS.has(element.local)) refuse(`il contient une animation (« <${element.name}> ») : un logo est fixe, et une animation peut changer un lien en code`);
    if (element.local === 'style' && element.uri === SVG_NS) style = '';
    for (const attribute of Object.values(element.attributes)) {
      const why = attributeProblem(attribute);
      if (why) refuse(why);
    }
  };
  const addText = (text: string) => {
    if (style !== undefined) style += text;
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.onclosetag = () => {
    depth -= 1;
    if (style !== undefined) {
      const why = cssProblem(style);
      if (why) refuse(`sa feuille de style ${why}`);
      style = undefined;
    }
  };

  try {
    parser.write(svg).close();
  } catch {
    // sax throws the error it has just reported to onerror: it is already recorded.
  }
  if (problem) return { problem };
  if (!size) return { problem: 'ce fichier ne contient pas de dessin SVG.' };
  return { size };
}

function attributeProblem({ name, local, value }: sax.QualifiedAttribute): string | undefined {
  if (local.toLowerCase().startsWith('on')) return `il contient du code déclenché par un évènement (attribut « ${name} »)`;
  if (local === 'href' && value.trim().toLowerCase().startsWith('data:')) {
    return `il contient une image intégrée (« ${name}="${value.slice(0, 30)}…" ») : le logo doit être un dessin SVG, pas une image collée dedans`;
  }
  if (local === 'href' && !value.trim().startsWith('#')) {
    return `il fait appel à un autre fichier ou à une adresse (« ${name}="${value.slice(0, 60)}" ») : le logo doit être dessiné entièrement dans le fichier`;
  }
  if (local === 'style') {
    const why = cssProblem(`*{${value}}`);
    return why ? `son attribut « style » ${why}` : undefined;
  }
  const why = cssValueProblem(value);
  return why ? `son attribut « ${name} » ${why}` : undefined;
}

/** A style sheet (or a style attribute, wrapped in a rule): what in it would load something. */
function cssProblem(css: string): string | undefined {
  let root: postcss.Root;
  try {
    root = postcss.parse(css);
  } catch {
    return 'est mal écrite';
  }
  let problem: string | undefined;
  root.walk((node) => {
    if (problem) return;
    if (node.type === 'atrule') {
      problem = ['import', 'font-face', 'namespace'].includes(node.name.toLowerCase())
        ? `charge un autre fichier (« @${node.name} »)`
        : cssValueProblem(node.params);
    } else if (node.type === 'decl') {
      problem = cssValueProblem(node.value);
    }
  });
  return problem;
}

/** A CSS value (or a presentation attribute: fill="url(#degrade)"): only url(#…) towards the drawing itself. */
function cssValueProblem(value: string): string | undefined {
  const lower = value.toLowerCase();
  // A CSS escape (\75 rl) can spell any function name: nothing in a logo needs one.
  if (lower.includes('\\')) return 'contient un caractère d’échappement « \\ »';
  const loading = LOADING_FUNCTIONS.find((f) => lower.includes(f));
  if (loading) return `charge une image (« ${loading}… ») : le logo doit être dessiné entièrement dans le fichier`;
  if (!lower.includes('url(')) return undefined;
  const tokens = list.space(value).flatMap((token) => list.comma(token));
  const external = tokens.find((token) => token.toLowerCase().includes('url(') && !isLocalUrl(token));
  return external ? `fait appel à un autre fichier ou à une adresse (« ${external.slice(0, 60)} ») : le logo doit être dessiné entièrement dans le fichier` : undefined;
}

/** `url(#id)`, `url("#id")`, `url('#id')`: a gradient, a clip path… of the drawing itself. */
function isLocalUrl(token: string): boolean {
  if (!token.toLowerCase().startsWith('url(') || !token.endsWith(')')) return false;
  const inner = token.slice(4, -1).trim();
  const quote = inner.charAt(0);
  const quoted = inner.length >= 2 && (quote === '"' || quote === "'") && inner.endsWith(quote);
  const unquoted = quoted ? inner.slice(1, -1).trim() : inner;
  return unquoted.startsWith('#') && !unquoted.includes('(') && !unquoted.includes(')');
}

/** The drawing's proportions: its viewBox, or else its width and height (in px or without unit). */
function sizeOf(svg: sax.QualifiedTag): LogoSize | undefined {
  const attribute = (name: string) => Object.values(svg.attributes).find((a) => a.local === name && a.uri === '')?.value;
  const viewBox = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (viewBox?.length === 4 && viewBox.every(Number.isFinite) && viewBox[2]! > 0 && viewBox[3]! > 0) {
    return { width: viewBox[2]!, height: viewBox[3]! };
  }
  const [width, height] = ['width', 'height'].map((name) => {
    const text = attribute(name)?.trim().replace(/px$/, '');
    return text && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
  });
  return width && height ? { width, height } : undefined;
}

/** Height of the logo in the header, in CSS pixels; its width follows its proportions. */
export const LOGO_HEIGHT = 48;

export interface LogoImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * The <img> of the configured logo, or undefined when there is none or when it
 * is refused (the content check says why, and `npm run build` stops on it).
 */
export function logoImage(logo: { fichier: string; alternative: string } | undefined, root = '.'): LogoImage | undefined {
  if (!logo) return undefined;
  const { size } = inspectLogo(logo.fichier, root);
  if (!size) return undefined;
  const fromPublic = relative(resolve(root, 'public'), resolve(root, logo.fichier)).split(sep);
  return {
    src: `/${fromPublic.map(pathSegment).join('/')}`,
    alt: logo.alternative,
    width: Math.round((LOGO_HEIGHT * size.width) / size.height),
    height: LOGO_HEIGHT,
  };
}
