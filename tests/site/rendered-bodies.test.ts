import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderedBodies, type BodiesMessage, type BodyOf } from '../../src/site/rendered-bodies.ts';

const shard: BodyOf[] = [
  { body: 'Первый абзац.', lang: 'ru' },
  { body: 'Екінші абзац.', lang: 'kk' },
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
    expect(rendered.take('Екінші абзац.', 'kk')).toBe('<p>Екінші абзац.</p>\n');
    expect(rendered.take('Екінші абзац.', 'kk')).toBeUndefined();
    expect(rendered.take('Первый абзац.', 'ru')).toBe('<p>Первый абзац.</p>\n');
  });

  it('drops what arrives after its body was rendered, and what was rendered for another language', () => {
    const { rendered, thread } = bodies();
    expect(rendered.take('Первый абзац.', 'ru')).toBeUndefined();
    thread.postMessage(message);
    expect(rendered.take('Первый абзац.', 'ru')).toBeUndefined();
    expect(rendered.take('Екінші абзац.', 'ru')).toBeUndefined();
  });

  it('keeps the HTML of a body expected twice for the second ask, also when it arrives after the first', () => {
    const { rendered, thread } = bodies();
    rendered.expectTwice(['Первый абзац.', 'Екінші абзац.']);
    expect(rendered.take('Первый абзац.', 'ru')).toBeUndefined();
    thread.postMessage(message);
    expect(rendered.take('Первый абзац.', 'ru')).toBe('<p>Первый абзац.</p>\n');
    expect(rendered.take('Первый абзац.', 'ru')).toBeUndefined();
    expect(rendered.take('Екінші абзац.', 'kk')).toBe('<p>Екінші абзац.</p>\n');
    expect(rendered.take('Екінші абзац.', 'kk')).toBe('<p>Екінші абзац.</p>\n');
    expect(rendered.take('Екінші абзац.', 'kk')).toBeUndefined();
  });
});
