import { describe, expect, it } from 'vitest';
import { resources as entryResources } from './resources';
import { staffResources } from './staff-resources';

// The entry bundle's namespaces and the staff layout's.
const resources = {
  'zh-CN': { ...entryResources['zh-CN'], ...staffResources['zh-CN'] },
  en: { ...entryResources.en, ...staffResources.en },
};

type Tree = { [key: string]: string | Tree };

// Plural forms differ by language (English has _one, Chinese only _other); compare base keys.
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keys(value, `${prefix}${key}.`),
  );
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : values(value)));
}

describe('translations', () => {
  const namespaces = Object.keys(resources['zh-CN']) as (keyof (typeof resources)['zh-CN'])[];

  it.each(namespaces)('namespace %s has the same keys in zh-CN and en', (namespace) => {
    const zh = new Set(keys(resources['zh-CN'][namespace] as Tree));
    const en = new Set(keys(resources.en[namespace] as Tree));
    expect([...en].filter((key) => !zh.has(key))).toEqual([]);
    expect([...zh].filter((key) => !en.has(key))).toEqual([]);
  });

  it.each(namespaces)('namespace %s has no empty text', (namespace) => {
    for (const language of ['zh-CN', 'en'] as const) {
      expect(values(resources[language][namespace] as Tree).filter((text) => text.trim() === '')).toEqual(
        [],
      );
    }
  });
});
