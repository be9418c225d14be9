import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n/languages';
import { renderRoutes } from '@/testing/render';
import { stubClient } from '@/testing/stub-client';
import { LandingRoute } from '@/features/landing/routes/landing-route';
import { StudentLayout } from './student-layout';

function renderStudentArea() {
  const { client } = stubClient(() => ({
    data: { institutions: { __typename: 'InstitutionConnection', edges: [] } },
  }));
  return renderRoutes(
    [{ path: '/', element: <StudentLayout />, children: [{ index: true, element: <LandingRoute /> }] }],
    client,
  );
}

describe('StudentLayout', () => {
  it('switches every visible text to English and remembers only the language', async () => {
    renderStudentArea();
    expect(screen.getAllByText('学籍自查').length).toBeGreaterThan(0);
    expect(document.title).toBe('学籍自查');

    await userEvent.click(screen.getByRole('button', { name: /切换语言/ }));

    expect(screen.queryByText('学籍自查')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Enrolment record self-check' })).toBeInTheDocument();
    expect(screen.getByText('What to prepare')).toBeInTheDocument();
    expect(document.title).toBe('Enrolment record self-check');
    expect(document.documentElement.lang).toBe('en');
    expect({ ...window.localStorage }).toEqual({ [LANGUAGE_STORAGE_KEY]: 'en' });

    await userEvent.click(screen.getByRole('button', { name: /Switch language/ }));
    expect(screen.getByRole('heading', { name: '学籍自查' })).toBeInTheDocument();
  });

  it('warns when the device goes offline', async () => {
    renderStudentArea();
    expect(screen.queryByText(/网络已断开/)).not.toBeInTheDocument();
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      window.dispatchEvent(new Event('offline'));
      expect(await screen.findByText(/网络已断开/)).toBeInTheDocument();
    } finally {
      if (onLine) Object.defineProperty(Navigator.prototype, 'onLine', onLine);
      window.dispatchEvent(new Event('online'));
    }
  });
});
