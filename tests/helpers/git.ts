import { execFileSync } from 'node:child_process';

/**
 * Runs git in `cwd` as a newsroom's repository would be used, apart from the user's own settings
 * (signing, hooks); `date` (ISO 8601 with an offset) becomes the commit's author and committer date.
 */
export function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) };
  return execFileSync('git', ['-c', 'user.name=Редактор', '-c', 'user.email=editor@habar.example', '-c', 'init.defaultBranch=main', ...args], { cwd, env, encoding: 'utf8' });
}

/** Stages everything in `cwd` and commits it on `date`. */
export function commitAll(cwd: string, date: string, message = 'Sources'): void {
  git(cwd, ['add', '--all']);
  git(cwd, ['commit', '--quiet', '--message', message], date);
}
