import type { TFunction } from 'i18next';
import type { DocumentSummary } from '../../../../shared/model/documents';

/** The stored title is empty until something identifying is typed; show "untitled" in the UI's language. */
export function displayTitle(summary: Pick<DocumentSummary, 'title'>, t: TFunction): string {
  return summary.title.trim() || t('declarations.untitled');
}
