/**
 * Merges the parts of the API (each domain's contract, or each domain's handlers) into one
 * object, refusing a name that two parts both declare: a spread would silently keep the
 * later one and drop the other. The refusal is a compile error where the parts' names are
 * known as types, and an exception at start-up in any case.
 */
export function composeParts<const P extends readonly object[]>(...parts: P & NoSharedNames<P>): Flat<Merged<P>> {
  const whole: Record<string, unknown> = {};
  const declaredBy = new Map<string, number>();
  (parts as readonly object[]).forEach((part, index) => {
    for (const [name, value] of Object.entries(part)) {
      const earlier = declaredBy.get(name);
      if (earlier !== undefined) {
        throw new Error(`The method name '${name}' is declared by part ${earlier + 1} and again by part ${index + 1}: rename one.`);
      }
      declaredBy.set(name, index);
      whole[name] = value;
    }
  });
  return whole as Flat<Merged<P>>;
}

/** The names declared by more than one of the parts, or never. */
export type SharedNames<P extends readonly unknown[], Seen extends PropertyKey = never> = P extends readonly [infer Head, ...infer Rest]
  ? (keyof Head & Seen) | SharedNames<Rest, Seen | keyof Head>
  : never;

type NoSharedNames<P extends readonly unknown[]> = [SharedNames<P>] extends [never] ? unknown : { readonly declaredTwice: SharedNames<P> };

type Merged<P extends readonly unknown[]> = P extends readonly [infer Head, ...infer Rest] ? Head & Merged<Rest> : unknown;
type Flat<T> = { [K in keyof T]: T[K] };
