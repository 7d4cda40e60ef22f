import type { editorChildrenZh } from './editor-children-zh';

/** English for the blocks after the items; same keys as editor-children-zh.ts. */
export const editorChildrenEn: typeof editorChildrenZh = {
  children: {
    count: 'rows: {{count}}',
    add: 'Add',
    remove: 'Delete',
    removeRow: 'Delete {{block}} row {{n}}',
    none: 'None',
    actions: 'Actions',
    blocks: {
      containers: 'Containers',
      licences: 'Licences',
      attachedDocuments: 'Attached documents',
      requestCerts: 'Requested certificates',
      otherPacks: 'Other packages',
      copLimits: 'Enterprise qualifications',
      users: 'Users',
      copPromises: 'Enterprise promises',
      ecoRelations: 'Certificate of origin links',
    },
    fields: {
      containers: {
        containerId: 'Container no.',
        containerMd: 'Container type',
        goodsNo: 'Item numbers',
        goodsContaWt: 'Goods weight (kg)',
        containerWt: 'Tare (kg)',
        lclFlag: 'LCL flag',
      },
      licences: { docuCode: 'Licence code', certCode: 'Licence no.' },
      attachedDocuments: {
        edocCode: 'Document type',
        edocId: 'Document no. / file name',
        edocFomatType: 'Format',
        gNoStr: 'Item numbers',
        opNote: 'Note',
      },
      requestCerts: { appCertCode: 'Certificate code', applOri: 'Originals', applCopyQuan: 'Copies' },
      otherPacks: { packType: 'Package type', packQty: 'Quantity' },
      copLimits: { entQualifTypeCode: 'Qualification type', entQualifNo: 'Qualification no.' },
      users: { useOrgPersonCode: 'Contact person', useOrgPersonTel: 'Telephone' },
      copPromises: { declaratioMaterialCode: 'Declaration material code' },
      ecoRelations: {
        certType: 'Certificate type',
        ecoCertNo: 'Certificate no.',
        decGNo: 'Declaration item',
        ecoGNo: 'Certificate item',
        extendFiled: 'Extension',
      },
    },
  },
};
