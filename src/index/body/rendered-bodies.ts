import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Language } from '../../core/language.ts';

/** What an indexing thread sends for a shard: its bodies as HTML, in the order of its articles. */
export interface BodiesMessage {
  shard: string;
  html: string[];
}

/** An article as far as its body goes: the Markdown file it is read from, and its language. */
export interface BodyOf {
  file: string;
  lang: Language;
}

/**
 * Article bodies as HTML, by the article's Markdown file, from the search indexing threads of a full
 * build. Those parse every body for its search record anyway, and turning the parsed tokens into HTML
 * costs little, so each body is parsed once instead of twice. The article body filter takes a body's
 * HTML from here when it has arrived before the body's page is rendered, and renders the body itself
 * otherwise: the HTML is the same either way, made by the same markdown-it setup. Only the HTML of
 * bodies not yet rendered is kept, and of those a later page asks for again (`expectAgain`: the
 * feeds' entries), so what is held is bounded by the shards handed to the threads and the feeds.
 */
export class RenderedBodies {
  private readonly waiting = new Map<string, { lang: Language; html: string }>();
  /** Files whose every ask has been made; their names are the articles' own, held by the index anyway. */
  private readonly rendered = new Set<string>();
  /** Asks still to come after the first, by file (expectAgain). */
  private readonly asksAgain = new Map<string, number>();
  private readonly sources: { port: MessagePort; articlesOf: (shard: string) => BodyOf[] }[] = [];

  /**
   * Takes the bodies an indexing thread sends on `port`; `articlesOf` gives the articles of a shard.
   * Read when this thread's event loop turns and, since it hardly turns while Eleventy renders a
   * run of pages, also at once whenever a body is asked for that has not arrived.
   */
  receive(port: MessagePort, articlesOf: (shard: string) => BodyOf[]): void {
    this.sources.push({ port, articlesOf });
    port.on('message', (message: BodiesMessage) => this.add(articlesOf(message.shard), message.html));
    // Open until the thread ends; it must not keep the build's process alive.
    port.unref();
  }

  /** One more ask, after the page of its article, for each time a file is listed (a feed's entries). */
  expectAgain(files: Iterable<string>): void {
    for (const file of files) this.asksAgain.set(file, (this.asksAgain.get(file) ?? 0) + 1);
  }

  /**
   * The HTML of the body in `file`, in `lang`, if it has arrived. Either way this counts as one ask;
   * after the last one expected, the HTML is dropped and no longer taken in when it arrives.
   */
  take(file: string, lang: Language | undefined): string | undefined {
    if (!this.waiting.has(file)) this.readArrived();
    const found = this.waiting.get(file);
    const again = this.asksAgain.get(file);
    if (again === undefined) {
      this.rendered.add(file);
      this.waiting.delete(file);
    } else if (again === 1) {
      this.asksAgain.delete(file);
    } else {
      this.asksAgain.set(file, again - 1);
    }
    return found && found.lang === lang ? found.html : undefined;
  }

  private readArrived(): void {
    for (const { port, articlesOf } of this.sources) {
      for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
        const message = received.message as BodiesMessage;
        this.add(articlesOf(message.shard), message.html);
      }
    }
  }

  private add(articles: BodyOf[], html: string[]): void {
    articles.forEach(({ file, lang }, i) => {
      if (!this.rendered.has(file)) this.waiting.set(file, { lang, html: html[i]! });
    });
  }
}
