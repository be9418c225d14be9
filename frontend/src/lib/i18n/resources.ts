import enAuth from './locales/en/auth.json';
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enImport from './locales/en/import.json';
import enLanding from './locales/en/landing.json';
import enRecord from './locales/en/record.json';
import enReference from './locales/en/reference.json';
import enRoster from './locales/en/roster.json';
import enStudent from './locales/en/student.json';
import zhAuth from './locales/zh-CN/auth.json';
import zhCommon from './locales/zh-CN/common.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhImport from './locales/zh-CN/import.json';
import zhLanding from './locales/zh-CN/landing.json';
import zhRecord from './locales/zh-CN/record.json';
import zhReference from './locales/zh-CN/reference.json';
import zhRoster from './locales/zh-CN/roster.json';
import zhStudent from './locales/zh-CN/student.json';

// The student screens' own namespaces load with their screens: see student-namespaces.ts; the
// staff-only ones with the staff layout: see staff-resources.ts.
// `record` is the shared vocabulary of enrolment records (field and enum labels) for every screen.
export const NAMESPACES = ['common', 'errors', 'landing', 'reference', 'auth', 'record', 'roster', 'import', 'student'] as const;

export const resources = {
  'zh-CN': {
    common: zhCommon,
    errors: zhErrors,
    landing: zhLanding,
    reference: zhReference,
    auth: zhAuth,
    record: zhRecord,
    roster: zhRoster,
    import: zhImport,
    student: zhStudent,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    landing: enLanding,
    reference: enReference,
    auth: enAuth,
    record: enRecord,
    roster: enRoster,
    import: enImport,
    student: enStudent,
  },
} as const;
