/**
 * Freezes a JSON value and everything in it. Stored jobs and responses are frozen so that
 * views handed to tests, handlers and callbacks can share them without copying, and
 * nobody can change a stored batch from outside.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
