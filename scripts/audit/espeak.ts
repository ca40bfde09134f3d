/**
 * eSpeak NG, the voice of NVDA and Orca, asked for phonemes only (`-x -q`: no
 * audio): how it would read each text in French. Installed from Debian by
 * scripts/ensure-system-packages.sh.
 */
import { execFileSync } from 'node:child_process';

export const ESPEAK = 'espeak-ng';

/** « 1.51 », or undefined when eSpeak NG is not installed. */
export function espeakVersion(): string | undefined {
  try {
    const out = execFileSync(ESPEAK, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /text-to-speech:\s*(\S+)/.exec(out)?.[1] ?? out.trim();
  } catch {
    return undefined;
  }
}

function speak(lines: string[]): string[] {
  const out = execFileSync(ESPEAK, ['-v', 'fr', '-x', '-q'], { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.split('\n').filter((line) => line.trim() !== '');
}

/** Lines per process: one call reads many texts (one per line, one line of phonemes back each). */
const BATCH = 400;

/**
 * The phonemes of each text. eSpeak reads one text per input line and answers
 * one line each; when a batch does not come back line for line (a text it split
 * in two clauses), that batch's texts are read one process each.
 */
export function phonemesOf(texts: Iterable<string>): Map<string, string> {
  // A line break inside a text would make it two lines, hence two answers.
  const unique = [...new Set(texts)].filter((t) => t.trim() !== '' && !t.includes('\n'));
  const result = new Map<string, string>();
  for (let start = 0; start < unique.length; start += BATCH) {
    const batch = unique.slice(start, start + BATCH);
    const heard = speak(batch);
    if (heard.length === batch.length) batch.forEach((text, i) => result.set(text, heard[i]!));
    else for (const text of batch) result.set(text, speak([text]).join(' '));
  }
  return result;
}
