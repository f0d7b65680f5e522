import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderedBodies, type BodiesMessage, type BodyOf } from '../../../src/index/body/rendered-bodies.ts';

const first = 'content/articles/2026/01/pervyi.md';
const second = 'content/articles/2026/01/ekinshi.md';
const shard: BodyOf[] = [
  { file: first, lang: 'ru' },
  { file: second, lang: 'kk' },
];
const message: BodiesMessage = { shard: '2026', html: ['<p>Первый абзац.</p>\n', '<p>Екінші абзац.</p>\n'] };

describe('RenderedBodies', () => {
  const ports: MessagePort[] = [];
  afterEach(() => ports.splice(0).forEach((port) => port.close()));

  /** Bodies received from a new channel, and the port an indexing thread would send them on. */
  function bodies(): { rendered: RenderedBodies; thread: MessagePort } {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    const rendered = new RenderedBodies();
    rendered.receive(port1, (id) => (id === '2026' ? shard : []));
    return { rendered, thread: port2 };
  }

  it('hands over a body that has arrived, once, without waiting for the event loop', () => {
    const { rendered, thread } = bodies();
    thread.postMessage(message);
    expect(rendered.take(second, 'kk')).toBe('<p>Екінші абзац.</p>\n');
    expect(rendered.take(second, 'kk')).toBeUndefined();
    expect(rendered.take(first, 'ru')).toBe('<p>Первый абзац.</p>\n');
  });

  it('drops what arrives after its body was rendered, and what was rendered for another language', () => {
    const { rendered, thread } = bodies();
    expect(rendered.take(first, 'ru')).toBeUndefined();
    thread.postMessage(message);
    expect(rendered.take(first, 'ru')).toBeUndefined();
    expect(rendered.take(second, 'ru')).toBeUndefined();
  });

  it('keeps the HTML of a body asked for again until its last ask, also when it arrives after the first', () => {
    const { rendered, thread } = bodies();
    rendered.expectAgain([first, second, second]);
    expect(rendered.take(first, 'ru')).toBeUndefined();
    thread.postMessage(message);
    expect(rendered.take(first, 'ru')).toBe('<p>Первый абзац.</p>\n');
    expect(rendered.take(first, 'ru')).toBeUndefined();
    expect(rendered.take(second, 'kk')).toBe('<p>Екінші абзац.</p>\n');
    expect(rendered.take(second, 'kk')).toBe('<p>Екінші абзац.</p>\n');
    expect(rendered.take(second, 'kk')).toBe('<p>Екінші абзац.</p>\n');
    expect(rendered.take(second, 'kk')).toBeUndefined();
  });
});
