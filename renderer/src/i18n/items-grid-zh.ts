/** The items grid's short column headings and keys (edited in place), merged into zh-cn.ts. */
export const itemsGridZh = {
  itemsGrid: {
    gNo: '项号',
    keys: '↑/↓/←/→ 移动 · Enter、F2 或直接输入 编辑单元格 · Enter 确认并下移 · Tab 确认并右移 · Esc 取消 · Delete 清空',
    columns: {
      codeTs: '商品编号',
      gName: '商品名称',
      gModel: '规格型号',
      gQty: '成交数量',
      gUnit: '成交单位',
      firstQty: '法一数量',
      firstUnit: '法一单位',
      secondQty: '法二数量',
      secondUnit: '法二单位',
      declPrice: '单价',
      declTotal: '总价',
      tradeCurr: '币制',
      originCountry: '原产国',
      destinationCountry: '目的国',
      districtCode: '境内货源地',
      dutyMode: '征免',
    },
  },
};
