import { describe, expect, it } from 'vitest';
import {
  checkIdentityPhoto,
  checkStudentNumber,
  classmateView,
  disputeTabs,
  fitsIdentityPhotoLimit,
  lastRequestFromServer,
  reviewView,
} from './dispute-ways';

describe('disputeTabs', () => {
  it('shows the offered ways in a stable order, face verification only when offered', () => {
    expect(disputeTabs(['MANUAL_REVIEW', 'CLASSMATE_ASSIST', 'ENROLMENT_FACTS'], 3)).toEqual([
      'ENROLMENT_FACTS',
      'CLASSMATE_ASSIST',
      'MANUAL_REVIEW',
    ]);
    expect(disputeTabs(['REAL_PERSON', 'MANUAL_REVIEW'], 3)).toEqual(['MANUAL_REVIEW', 'REAL_PERSON']);
  });

  it('keeps the classmate tab after the last request so its answer is still awaited', () => {
    expect(disputeTabs(['MANUAL_REVIEW'], 0)).toEqual(['CLASSMATE_ASSIST', 'MANUAL_REVIEW']);
    expect(disputeTabs(['MANUAL_REVIEW'], 3)).toEqual(['MANUAL_REVIEW']);
    expect(disputeTabs([], 0)).toEqual([]);
  });
});

describe('checkIdentityPhoto', () => {
  it('accepts jpg and png, also by file name when the browser gives no type', () => {
    expect(checkIdentityPhoto({ type: 'image/jpeg', size: 4_000_000, name: 'a.jpg' })).toBeNull();
    expect(checkIdentityPhoto({ type: 'image/png', size: 100, name: 'a.png' })).toBeNull();
    expect(checkIdentityPhoto({ type: '', size: 100, name: 'IMG_1.JPEG' })).toBeNull();
  });

  it('refuses other types, empty files and originals too large to shrink', () => {
    expect(checkIdentityPhoto({ type: 'image/heic', size: 100, name: 'a.heic' })).toBe('type');
    expect(checkIdentityPhoto({ type: 'application/pdf', size: 100, name: 'a.pdf' })).toBe('type');
    expect(checkIdentityPhoto({ type: 'image/gif', size: 100, name: 'a.jpg' })).toBe('type');
    expect(checkIdentityPhoto({ type: 'image/jpeg', size: 0, name: 'a.jpg' })).toBe('empty');
    expect(checkIdentityPhoto({ type: 'image/jpeg', size: 21 * 1024 * 1024, name: 'a.jpg' })).toBe('tooLarge');
  });

  it('sends only jpg/png of at most 300 KB', () => {
    expect(fitsIdentityPhotoLimit({ type: 'image/jpeg', size: 300 * 1024 })).toBe(true);
    expect(fitsIdentityPhotoLimit({ type: 'image/jpeg', size: 300 * 1024 + 1 })).toBe(false);
    expect(fitsIdentityPhotoLimit({ type: 'image/webp', size: 1000 })).toBe(false);
    expect(fitsIdentityPhotoLimit({ type: 'image/png', size: 0 })).toBe(false);
  });
});

describe('reviewView', () => {
  it('maps each review state to its message and whether a new photo may be sent', () => {
    expect(reviewView(null)).toEqual({ key: 'none', tone: 'default', canSubmit: true });
    expect(reviewView('PENDING')).toEqual({ key: 'pending', tone: 'primary', canSubmit: true });
    expect(reviewView('REJECTED')).toEqual({ key: 'rejected', tone: 'danger', canSubmit: true });
    expect(reviewView('APPROVED')).toEqual({ key: 'approved', tone: 'success', canSubmit: false });
  });
});

describe('checkStudentNumber', () => {
  it('needs 4–32 letters, digits or dashes', () => {
    expect(checkStudentNumber('  ')).toBe('required');
    expect(checkStudentNumber('222025321010001')).toBeNull();
    expect(checkStudentNumber(' SWU-2025-01 ')).toBeNull();
    expect(checkStudentNumber('12')).toBe('format');
    expect(checkStudentNumber('2025 001')).toBe('format');
  });
});

describe('classmateView', () => {
  it('offers the form while requests are left', () => {
    expect(classmateView(true, 3, { kind: 'idle' })).toEqual({ form: true, key: 'ask' });
  });

  it('shows the waiting request and still allows asking another while requests are left', () => {
    expect(classmateView(true, 2, { kind: 'waiting', maskedName: '韩*' })).toEqual({ form: true, key: 'waiting' });
    expect(classmateView(false, 0, { kind: 'waiting', maskedName: '韩*' })).toEqual({ form: false, key: 'waitingLast' });
  });

  it('says the requests are used up when none are left', () => {
    expect(classmateView(false, 0, { kind: 'idle' })).toEqual({ form: false, key: 'exhausted' });
    expect(classmateView(true, 1, { kind: 'refused', code: 'CLASSMATE_NOT_ELIGIBLE', message: 'x' })).toEqual({
      form: true,
      key: 'ask',
    });
  });
});

describe('lastRequestFromServer', () => {
  it('keeps a waiting or declined request across reloads; answered or replaced ones need nothing', () => {
    expect(lastRequestFromServer({ state: 'PENDING', maskedClassmateName: '李*' })).toEqual({ kind: 'waiting', maskedName: '李*' });
    expect(lastRequestFromServer({ state: 'DECLINED', maskedClassmateName: '李*' })).toEqual({ kind: 'declined', maskedName: '李*' });
    expect(lastRequestFromServer({ state: 'CANCELLED', maskedClassmateName: '李*' })).toEqual({ kind: 'idle' });
    expect(lastRequestFromServer(null)).toEqual({ kind: 'idle' });
  });
});
