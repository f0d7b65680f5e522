import { sitePaths } from '../ingest/paths.ts';
import { buildSite } from './build.ts';
import { reportFailure, reportSync } from './report.ts';

const USAGE = `Usage: habar <command>

Commands:
  build    ingest content/sources into content/articles and build the site into _site/
`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 1;
  }
  const paths = sitePaths(process.cwd());
  switch (command) {
    case 'build': {
      const started = performance.now();
      const result = await buildSite(paths);
      const ok = reportSync(result.sync);
      if (!ok) return 1;
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      process.stdout.write(`Built ${result.pagesWritten} files into ${paths.output} in ${seconds} s\n`);
      return 0;
    }
    default:
      process.stderr.write(`habar: unknown command "${command}"\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { process.exitCode = reportFailure(error); },
);
