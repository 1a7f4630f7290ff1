// Turns a zod schema into the source of a plain function that answers, for a value from JSON.parse,
// whether `schema.safeParse(value)` succeeds: the same rules, without zod's generic machinery. A
// client checks every pulled change, and zod spends most of a cold pull warming up (about 13 ms
// per 1,000-change page against 2 ms warm); straight-line code is fast from the first page. The
// renderer's CSP forbids eval, so the source is generated ahead of time (`npm run generate:checks`)
// and a test keeps it equal to what this function makes of today's schema.
//
// Nodes it does not translate (transforms, pipes, defaults, refinements, …) are left to zod: the
// generated code calls `fallback[i]` (the i-th of `compileCheck(schema).fallbacks`, safeParse of that
// sub-schema) and stores its output in place of the input, as zod's parse would return it. Every
// node with a fallback is idempotent in our schemas (normalising, trimming, filling a default), so
// a page that fails the fast check and is then parsed by zod gets the same answer.
import { z } from 'zod';

/** The fallback's answer: the sub-schema's output, or FAILED. */
export const FAILED: unique symbol = Symbol('failed');
export type Fallback = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  discriminator?: string;
  unionFallback?: boolean;
  keyType?: Schema;
  valueType?: Schema;
  coerce?: boolean;
}
interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  when?: unknown;
}
interface Schema {
  _zod: { def: Def; values?: Set<unknown> };
}

export interface CompiledCheck {
  /** The body of `function (value, fallback) { … }`: the value as zod would return it, or FAILED. */
  body: string;
  /** Regular expressions the body names as `patterns[i]`. */
  patterns: RegExp[];
  /** The sub-schemas the body leaves to zod, in the order of `fallback[i]`. */
  fallbacks: z.ZodType[];
}

/** The `when` zod gives every length check: run it on values that have a length (all do, once typed). */
const LENGTH_CHECK_WHEN = (z.string().max(1)._zod.def.checks![0]!._zod.def as CheckDef).when;

const literal = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));

