import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Language } from '../source/article.ts';

/** What an indexing thread sends for a shard: its bodies as HTML, in the order of its articles. */
export interface BodiesMessage {
  shard: string;
  html: string[];
}

/** An article as far as its body goes. */
export interface BodyOf {
  body: string;
  lang: Language;
}

/**
 * Article bodies as HTML, from the search indexing threads of a full build. Those parse every body
 * for its search record anyway, and turning the parsed tokens into HTML costs little, so each body
 * is parsed once instead of twice. The markdown filter takes a body's HTML from here when it has
 * arrived before the body's page is rendered, and renders the body itself otherwise: the HTML is
 * the same either way, made by the same markdown-it setup. Only the HTML of bodies not yet rendered
 * is kept, and of those a later page asks for again (`expectTwice`: the feeds' entries), so what is
 * held is bounded by the shards handed to the threads and the feeds.
 */
export class RenderedBodies {
  private readonly waiting = new Map<string, { lang: Language; html: string }>();
  /** Bodies already rendered; their strings are the articles' own, held by the index anyway. */
  private readonly rendered = new Set<string>();
  /** Bodies asked for by two pages (expectTwice) and not asked for yet. */
  private readonly askedTwice = new Set<string>();
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

  /** Bodies that a second page will ask for after their article's page (a feed's entries). */
  expectTwice(bodies: Iterable<string>): void {
    for (const body of bodies) this.askedTwice.add(body);
  }

  /**
   * The HTML of `body` in `lang` if it has arrived. Either way the body counts as rendered from now
   * on, unless it is expected twice and this is the first ask: then its HTML is kept for the
   * second, or taken in when it arrives.
   */
  take(body: string, lang: Language | undefined): string | undefined {
    if (!this.waiting.has(body)) this.readArrived();
    const found = this.waiting.get(body);
    if (!this.askedTwice.delete(body)) {
      this.rendered.add(body);
      this.waiting.delete(body);
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
    articles.forEach(({ body, lang }, i) => {
      if (!this.rendered.has(body)) this.waiting.set(body, { lang, html: html[i]! });
    });
  }
}
