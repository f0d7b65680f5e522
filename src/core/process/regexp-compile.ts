/**
 * The Node option that has V8 compile each regular expression once, to machine code, on its first
 * use. By default it compiles a pattern to bytecode first and again to machine code on its second
 * use. The source parser's 800-odd patterns are mostly Unicode-aware (`\p{L}`, `/iu`), and compiling
 * one is mostly building its Unicode classes, so the two compiles cost about twice what one does: the
 * first sources a process parses pay for them (its first source took 1.2 s with the default, 0.8 s
 * with this), which an editor's update build or first edit in the preview waits for.
 *
 * It is given on the command line of each process habar starts (package.json's scripts, forkModule),
 * never set while the process runs: a pattern compiled to bytecode before such a change and run after
 * it made V8 jump to no code (a segmentation fault in about one `habar check` in a hundred on a loaded
 * machine).
 */
export const COMPILE_REGEXPS_ONCE = '--no-regexp-tier-up';
