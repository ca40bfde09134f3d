/**
 * The read-aloud player of FALC pages: splits the page's text into sentences
 * (a FALC page has one sentence per line: each <br> and each block ends one),
 * speaks them one after the other with a French voice, highlights the sentence
 * being read (CSS Custom Highlight API, or a class on its block where the
 * browser lacks it), and stops when the reader leaves the page.
 */
interface Sentence {
  text: string;
  range: Range;
  block: Element;
}

/** Blocks read aloud, in reading order, inside <main>. Navigation and the player's own buttons are skipped. */
const BLOCKS = 'h1, h2, h3, p, li, dt, dd, figcaption, blockquote';
const SKIPPED = 'nav, [data-lecture], [hidden], [aria-hidden="true"], svg, .falc-pager';
const HIGHLIGHT = 'lecture';

export function sentencesOf(root: Element): Sentence[] {
  const sentences: Sentence[] = [];
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (el) => !el.closest(SKIPPED) && !el.querySelector(BLOCKS), // innermost blocks only: nothing read twice
  );
  for (const block of blocks) {
    let nodes: Text[] = [];
    const flush = () => {
      const text = nodes.map((n) => n.data).join('').replace(/\s+/g, ' ').trim();
      if (text) {
        const range = document.createRange();
        range.setStart(nodes[0]!, 0);
        range.setEnd(nodes.at(-1)!, nodes.at(-1)!.length);
        sentences.push({ text, range, block });
      }
      nodes = [];
    };
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.tagName === 'BR') flush();
        continue;
      }
      if (!(node.parentElement?.closest(SKIPPED))) nodes.push(node as Text);
    }
    flush();
  }
  return sentences;
}

type State = 'idle' | 'playing' | 'paused';

class Player {
  private state: State = 'idle';
  private index = 0;
  private sentences: Sentence[] = [];
  private readonly synth = window.speechSynthesis;
  private readonly controls: HTMLElement;
  private readonly toggleButton: HTMLButtonElement;
  private readonly stopButton: HTMLButtonElement;
  private readonly status: HTMLElement | null;
  private readonly voice: SpeechSynthesisVoice;

  constructor(controls: HTMLElement, voice: SpeechSynthesisVoice) {
    this.controls = controls;
    this.toggleButton = controls.querySelector<HTMLButtonElement>('[data-lecture-toggle]')!;
    this.stopButton = controls.querySelector<HTMLButtonElement>('[data-lecture-stop]')!;
    this.status = controls.querySelector<HTMLElement>('[data-lecture-status]');
    this.voice = voice;
    this.stopButton.addEventListener('click', () => this.stop());
    // Leaving the page (link, back button, closing the tab) stops the voice.
    window.addEventListener('pagehide', () => this.stop());
  }

  toggle(): void {
    if (this.state === 'idle') this.start();
    else if (this.state === 'playing') {
      this.synth.pause();
      this.setState('paused');
    } else {
      this.synth.resume();
      this.setState('playing');
    }
  }

  private start(): void {
    const main = document.querySelector('main');
    this.sentences = main ? sentencesOf(main) : [];
    if (this.sentences.length === 0) return;
    this.synth.cancel();
    this.index = 0;
    this.setState('playing');
    this.speak();
  }

  private speak(): void {
    const sentence = this.sentences[this.index];
    if (!sentence || this.state === 'idle') {
      this.stop();
      return;
    }
    this.highlight(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.rate = 0.9; // a little slower than usual: FALC readers asked for time to follow
    utterance.onend = () => {
      if (this.state === 'idle') return;
      this.index++;
      this.speak();
    };
    utterance.onerror = (event) => {
      if (event.error !== 'interrupted' && event.error !== 'canceled') this.stop();
    };
    this.synth.speak(utterance);
  }

  stop(): void {
    if (this.state === 'idle') return;
    this.setState('idle');
    this.synth.cancel();
    this.highlight(undefined);
  }

  private highlight(sentence: Sentence | undefined): void {
    document.querySelector('.lecture-en-cours')?.classList.remove('lecture-en-cours');
    if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined') {
      if (sentence) CSS.highlights.set(HIGHLIGHT, new Highlight(sentence.range));
      else CSS.highlights.delete(HIGHLIGHT);
    } else if (sentence) {
      sentence.block.classList.add('lecture-en-cours');
    }
    sentence?.block.scrollIntoView({ block: 'nearest' });
  }

  private setState(state: State): void {
    this.state = state;
    const labels = this.controls.dataset;
    this.toggleButton.textContent = (state === 'idle' ? labels.labelPlay : state === 'playing' ? labels.labelPause : labels.labelResume) ?? '';
    // « Arrêter l'écoute » is hidden once stopped: if it had the focus, the focus would fall to <body> and the
    // reader would lose their place; it goes to the button that starts the reading again.
    if (state === 'idle' && document.activeElement === this.stopButton) this.toggleButton.focus();
    this.stopButton.hidden = state === 'idle';
    // The new label of the focused button is not always read aloud by screen readers: the status line says it.
    if (this.status) {
      this.status.textContent = (state === 'idle' ? labels.statusStopped : state === 'playing' ? labels.statusPlaying : labels.statusPaused) ?? '';
    }
  }
}

let player: Player | undefined;

export function pressToggle(controls: HTMLElement, voice: SpeechSynthesisVoice): void {
  player ??= new Player(controls, voice);
  player.toggle();
}
