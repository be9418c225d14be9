import 'i18next';
import type { resources } from './resources';
import type { StaffResources } from './staff-resources';
import type { StudentResources } from './student-resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['zh-CN'] & StudentResources & StaffResources;
  }
}
