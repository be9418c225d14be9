import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enLanding from './locales/en/landing.json';
import enReference from './locales/en/reference.json';
import zhCommon from './locales/zh-CN/common.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhLanding from './locales/zh-CN/landing.json';
import zhReference from './locales/zh-CN/reference.json';

export const NAMESPACES = ['common', 'errors', 'landing', 'reference'] as const;

export const resources = {
  'zh-CN': { common: zhCommon, errors: zhErrors, landing: zhLanding, reference: zhReference },
  en: { common: enCommon, errors: enErrors, landing: enLanding, reference: enReference },
} as const;
