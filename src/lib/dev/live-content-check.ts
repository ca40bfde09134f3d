/**
 * The content check of `npm run dev`, run again on every save under content/
 * (or public/, where linked files live): the same checks and French messages as
 * `npm run lint:content`, remembered per file (check-memo.ts) so that a save
 * costs only the files it changed and the cross-file checks. The terminal gets
 * what changed (new and fixed issues); every open page gets the full findings
 * through Vite's HMR channel, for its banner.
 */
import { relative, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import type { AstroIntegrationLogger } from 'astro';
import { checkContent } from '../check-content.ts';
import { CheckMemo } from '../checks/check-memo.ts';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { formatIssues, summarise } from '../report-issues.ts';
import { issueChanges } from './issue-changes.ts';
import { DATA_FILE_SCHEMAS } from '../checks/check-data-files.ts';
import { onRefusedChange, refusedFiles, type Fallback } from './refused-entries.ts';
import { readSiteConfig } from '../site-config.ts';
import { REPORT_EVENT, REQUEST_EVENT, type LiveCheckReport } from './live-check-event.ts';

/** Files the pages read themselves when they render (not through a collection): Vite does not reload the pages for them. */
const DATA_FILES = new Set(DATA_FILE_SCHEMAS.map((f) => f.path));

/** Saves within this delay are checked once: an editor's "save all", a git checkout. */
const SETTLE_MS = 60;

export interface LiveCheck {
  close(): void;
}

export function startLiveCheck(root: string, server: Pick<ViteDevServer, 'watcher' | 'hot'>, logger: AstroIntegrationLogger): LiveCheck {
  const memo = new CheckMemo();
  let issues: ContentIssue[] | undefined;
  let timer: NodeJS.Timeout | undefined;
  let again = false;
  let busy = false;
  /** A data file changed: once checked, the open pages reload, to show it or to say they keep its last good version (site-config.ts). */
  let reloadPages = false;

  // Each refused file is said once in the terminal, when it is first refused.
  let told = new Set<string>();
  const tellRefused = () => {
    const now = refusedFiles();
    for (const { file, fallback } of now) if (!told.has(file)) logger.warn(refusedMessage(file, fallback));
    told = new Set(now.map((r) => r.file));
  };
  const report = (): LiveCheckReport => ({ issues: issues ?? [], refused: refusedFiles() });
  const broadcast = () => issues && server.hot.send(REPORT_EVENT, report());

  const check = async () => {
    busy = true;
    try {
      do {
        again = false;
        const started = performance.now();
        const next = (await checkContent(root, memo)).issues;
        const ms = Math.round(performance.now() - started);
        logChanges(logger, issues, next, ms);
        issues = next;
        // content/site.yaml is refused or accepted by its reader, which the pages call as they render: read it
        // here too, so that the terminal and the banner say which settings the preview uses even with no page open.
        readSiteConfig(root, true);
        tellRefused();
        broadcast();
        // After the check, not on the save: the check holds the server, and a page still loading would miss the message.
        if (reloadPages) server.hot.send({ type: 'full-reload', path: '*' });
        reloadPages = false;
      } while (again);
    } catch (error) {
      logger.error(`La vérification du contenu n’a pas pu se faire : ${(error as Error).message}`);
    } finally {
      busy = false;
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (busy) again = true;
      else void check();
    }, SETTLE_MS);
  };

  const onFile = (_event: string, path: string) => {
    const file = relative(root, path).split(sep).join('/');
    const inContent = file.startsWith('content/');
    if (!inContent && !file.startsWith('public/')) return;
    // The per-file results also read images and public/ files: those changes start afresh.
    if (!(inContent && file.endsWith('.md'))) memo.clear();
    if (DATA_FILES.has(file)) reloadPages = true;
    schedule();
  };
  server.watcher.on('all', onFile);
  const onRequest = (_data: unknown, client: { send(event: string, payload: LiveCheckReport): void }) => {
    if (issues) client.send(REPORT_EVENT, report());
  };
  server.hot.on(REQUEST_EVENT, onRequest);
  const stopRefused = onRefusedChange(() => {
    tellRefused();
    broadcast();
  });
  void check();

  return {
    close: () => {
      clearTimeout(timer);
      server.watcher.off('all', onFile);
      server.hot.off(REQUEST_EVENT, onRequest);
      stopRefused();
    },
  };
}

export function refusedMessage(file: string, fallback: Fallback): string {
  switch (fallback) {
    case 'previous':
      return `${file} : l’aperçu montre la dernière version correcte de ce fichier, tant que l’erreur n’est pas corrigée.`;
    case 'defaults':
      return `${file} : l’aperçu utilise des réglages provisoires à la place de ce fichier, tant que l’erreur n’est pas corrigée.`;
    case 'none':
      return `${file} : cette page n’est pas dans l’aperçu tant que l’erreur n’est pas corrigée.`;
  }
}

function logChanges(logger: AstroIntegrationLogger, before: ContentIssue[] | undefined, after: ContentIssue[], ms: number): void {
  if (!before) {
    const text = `Vérification du contenu : ${summarise(after)}`;
    if (after.length === 0) logger.info(text);
    else logger.warn(`${text}\n${formatIssues(after)}`);
    return;
  }
  const { added, fixed } = issueChanges(before, after);
  if (added.length === 0 && fixed.length === 0) return;
  const parts = [`Contenu revérifié en ${ms} ms : ${summarise(after)}`];
  if (added.length > 0) parts.push(`Nouveau :\n${formatIssues(added)}`);
  if (fixed.length > 0) parts.push(`Corrigé :\n${formatIssues(fixed)}`);
  const text = parts.join('\n');
  if (added.some((i) => i.severity === 'error')) logger.error(text);
  else if (added.length > 0) logger.warn(text);
  else logger.info(text);
}