export function compileCheck(schema: z.ZodType): CompiledCheck {
  const patterns: RegExp[] = [];
  const fallbacks: z.ZodType[] = [];
  let names = 0;
  const fresh = (prefix: string) => `${prefix}${++names}`;

  /** Statements that return FAILED unless `x` passes `node`; `place` is where its value lives (for a fallback's output). */
  function emit(node: Schema, x: string, place: string): string {
    const def = node._zod.def;
    const translated = def.coerce ? null : translate(node, def, x, place);
    if (translated !== null) return translated;
    fallbacks.push(node as unknown as z.ZodType);
    const result = fresh('r');
    return `{ const ${result} = fallback[${fallbacks.length - 1}](${x}); if (${result} === FAILED) return FAILED; ${place} = ${result}; }\n`;
  }

  /** The checks of a string, number or array, or null when one of them is not translated. */
  function checks(def: Def, x: string): string | null {
    let out = '';
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.when && !(c.when === LENGTH_CHECK_WHEN && (c.check === 'max_length' || c.check === 'min_length'))) return null;
      if (c.check === 'max_length') {
        out += def.type === 'string' ? `if (${x}.length > ${c.maximum} && codePointLength(${x}) > ${c.maximum}) return FAILED;\n` : `if (${x}.length > ${c.maximum}) return FAILED;\n`;
      } else if (c.check === 'min_length') {
        // zod counts code points only where units alone cannot decide (fewer than twice the floor).
        out += def.type === 'string' ? `if (${x}.length < ${c.minimum} || (${x}.length < ${2 * c.minimum!} && codePointLength(${x}) < ${c.minimum})) return FAILED;\n` : `if (${x}.length < ${c.minimum}) return FAILED;\n`;
      } else if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
        patterns.push(c.pattern);
        const pattern = `patterns[${patterns.length - 1}]`;
        out += `${c.pattern.global || c.pattern.sticky ? `${pattern}.lastIndex = 0; ` : ''}if (!${pattern}.test(${x})) return FAILED;\n`;
      } else if (c.check === 'number_format' && c.format === 'safeint') {
        out += `if (!Number.isSafeInteger(${x})) return FAILED;\n`;
      } else if ((c.check === 'greater_than' || c.check === 'less_than') && typeof c.value === 'number') {
        const pass = c.check === 'greater_than' ? (c.inclusive ? '>=' : '>') : c.inclusive ? '<=' : '<';
        out += `if (!(${x} ${pass} ${literal(c.value)})) return FAILED;\n`;
      } else {
        return null;
      }
    }
    return out;
  }

  const isObject = (x: string) => `typeof ${x} === "object" && ${x} !== null && !Array.isArray(${x})`;

  function translate(node: Schema, def: Def, x: string, place: string): string | null {
    switch (def.type) {
      case 'unknown':
      case 'any':
        return def.checks?.length ? null : '';
      case 'string': {
        const rest = checks(def, x);
        return rest === null ? null : `if (typeof ${x} !== "string") return FAILED;\n${rest}`;
      }
      case 'number': {
        const rest = checks(def, x);
        return rest === null ? null : `if (typeof ${x} !== "number" || !Number.isFinite(${x})) return FAILED;\n${rest}`;
      }
      case 'boolean':
        return def.checks?.length ? null : `if (typeof ${x} !== "boolean") return FAILED;\n`;
      case 'enum':
      case 'literal': {
        const values = node._zod.values;
        if (!values || def.checks?.length || [...values].some((v) => typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean' && v !== null)) return null;
        return `if (${[...values].map((v) => `${x} !== ${literal(v)}`).join(' && ') || 'true'}) return FAILED;\n`;
      }
      case 'nullable':
      case 'optional': {
        if (def.checks?.length) return null;
        const absent = def.type === 'nullable' ? 'null' : 'undefined';
        return `if (${x} !== ${absent}) {\n${emit(def.innerType!, x, place)}}\n`;
      }
      case 'array': {
        const rest = checks(def, x);
        if (rest === null) return null;
        const i = fresh('i');
        const item = fresh('v');
        return `if (!Array.isArray(${x})) return FAILED;\n${rest}for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {\nconst ${item} = ${x}[${i}];\n${emit(def.element!, item, `${x}[${i}]`)}}\n`;
      }
      case 'object': {
        if (def.catchall || def.checks?.length) return null;
        let out = `if (!(${isObject(x)})) return FAILED;\n`;
        for (const [key, field] of Object.entries(def.shape!)) {
          if (key === '__proto__') continue;
          const value = fresh('v');
          const fieldPlace = `${x}[${literal(key)}]`;
          const fieldDef = field._zod.def;
          if (fieldDef.type === 'optional' && !fieldDef.checks?.length) {
            // Absent, or present and undefined: zod accepts both.
            out += `{ const ${value} = ${fieldPlace};\nif (${value} !== undefined) {\n${emit(fieldDef.innerType!, value, fieldPlace)}} }\n`;
          } else {
            // Every other required type refuses undefined, so it refuses a missing key; these take any value but still want the key.
            const wantsKey = fieldDef.type === 'unknown' || fieldDef.type === 'any';
            out += `${wantsKey ? `if (!(${literal(key)} in ${x})) return FAILED;\n` : ''}{ const ${value} = ${fieldPlace};\n${emit(field, value, fieldPlace)}}\n`;
          }
        }
        return out;
      }
      case 'union': {
        if (!def.discriminator || def.unionFallback || def.checks?.length) return null;
        const cases: string[] = [];
        for (const option of def.options!) {
          const values = option._zod.def.shape?.[def.discriminator]?._zod.values;
          if (!values || [...values].some((v) => typeof v !== 'string')) return null;
          cases.push(`${[...values].map((v) => `case ${literal(v)}:`).join(' ')} {\n${emit(option, x, place)}break;\n}\n`);
        }
        return `if (!(${isObject(x)})) return FAILED;\nswitch (${x}[${literal(def.discriminator)}]) {\n${cases.join('')}default: return FAILED;\n}\n`;
      }
      case 'record': {
        // Keys of any text and values of any kind: every plain object passes (JSON has no other kind).
        const keyDef = def.keyType!._zod.def;
        const valueDef = def.valueType!._zod.def;
        if (def.checks?.length || keyDef.type !== 'string' || keyDef.checks?.length || valueDef.type !== 'unknown') return null;
        return `if (!(${isObject(x)})) return FAILED;\n`;
      }
      default:
        return null;
    }
  }

  const body = `${emit(schema as unknown as Schema, 'value', 'value')}return value;\n`;
  return { body, patterns, fallbacks };
}

/** A fallback for each sub-schema left to zod: its safeParse output, or FAILED. */
export function fallbacksOf(compiled: Pick<CompiledCheck, 'fallbacks'>): Fallback[] {
  return compiled.fallbacks.map((schema) => (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : FAILED;
  });
}

/** The text of the generated module that exports `functionName`, checking `schemaName` (exported by `schemaModule`). */
export function checkModuleSource(compiled: CompiledCheck, names: { functionName: string; schemaName: string; schemaModule: string }): string {
  return `// Generated by \`npm run generate:checks\` from \`${names.schemaName}\` (${names.schemaModule}) with
// shared/schemas/compileCheck.ts; a test fails when this file differs from what that makes. Do not edit.
/* eslint-disable */
// @ts-nocheck
import { util } from 'zod/v4/core';
import { FAILED, type Fallback } from '../schemas/compileCheck';

const codePointLength = util.codePointLength;
const patterns = [${compiled.patterns.map(String).join(', ')}];

/** \`${names.schemaName}.safeParse(value)\`'s data for a value from JSON.parse, or FAILED; \`fallback\`: fallbacksOf(compileCheck(${names.schemaName})). */
export function ${names.functionName}(value: unknown, fallback: readonly Fallback[]): unknown {
${compiled.body}}
`;
}
