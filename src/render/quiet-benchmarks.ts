import type UserConfig from '@11ty/eleventy/UserConfig';

// Not in Eleventy's JSDoc types: the benchmark group that times filters and shortcodes.
interface WithBenchmarks {
  benchmarks?: { config?: { setIsVerbose(verbose: boolean): void } };
}

/**
 * Eleventy's filter benchmark ("readableDate took 9% of the build") is created before quiet mode
 * applies and prints on large builds anyway; `habar build` prints only its own summary.
 */
export function quietBenchmarks(eleventyConfig: UserConfig): void {
  (eleventyConfig as unknown as WithBenchmarks).benchmarks?.config?.setIsVerbose(false);
}
