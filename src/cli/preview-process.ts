import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { OUTPUT_DIR } from '../core/paths.ts';
import { forkModule } from '../core/process/fork-module.ts';
import { siblingModule } from '../core/process/sibling-module.ts';
import type { BuildSettings } from '../core/settings/settings.ts';

/** The preview has its own output folder, so it never replaces the built site in _site/. */
export const PREVIEW_DIR = `${OUTPUT_DIR}.preview`;

/** What the preview's builder tells `habar start`: the preview is built, or it changed. */
export type PreviewMessage = 'ready' | 'changed';

/** The preview builder's process (preview-builder.ts), as `habar start` drives it. */
export class PreviewProcess {
  private stopping = false;

  private constructor(private readonly child: ChildProcess) {
    child.once('exit', () => {
      if (!this.stopping) process.stderr.write('The preview stopped updating; save a template or restart `habar start`.\n');
    });
  }

  /**
   * Starts a builder for the site at `root` with `settings` and resolves once the whole preview is
   * on disk; `onChange` is called after each update it makes. Rejects if the builder ends first,
   * having printed why.
   */
  static async start(root: string, settings: BuildSettings, onChange: () => void): Promise<PreviewProcess> {
    const child = forkModule(siblingModule(import.meta.url, './preview-builder'), [JSON.stringify(settings)], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise<void>((resolve, reject) => {
      child.on('message', (message: PreviewMessage) => (message === 'ready' ? resolve() : onChange()));
      child.once('exit', () => reject(new Error('the preview builder stopped before the preview was ready')));
      child.once('error', reject);
    });
    return new PreviewProcess(child);
  }

  /** Ends the builder and waits until it has. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill();
    await exited;
  }
}
