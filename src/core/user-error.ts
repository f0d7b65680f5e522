/** A mistake the user can fix (a bad argument or setting): reported as its message alone, never with a stack. */
export class UserError extends Error {
  override name = 'UserError';
}
