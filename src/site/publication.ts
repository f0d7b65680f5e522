/** Whether an article is on the public site yet: a draft, scheduled for a later day, or published. */
export type PublicationState = 'published' | 'draft' | 'scheduled';

export interface PublicationPolicy {
  /** `YYYY-MM-DD` in Almaty; articles dated after it are scheduled. */
  today: string;
  /** The preview and `build --drafts` show drafts and scheduled articles too. */
  includeUnpublished: boolean;
}

export function publicationState(article: { date: string; draft?: boolean }, todayDate: string): PublicationState {
  if (article.draft) return 'draft';
  return article.date > todayDate ? 'scheduled' : 'published';
}

export function isShown(article: { date: string; draft?: boolean }, policy: PublicationPolicy): boolean {
  return policy.includeUnpublished || publicationState(article, policy.today) === 'published';
}
