/**
 * `error`, where it is (or wraps, as Eleventy's errors do) a file system error that names no file
 * (a failed `write`), with that error given `folder`, the folder being written: a full disk is then
 * reported with the folder that filled it.
 */
export function namingFolder<T>(error: T, folder: string): T {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth++) {
    const { code, path } = current as { code?: unknown; path?: unknown };
    if (code !== undefined && path === undefined) Object.assign(current, { path: folder });
    const wrapper = current as { cause?: unknown; originalError?: unknown };
    current = wrapper.cause ?? wrapper.originalError;
  }
  return error;
}

/** Marks `error`, from opening a file, as from opening it for writing: an `open` error does not say which. */
export function whileWriting<T>(error: T): T {
  if (error instanceof Error) Object.assign(error, { writing: true });
  return error;
}
