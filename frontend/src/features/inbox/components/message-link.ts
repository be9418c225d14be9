/** Where a message leads in the app, from its topic and subject; null when it stands alone. */
export function messageLink(topic: string, subjectId: string | null | undefined): string | null {
  if (!subjectId) return null;
  if (topic.startsWith('TICKET')) return `/me/tickets/${encodeURIComponent(subjectId)}`;
  if (topic.startsWith('CLASSMATE') || topic.startsWith('DISPUTE')) return '/me/profile';
  return null;
}
