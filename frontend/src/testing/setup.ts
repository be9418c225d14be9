import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import { loadStudentNamespaces, STUDENT_NAMESPACES } from '@/lib/i18n/student-namespaces';

// jsdom has no layout engine: antd and antd-mobile read these while rendering.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;

// antd measures scrollbars through ::-webkit-scrollbar, which jsdom cannot compute.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// The student screens' namespaces load with their chunks in the app; tests have them from the start.
beforeAll(async () => {
  await loadStudentNamespaces(STUDENT_NAMESPACES);
});

beforeEach(async () => {
  // No server in unit tests: the staff session restore (POST /api/auth/refresh) finds no cookie.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(null, { status: 401 })),
  );
  window.localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});

afterEach(() => {
  cleanup();
});
