import { useTranslation } from 'react-i18next';
import type { DeclarationItem } from '../../../../../shared/model/declaration';
import { showErrorToast } from '../../../components/show-error-toast';
import { useToastStore } from '../../../components/toast-store';
import { api } from '../../../transport/current-transport';
import { productOfItem } from './product-edits';

interface Props {
  item: DeclarationItem | undefined;
  readOnly: boolean;
  onInsert(): void;
}

/** 存入商品库 (the selected item) and 从商品库插入, in the items toolbar. */
export function ProductButtons({ item, readOnly, onInsert }: Props) {
  const { t } = useTranslation();
  const save = () => {
    if (!item) return;
    const product = productOfItem(item);
    if (!product.codeTs && !product.nameZh) {
      useToastStore.getState().show({ message: t('productPick.nothingToSave') });
      return;
    }
    api()
      .library.save({ body: { kind: 'product', data: product } })
      .then((record) => useToastStore.getState().show({ message: t('productPick.saved', { name: record.label || record.code }) }))
      .catch(showErrorToast);
  };
  return (
    <>
      <button type="button" className="small-button" onClick={save} disabled={!item}>
        {t('productPick.save')}
      </button>
      <button type="button" className="small-button" onClick={onInsert} disabled={readOnly}>
        {t('productPick.insert')}
      </button>
    </>
  );
}
