import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regular expression once, to machine code, on its first use. By default it
 * compiles a pattern to bytecode first and again to machine code on its second use. The source
 * parser's 800-odd patterns are mostly Unicode-aware (`\p{L}`, `/iu`), and compiling one is mostly
 * building its Unicode classes, so the two compiles cost about twice what one does: the first
 * sources a process parses pay for them (its first source took 1.2 s with the default, 0.8 s with
 * this), which an editor's update build or first edit in the preview waits for. A pattern's
 * machine code is what runs in the end either way. The flag holds for the whole process, its
 * threads included; each process habar starts sets it before it parses.
 */
export function compileRegExpsOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
