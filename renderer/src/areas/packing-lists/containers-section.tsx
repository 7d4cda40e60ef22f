import { useTranslation } from 'react-i18next';
import type { PackingList } from '../../../../shared/model/packing-list';
import { FIELD_ATTRIBUTE } from '../editor/field-navigation';
import { addContainer, removeContainer, withContainer, type ContainerField } from './packing-edits';
import { plFieldId } from './packing-ui-store';
import { usePackingStore } from './packing-store';

const fields: ContainerField[] = ['containerId', 'sealNo', 'containerType', 'tareKg'];

/** Containers with their seals and type (ContainerMd code, e.g. 22 = 40' standard). */
export function ContainersSection({ list, readOnly, onLeave }: { list: PackingList; readOnly: boolean; onLeave(): void }) {
  const { t } = useTranslation();
  const update = usePackingStore((s) => s.update);
  const containers = list.containers ?? [];
  return (
    <section className="pl-containers" aria-labelledby="pl-containers-heading">
      <div className="section-head">
        <h2 id="pl-containers-heading">{t('packing.containers.title')}</h2>
        <button type="button" className="small-button" disabled={readOnly} onClick={() => update(addContainer)}>
          {t('packing.containers.add')}
        </button>
      </div>
      {containers.length === 0 ? (
        <p className="muted">{t('packing.containers.none')}</p>
      ) : (
        <table className="data-table compact-table">
          <thead>
            <tr>
              {fields.map((f) => (
                <th key={f} scope="col">
                  {t(`packing.containers.${f}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('packing.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {containers.map((container, index) => (
              <tr key={index}>
                {fields.map((f) => (
                  <td key={f}>
                    <input
                      id={plFieldId(`container-${index}`, f)}
                      {...{ [FIELD_ATTRIBUTE]: '' }}
                      aria-label={`${t(`packing.containers.${f}`)} ${index + 1}`}
                      className={f === 'containerType' || f === 'tareKg' ? 'mono short-input' : 'mono'}
                      value={container[f] ?? ''}
                      readOnly={readOnly}
                      onBlur={onLeave}
                      onChange={(e) => update((l) => withContainer(l, index, f, f === 'containerId' ? e.target.value.toUpperCase() : e.target.value))}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" className="small-button" disabled={readOnly} onClick={() => update((l) => removeContainer(l, index))}>
                    {t('packing.containers.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
