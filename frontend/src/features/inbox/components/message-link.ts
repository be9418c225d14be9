/** Where a message leads in the app, from its topic and subject; null when it stands alone. */
export function messageLink(topic: string, subjectId: string | null | undefined): string | null {
  // The claimant's dispute outcomes carry no subject: they lead back to the dispute page.
  if (topic === 'CLASSMATE_ASSIST_DECLINED' || topic === 'IDENTITY_REVIEW_REJECTED' || topic === 'IDENTITY_DISPUTE_RESOLVED') {
    return '/me/dispute';
  }
  if (!subjectId) return null;
  if (topic.startsWith('TICKET')) return `/me/tickets/${encodeURIComponent(subjectId)}`;
  // The classmate answers a request in the message itself (see classmate-answer).
  if (topic === 'CLASSMATE_ASSIST_REQUESTED') return null;
  if (topic.startsWith('CLASSMATE') || topic.startsWith('DISPUTE')) return '/me/profile';
  return null;
}
