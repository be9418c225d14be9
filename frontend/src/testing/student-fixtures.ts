/** A linked enrolment record as `MyRecords_Records` returns it (ID number masked by the server). */
export function studentRecord(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'EnrolmentRecord',
    id: 'rec-1',
    examineeNumber: '25500101150001',
    studentNumber: '222025321001',
    name: '李明',
    gender: 'MALE',
    birthDate: '2006-05-04',
    idType: 'RESIDENT_ID',
    idNumber: '5002***********012',
    ethnicity: { __typename: 'EthnicGroup', name: '汉族' },
    originProvince: { __typename: 'ProvinceOfOrigin', name: '重庆市' },
    institution: { __typename: 'Institution', id: 'i1', code: '10635', name: '西南大学' },
    college: { __typename: 'College', id: 'c1', name: '计算机与信息科学学院' },
    major: { __typename: 'Major', id: 'm1', catalogueCode: '080901', name: '计算机科学与技术' },
    classCode: '2025CS01',
    lengthOfSchooling: 4,
    level: 'BACHELOR',
    admissionYear: 2025,
    studyMode: 'FULL_TIME',
    educationCategory: 'REGULAR',
    enrolmentDate: '2025-09-01',
    expectedGraduationDate: null,
    status: 'REGISTERED',
    admissionPhoto: null,
    ...overrides,
  };
}

export function meWith(records: unknown[], causes: { code: string; message: string; nextStep: string }[] = []) {
  return {
    me: {
      __typename: 'Account',
      id: 'acc-1',
      displayName: '李明',
      maskedPhone: '138****0001',
      records,
      recordLink: {
        __typename: 'RecordLink',
        linked: records.length,
        causes: causes.map((cause) => ({ __typename: 'LinkCause', ...cause })),
      },
    },
  };
}
