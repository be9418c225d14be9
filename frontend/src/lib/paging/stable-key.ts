/** JSON with sorted object keys and without undefined members: equal filters give equal keys. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member && typeof member === 'object' && !Array.isArray(member)) {
      return Object.fromEntries(
        Object.entries(member)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return member;
  });
}
