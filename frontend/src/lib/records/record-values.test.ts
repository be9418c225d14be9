import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import { studentRecord } from '@/testing/student-fixtures';
import { groupRecordFields, isOutOfSelfCheck, MAIN_FIELDS, OTHER_FIELDS, type RecordValues } from './record-values';

const tr = (key: string): string => i18n.getFixedT('zh-CN', 'record')(key as never);
const record = studentRecord() as unknown as RecordValues;

describe('groupRecordFields', () => {
  it('puts the 17 main fields of domain.md first and the 4 others apart, each field once', () => {
    const { main, other } = groupRecordFields(record, tr);
    expect(main.map((row) => row.field)).toEqual([...MAIN_FIELDS]);
    expect(other.map((row) => row.field)).toEqual(['college', 'classCode', 'enrolmentDate', 'expectedGraduationDate']);
    expect(main).toHaveLength(17);
    expect(new Set([...MAIN_FIELDS, ...OTHER_FIELDS]).size).toBe(21);
  });

  it('shows enum values in words and keeps an absent value empty', () => {
    const { main, other } = groupRecordFields(record, tr);
    const value = (field: string) => [...main, ...other].find((row) => row.field === field)?.value;
    expect(value('gender')).toBe('男');
    expect(value('idType')).toBe('居民身份证');
    expect(value('idNumber')).toBe('5002***********012');
    expect(value('institution')).toBe('西南大学（10635）');
    expect(value('major')).toBe('080901 计算机科学与技术');
    expect(value('level')).toBe('本科');
    expect(value('studyMode')).toBe('普通全日制');
    expect(value('educationCategory')).toBe('普通高等教育');
    expect(value('status')).toBe('注册学籍');
    expect(value('lengthOfSchooling')).toBe('4');
    expect(value('admissionYear')).toBe('2025');
    expect(value('college')).toBe('计算机与信息科学学院');
    expect(value('enrolmentDate')).toBe('2025-09-01');
    expect(value('expectedGraduationDate')).toBeNull();
  });

  it('leaves forfeited, reserved and withdrawn records out of the self-check', () => {
    expect(isOutOfSelfCheck('ADMISSION_FORFEITED')).toBe(true);
    expect(isOutOfSelfCheck('ADMISSION_RESERVED')).toBe(true);
    expect(isOutOfSelfCheck('WITHDRAWN')).toBe(true);
    expect(isOutOfSelfCheck('REGISTERED')).toBe(false);
    expect(isOutOfSelfCheck('SUSPENDED')).toBe(false);
  });
});
