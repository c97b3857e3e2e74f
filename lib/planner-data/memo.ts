// Results of the planner's rules, remembered per bank: loadBank returns the same array until a story
// changes, so a rule over an unchanged bank (and the same inputs, named in `key`) is computed once.
const results = new WeakMap<object, Map<string, unknown>>();

export function memoOnBank<T>(bank: object, key: string, compute: () => T): T {
  let forBank = results.get(bank);
  if (!forBank) {
    forBank = new Map();
    results.set(bank, forBank);
  }
  if (forBank.has(key)) return forBank.get(key) as T;
  const value = compute();
  forBank.set(key, value);
  return value;
}
