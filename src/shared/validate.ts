// A tiny, strict schema checker for messages crossing contexts (SECURITY B4.37): unknown fields, wrong types,
// oversized strings and prototype keys are rejected, and checking never throws. Pure; runs everywhere.

export type Check = (value: unknown, path: string) => string | null; // null = valid, else a reason
export interface Schema<T> {
  check: Check;
  /** Phantom field carrying the validated type. */
  readonly _type?: T;
}
export type Infer<S> = S extends Schema<infer T> ? T : never;
/** A schema marked optional: its key may be absent from the object. */
type OptionalSchema = { optional: true };
type OptionalKeys<S> = { [K in keyof S]: S[K] extends OptionalSchema ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The object type a shape validates: optional schemas become optional properties. */
export type ObjectOf<S extends Record<string, Schema<unknown>>> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

const plainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

export const v = {
  string(opts: { min?: number; max?: number; pattern?: RegExp } = {}): Schema<string> {
    const { min = 0, max = 4096, pattern } = opts;
    return {
      check: (x, p) => {
        if (typeof x !== 'string') return `${p} must be a string`;
        if (x.length < min || x.length > max) return `${p} must be ${min}–${max} characters`;
        if (pattern && !pattern.test(x)) return `${p} has an unexpected format`;
        return null;
      },
    };
  },
  number(opts: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
    return {
      check: (x, p) => {
        if (typeof x !== 'number' || !Number.isFinite(x)) return `${p} must be a number`;
        if (opts.integer && !Number.isInteger(x)) return `${p} must be an integer`;
        if ((opts.min ?? -Infinity) > x || x > (opts.max ?? Infinity)) return `${p} is out of range`;
        return null;
      },
    };
  },
  boolean(): Schema<boolean> {
    return { check: (x, p) => (typeof x === 'boolean' ? null : `${p} must be true or false`) };
  },
  literal<const L extends string>(...values: L[]): Schema<L> {
    return { check: (x, p) => ((values as unknown[]).includes(x) ? null : `${p} must be one of ${values.join(', ')}`) };
  },
  array<T>(item: Schema<T>, opts: { min?: number; max?: number } = {}): Schema<T[]> {
    const max = opts.max ?? 1000;
    const min = opts.min ?? 0;
    return {
      check: (x, p) => {
        if (!Array.isArray(x)) return `${p} must be a list`;
        if (x.length > max) return `${p} has too many entries`;
        if (x.length < min) return `${p} needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`;
        for (let i = 0; i < x.length; i++) {
          const r = item.check(x[i], `${p}[${i}]`);
          if (r) return r;
        }
        return null;
      },
    };
  },
  optional<T>(inner: Schema<T>): Schema<T | undefined> & { optional: true } {
    return { optional: true, check: (x, p) => (x === undefined ? null : inner.check(x, p)) };
  },
  object<S extends Record<string, Schema<unknown>>>(shape: S): Schema<ObjectOf<S>> {
    return {
      check: (x, p) => {
        if (!plainObject(x)) return `${p} must be an object`;
        for (const key of Object.keys(x)) if (!Object.hasOwn(shape, key)) return `${p}.${key} is not expected`;
        for (const [key, schema] of Object.entries(shape)) {
          const value = Object.hasOwn(x, key) ? x[key] : undefined;
          if (value === undefined && !(schema as { optional?: boolean }).optional) return `${p}.${key} is required`;
          const r = schema.check(value, `${p}.${key}`);
          if (r) return r;
        }
        return null;
      },
    };
  },
};

/** Never throws, whatever `value` is (getters, proxies, cycles are caught). */
export function validate<T>(schema: Schema<T>, value: unknown, path = 'payload'): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    const reason = schema.check(value, path);
    return reason ? { ok: false, reason } : { ok: true, value: value as T };
  } catch {
    return { ok: false, reason: `${path} could not be read` };
  }
}
