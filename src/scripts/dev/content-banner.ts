/**
 * The preview's banner (`npm run dev` only, injected by src/integrations/content-check.ts):
 * at the top of every page, the content check's errors and warnings in French,
 * with file:line and the message that says what to do, and the files whose
 * latest save the preview does not show. Updated live through Vite's HMR
 * channel; gone when everything is fixed. In a shadow root, styled by a
 * constructed stylesheet: the site's styles and its Content-Security-Policy
 * (no inline style) leave it alone.
 */
import { BANNER_ELEMENT, REPORT_EVENT, REQUEST_EVENT, refusedNotice, type LiveCheckReport } from '../../lib/dev/live-check-event.ts';
import type { ContentIssue } from '../../lib/pairing/check-pairs.ts';
import { isWritingAdvice, placeOf, severityWord, sortIssues, summarise } from '../../lib/report-issues.ts';

const STYLE = `
:host { display: block; }
:host([hidden]) { display: none; }
section { font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff4f2; border-bottom: 0.25rem solid #a4161a;
  border-left: 0.75rem solid #a4161a; padding: 0.75rem 1rem; }
section.warning { background: #fff8e5; border-color: #7a4f00; }
.head { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; justify-content: space-between; }
.title { font-weight: 700; font-size: 1.1rem; margin: 0; }
p { margin: 0.25rem 0; }
.refused { font-weight: 700; }
.list { max-height: 40vh; overflow: auto; margin: 0.5rem 0; }
ul { margin: 0; padding-left: 1.25rem; }
li { margin: 0.25rem 0; }
code { font-family: ui-monospace, monospace; font-size: 0.95em; background: #ffffff; border: 1px solid #6b6b6b; padding: 0 0.2em; }
summary { cursor: pointer; font-weight: 700; }
.severity { font-weight: 700; text-transform: uppercase; font-size: 0.85em; margin-right: 0.25rem; }
.note { font-size: 0.9rem; }
button { font: inherit; color: #ffffff; background: #1b1b1b; border: 2px solid #1b1b1b; border-radius: 0.25rem; padding: 0.25rem 0.75rem; cursor: pointer; }
button:hover { background: #3a3a3a; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media print { :host { display: none; } }
`;

const host = document.createElement(BANNER_ELEMENT);
host.hidden = true;
const shadow = host.attachShadow({ mode: 'open' });
const sheet = new CSSStyleSheet();
sheet.replaceSync(STYLE);
shadow.adoptedStyleSheets = [sheet];
const section = element('section', { 'aria-labelledby': 'verification-titre' });
shadow.append(section);
document.body.prepend(host);

/** Above this many FALC writing warnings, the banner shows their count and the editor opens the list. */
const FOLD_WARNINGS_ABOVE = 10;

/** The report the editor dismissed: the banner comes back when the findings change. */
let dismissed: string | undefined;
let shown: string | undefined;

function element(name: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function issueItem(issue: ContentIssue): HTMLElement {
  return element('li', {}, element('span', { class: 'severity' }, severityWord(issue.severity)), element('code', {}, placeOf(issue)), ' ', issue.message);
}

function render(report: LiveCheckReport): void {
  const signature = JSON.stringify(report);
  shown = signature;
  if ((report.issues.length === 0 && report.refused.length === 0) || signature === dismissed) {
    host.hidden = true;
    return;
  }
  const errors = sortIssues(report.issues.filter((i) => i.severity === 'error'));
  const allWarnings = sortIssues(report.issues.filter((i) => i.severity === 'warning'));
  // Writing advice of the FALC linter (the issues that name their rule) can be many while a
  // report is being rewritten: folded when numerous. Other warnings (a FALC text to review again, a stale
  // PDF or count) always stay in view: they say the page no longer matches its source.
  const writing = allWarnings.filter(isWritingAdvice);
  const warnings = allWarnings.filter((i) => !isWritingAdvice(i));
  const hide = element('button', { type: 'button' }, 'Masquer');
  hide.addEventListener('click', dismiss);
  const failing = errors.length > 0 || report.refused.length > 0;
  section.className = failing ? 'error' : 'warning';
  // An error interrupts (the page may show old text); warnings are announced politely: a report still being
  // rewritten can carry many of them, and they would otherwise be read out on every page of the preview.
  section.setAttribute('role', failing ? 'alert' : 'status');
  // Many warnings are folded under their count, so that the errors and the page stay in view.
  const writingList = element('ul', {}, ...writing.map(issueItem));
  const writingBlock = writing.length > FOLD_WARNINGS_ABOVE
    ? element('details', {}, element('summary', {}, `${writing.length} conseils d’écriture FALC (cliquez pour les voir)`), writingList)
    : writingList;
  section.replaceChildren(
    element('div', { class: 'head' }, element('p', { class: 'title', id: 'verification-titre' }, `Vérification du contenu : ${summarise(report.issues)}`), hide),
    ...report.refused.map((refused) => element('p', { class: 'refused' }, refusedNotice(refused))),
    element('div', { class: 'list', role: 'region', 'aria-label': 'Messages de la vérification', tabindex: '0' }, element('ul', {}, ...errors.map(issueItem), ...warnings.map(issueItem)), writingBlock),
    element('p', { class: 'note' }, 'Ce bandeau n’apparaît que dans l’aperçu (npm run dev) et disparaît quand le contenu est corrigé. Touche Échap : masquer.'),
  );
  host.hidden = false;
}

function dismiss(): void {
  const hadFocus = shadow.activeElement !== null;
  dismissed = shown;
  host.hidden = true;
  if (hadFocus) document.getElementById('contenu')?.focus();
}

section.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') dismiss();
});

if (import.meta.hot) {
  import.meta.hot.on(REPORT_EVENT, render);
  import.meta.hot.send(REQUEST_EVENT);
}
