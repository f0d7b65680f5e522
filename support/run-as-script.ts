import { pathToFileURL } from 'node:url';

/** Runs `main` when `moduleUrl` is the script node was started with; a failure prints its message and sets exit code 1. */
export function runAsScript(moduleUrl: string, main: () => void): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
