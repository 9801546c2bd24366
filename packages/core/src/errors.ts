import type { ConfigError } from './types.js';

/** Thrown by the low-level helpers (`isOpen`, `nextChange`) for an invalid schedule; `decide` never throws. */
export class HandoffConfigError extends Error {
  override name = 'HandoffConfigError';
  /** Every problem found. */
  readonly errors: ConfigError[];

  constructor(errors: ConfigError[]) {
    super(errors.map((error) => error.message).join('\n')); // each message starts with its path
    this.errors = errors;
  }
}

/** Thrown by `parseHours` for text outside the supported opening_hours subset. */
export class HoursSyntaxError extends SyntaxError {
  override name = 'HoursSyntaxError';
  /** The offending token, as written. */
  readonly token: string;
  /** Its offset in the text, from 0. */
  readonly position: number;

  constructor(message: string, token: string, position: number) {
    super(message);
    this.token = token;
    this.position = position;
  }
}

/** A short, safe description of a value: strings quoted and cut short, numbers as written, else the type. */
export function describe(value: unknown): string {
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
    const type = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return type === 'string'
      ? JSON.stringify((value as string).slice(0, 40))
      : type === 'number' || type === 'boolean'
        ? String(value)
        : type;
  } catch {
    return 'a revoked proxy'; // the one value `Array.isArray` throws on
  }
}
