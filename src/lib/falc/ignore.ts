import type { VFile } from 'vfile';
import type { FalcFileData, IgnoreComment, IgnoredMessage } from './types.ts';

const COMMENT = /^<!--\s*falc-ignore\b([\s\S]*?)-->\s*$/;
const IDS_AND_REASON = /^\s*((?:falc:[a-z0-9-]+[\s,]*)*)(?::([\s\S]*))?$/;

/** Rule id of the messages about `falc-ignore` comments themselves. */
export const IGNORE_RULE_ID = 'falc:commentaire-ignore';

/**
 * Read a `<!-- falc-ignore falc:regle : raison -->` comment. It silences the
 * listed rules on the line right after it, and must give a reason (after
 * « : ») so that a reviewer can judge it. Returns `undefined` for other HTML.
 */
export function parseIgnoreComment(
  html: string,
  start: number,
  end: number,
  endLine: number,
  knownRuleIds: ReadonlySet<string>,
): IgnoreComment | undefined {
  const comment = COMMENT.exec(html.trim());
  if (!comment) return undefined;
  const parts = IDS_AND_REASON.exec(comment[1] ?? '');
  const ruleIds = (parts?.[1] ?? '').split(/[\s,]+/).filter(Boolean);
  const reason = (parts?.[2] ?? '').trim();
  const result: IgnoreComment = { ruleIds, reason, targetLine: endLine + 1, start, end, used: false };

  const unknown = ruleIds.find((id) => !knownRuleIds.has(id));
  if (!parts || ruleIds.length === 0) {
    result.problem =
      'Commentaire falc-ignore sans règle : écrivez « <!-- falc-ignore falc:regle : raison --> ».';
  } else if (unknown) {
    result.problem = `Règle « ${unknown} » inconnue dans falc-ignore : corrigez son nom (liste dans docs/regles-falc).`;
  } else if (ruleIds.includes(IGNORE_RULE_ID)) {
    result.problem = 'Un commentaire falc-ignore ne peut pas masquer falc:commentaire-ignore : enlevez-le.';
  } else if (reason === '') {
    result.problem =
      'Commentaire falc-ignore sans raison : ajoutez la raison après « : », par exemple « : nom propre ».';
  }
  return result;
}

/**
 * Move the messages that a valid comment silences out of `file.messages`
 * (into `file.data.falcIgnored`, so the summary can count them), and mark
 * comments that silence nothing. A comment with a problem silences nothing:
 * the editor sees both the message and the problem.
 */
export function applyIgnores(file: VFile & { data: FalcFileData }): void {
  const comments = file.data.falcIgnores ?? [];
  const ignored: IgnoredMessage[] = [];
  file.data.falcIgnored = ignored;
  if (comments.length === 0) return;

  const lines = String(file.value).split(/\r?\n|\r/);
  for (const comment of comments) {
    if (!comment.problem && (lines[comment.targetLine - 1] ?? '').trim() === '') {
      comment.problem =
        'Commentaire falc-ignore mal placé : mettez-le sur la ligne juste avant la ligne qu’il masque.';
    }
  }

  file.messages = file.messages.filter((message) => {
    const comment = comments.find(
      (candidate) =>
        !candidate.problem &&
        candidate.targetLine === message.line &&
        message.ruleId !== undefined &&
        candidate.ruleIds.includes(message.ruleId),
    );
    if (!comment) return true;
    comment.used = true;
    ignored.push({
      ruleId: message.ruleId ?? '',
      line: message.line ?? 0,
      column: message.column ?? 0,
      message: message.reason,
      reason: comment.reason,
    });
    return false;
  });
}
