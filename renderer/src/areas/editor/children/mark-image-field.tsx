import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationDraft } from '../../../../../shared/model/declaration';
import { useDraftStore } from '../draft-store';
import { FIELD_ATTRIBUTE } from '../field-navigation';
import { base64Bytes, MARK_IMAGE_MAX_BYTES, markImageTypes, withRecord } from './record-edits';

const marker = { [FIELD_ATTRIBUTE]: '' };

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * 唛头图片 (DecMarkLob): one image of the shipping marks, at most 1 MB, kept in the draft as base64
 * with its file name and type; shown as a thumbnail so the broker sees what will be sent.
 */
export function MarkImageField({ image, readOnly, onLeaveField }: { image: DeclarationDraft['markImage']; readOnly: boolean; onLeaveField(): void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const update = useDraftStore.getState().update;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const type = markImageTypes[file.type];
    if (!type) return setProblem(t('records.markImage.wrongType', { name: file.name }));
    if (file.size > MARK_IMAGE_MAX_BYTES) return setProblem(t('records.markImage.tooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(2) }));
    setProblem(null);
    const attachment = await readBase64(file);
    update((d) => withRecord(d, 'markImage', { attachName: file.name.slice(0, 80), attachType: type, attachment }));
    onLeaveField();
  };
  const remove = () => {
    update((d) => withRecord(d, 'markImage', null));
    onLeaveField();
  };
  const mime = Object.entries(markImageTypes).find(([, ext]) => ext === image?.attachType)?.[0] ?? 'image/png';

  return (
    <div className="mark-image" data-testid="mark-image">
      {image?.attachment ? (
        <figure>
          <img src={`data:${mime};base64,${image.attachment}`} alt={t('records.markImage.alt', { name: image.attachName ?? '' })} />
          <figcaption>
            <span className="mono">{image.attachName}</span>{' '}
            <span className="muted">{t('records.markImage.size', { kb: (base64Bytes(image.attachment) / 1024).toFixed(1) })}</span>
          </figcaption>
        </figure>
      ) : (
        <span className="muted">{t('records.markImage.none')}</span>
      )}
      <label className="small-button file-button">
        {image?.attachment ? t('records.markImage.replace') : t('records.markImage.choose')}
        <input {...marker} type="file" accept={Object.keys(markImageTypes).join(',')} disabled={readOnly} onChange={(e) => void choose(e)} className="visually-hidden" />
      </label>
      {image?.attachment && (
        <button type="button" className="small-button" disabled={readOnly} onClick={remove}>
          {t('records.markImage.remove')}
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
