import type { Rng } from './prng.ts';

/** One language's vocabulary, as generators of the pieces of a news article. */
export interface Lang {
  title(r: Rng): string;
  /** The first sentence, without its final period (an attribution may follow it). */
  lead(r: Rng): string;
  /** `сообщает Kazpravda.kz`, `деп хабарлайды Kazinform тілшісі`, … */
  attribution(r: Rng): string;
  /** The whole line, `Фото: Сенат`. */
  photoCredit(r: Rng): string;
  /** A body sentence, ending with its punctuation. */
  sentence(r: Rng): string;
  /** `«…», - отметил X.` */
  quote(r: Rng): string;
}

export type Slots = Readonly<Record<string, (r: Rng) => string>>;

/** Replaces `{name}` with `slots.name(r)`; slot values may contain slots themselves. */
export function fill(template: string, slots: Slots, r: Rng): string {
  // A plain scan rather than String.replace with a callback: this is the generator's hot loop.
  let open = template.indexOf('{');
  if (open < 0) return template;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = template.indexOf('}', open);
    const name = template.slice(open + 1, close);
    const slot = slots[name];
    if (close < 0 || !slot) throw new Error(`unknown slot {${name}} in "${template}"`);
    out += template.slice(from, open) + fill(slot(r), slots, r);
    from = close + 1;
    open = template.indexOf('{', from);
  }
  return out + template.slice(from);
}

export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `1200` → `1 200`, as Russian and Kazakh newsrooms write it. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** A decimal with a comma: `2,5`; whole numbers lose the fraction. */
export function decimal(r: Rng, min: number, max: number): string {
  const tenths = r.int(min * 10, max * 10);
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)},${tenths % 10}`;
}

export function count(r: Rng): string {
  const scale = r.pick([1, 1, 1, 10, 100, 1000] as const);
  const n = scale === 1 ? r.int(2, 99) : r.int(10, 999) * (scale / 10);
  return groupDigits(n);
}

export function percent(r: Rng): string {
  return r.chance(0.5) ? `${r.int(1, 40)}%` : `${decimal(r, 0.1, 30)}%`;
}

/** An amount of money: `300 тенге`, `2,5 млрд тенге`. */
export function money(r: Rng, currency: string, millions: string, billions: string, trillions: string): string {
  switch (r.int(0, 4)) {
    case 0:
      return `${r.int(5, 95) * 10} ${currency}`;
    case 1:
      return `${groupDigits(r.int(10, 900) * 1000)} ${currency}`;
    case 2:
      return `${decimal(r, 1, 900)} ${millions} ${currency}`;
    case 3:
      return `${decimal(r, 1, 500)} ${billions} ${currency}`;
    default:
      return `${decimal(r, 1, 20)} ${trillions} ${currency}`;
  }
}

/** A price people pay: `300 тенге`. */
export function price(r: Rng, currency: string): string {
  return `${groupDigits(r.int(3, 250) * 10)} ${currency}`;
}

export function year(r: Rng): string {
  return String(r.int(2016, 2030));
}
