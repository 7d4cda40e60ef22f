/** Texts of the library import (企业库, 商品库 from Excel) and the restore after a delete. */
export const libraryImportZh = {
  libImport: {
    button: '从 Excel 导入',
    titleParties: '从 Excel 导入企业库',
    titleProducts: '从 Excel 导入商品库',
    done: '导入完成：新增 {{created}} 条，更新 {{updated}} 条',
    hintParties: '库中已有的企业（统一社会信用代码或海关编码相同）会被更新，不会重复添加。',
    hintProducts: '库中已有的商品（料号相同）会被更新，不会重复添加；法定计量单位按税则填写。',
  },
};
