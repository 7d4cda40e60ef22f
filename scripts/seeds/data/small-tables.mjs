// Small code tables. Rows: [code, nameZh, nameEn, confidence, { aliases, note, extra }].
// English names are Clearway's translations unless a note says otherwise.

export const transportModes = [
  ['0', '非保税区', 'Non-bonded area', 'C', { note: 'Used for movements between a special zone and the domestic market.' }],
  ['1', '监管仓库', 'Customs-supervised warehouse', 'C'],
  ['2', '水路运输', 'Waterway (sea/river)', 'C', { aliases: ['海运', '水运'] }],
  ['3', '铁路运输', 'Rail', 'C', { aliases: ['铁路', '火车'] }],
  ['4', '公路运输', 'Road', 'C', { aliases: ['汽车运输', '陆运', '卡车'] }],
  ['5', '航空运输', 'Air', 'C', { aliases: ['空运', '航空'] }],
  ['6', '邮件运输', 'Post', 'C', { aliases: ['邮政', '邮寄'] }],
  ['7', '保税区', 'Bonded zone', 'C'],
  ['8', '保税仓库', 'Bonded warehouse', 'C'],
  ['9', '其他运输', 'Other transport', 'C', { aliases: ['其它运输'] }],
  ['G', '固定设施运输', 'Fixed installations (pipeline, power line)', 'C', { aliases: ['管道运输', '输电'], extra: { src: 'S4' } }],
  ['L', '旅客携带', 'Carried by passengers', 'C', { extra: { src: 'S4' } }],
  ['H', '边境特殊海关作业区', 'Border special customs operation zone', 'C', { extra: { src: 'S23' } }],
  ['T', '综合实验区', 'Comprehensive pilot zone', 'M'],
  ['W', '物流中心', 'Bonded logistics centre', 'C', { extra: { src: 'S23' } }],
  ['X', '物流园区', 'Bonded logistics park', 'C', { extra: { src: 'S23' } }],
  ['Y', '保税港区', 'Bonded port area', 'C', { aliases: ['综合保税区'], extra: { src: 'S23' } }],
  ['Z', '出口加工区', 'Export processing zone', 'C', { extra: { src: 'S23' } }],
];

// 征免性质 (CutMode): R2's table (45 rows with descriptions); 101 also in S11, 503 in S26.
export const levyNatures = [
  ['101', '一般征税', 'General taxation', '一般征税进出口货物'],
  ['118', '整车征税', 'Taxed as complete vehicles', '构成整车特征的汽车零部件纳税'],
  ['119', '零部件征税', 'Taxed as parts', '不构成整车特征的汽车零部件纳税'],
  ['201', '无偿援助', 'Free aid', '无偿援助进出口物资'],
  ['299', '其他法定', 'Other statutory reduction', '其他法定减免税进出口货物'],
  ['301', '特定区域', 'Specific areas', '特定区域进口自用物资及出口货物'],
  ['307', '保税区', 'Bonded zone', '保税区进口自用物资'],
  ['399', '其他地区', 'Other special-policy areas', '其他执行特殊政策地区出口货物'],
  ['401', '科教用品', 'Science and education supplies', '大专院校及科研机构进口科教用品'],
  ['402', '示范平台用品', 'Demonstration platform supplies', ''],
  ['403', '技术改造', 'Technical upgrading', '企业技术改造进口货物'],
  ['405', '科技开发用品', 'R&D supplies', '科学研究、技术开发机构进口科研开发用品'],
  ['406', '重大项目', 'Major state projects', '国家重大项目进口货物'],
  ['407', '动漫用品', 'Animation production supplies', '动漫开发生产用品'],
  ['408', '重大技术装备', 'Major technical equipment', '生产重大技术装备进口关键零部件及原部件'],
  ['409', '科技重大专项', 'Major science and technology programmes', '科技重大专项进口关键设备、零部件和原材料'],
  ['412', '基础设施', 'Infrastructure', '通信、港口、铁路、公路、机场建设进口设备'],
  ['413', '残疾人', 'For disabled persons', '残疾人组织和企业进出口货物'],
  ['417', '远洋渔业', 'Ocean fishing', '远洋渔业自捕水产品'],
  ['418', '国产化', 'Localisation', '国家定点生产小轿车和摄录机企业进口散件'],
  ['419', '整车特征', 'Complete-vehicle characteristics', '构成整车特征的汽车零部件进口'],
  ['422', '集成电路', 'Integrated circuits', '集成电路生产企业进口货物'],
  ['423', '新型显示器件', 'New display devices', '新型显示器件生产企业进口物质'],
  ['499', 'ITA产品', 'ITA products', '非全税号信息技术产品'],
  ['501', '加工设备', 'Processing equipment', '加工贸易外商提供的不作价进口设备'],
  ['502', '来料加工', 'Processing with supplied materials', '来料加工装配和补偿贸易进口料件及出口成品'],
  ['503', '进料加工', 'Processing with imported materials', '进料加工贸易进口料件及出口成品'],
  ['506', '边境小额', 'Border petty trade', '边境小额贸易进口货物'],
  ['510', '港澳OPA', 'Hong Kong/Macao OPA', '港澳在内地加工的纺织品获证出口'],
  ['601', '中外合资', 'Sino-foreign equity joint venture', '中外合资经营企业进出口货物'],
  ['602', '中外合作', 'Sino-foreign cooperative joint venture', '中外合作经营企业进出口货物'],
  ['603', '外资企业', 'Wholly foreign-owned enterprise', '外商独资企业进出口货物'],
  ['605', '勘探开发', 'Coal-bed methane exploration', '勘探开发煤层气'],
  ['606', '海洋石油', 'Offshore oil', '勘探、开发海洋石油进口货物'],
  ['608', '陆上石油', 'Onshore oil', '勘探、开发陆上石油进口货物'],
  ['609', '贷款项目', 'Loan projects', '利用贷款进口货物'],
  ['611', '贷款中标', 'Loan-financed tender awards', '国际金融组织贷款、外国政府贷款中标机电设备零部件'],
  ['789', '鼓励项目', 'Encouraged projects', '国家鼓励发展的内外资项目进口设备'],
  ['799', '自有资金', 'Own funds', '外商投资额度外利用自有资金进口设备、备件、配件'],
  ['801', '救灾捐赠', 'Disaster-relief donations', '救灾捐赠进口物资'],
  ['802', '扶贫慈善', 'Poverty-relief and charity donations', '境外向我境内无偿捐赠用于扶贫慈善的免税进口物资'],
  ['888', '航材减免', 'Aviation materials', '经核准的航空公司进口维修用航空器材'],
  ['898', '国批减免', 'State Council special reduction', '国务院特准减免税的进出口货物'],
  ['998', '内部暂定', 'Internal provisional rates', '享受内部暂定税率的进出口货物'],
  ['999', '例外减免', 'Exceptional reduction', '例外减免税进出口货物'],
].map(([code, nameZh, nameEn, description]) => [
  code,
  nameZh,
  nameEn,
  'C',
  { extra: { ...(description ? { description } : {}), src: code === '101' ? 'R2,S11' : code === '503' ? 'R2,S26' : 'R2' } },
]);

export const dutyModes = [
  ['1', '照章征税', 'Duty as per tariff', 'C'],
  ['2', '折半征税', 'Half duty', 'C'],
  ['3', '全免', 'Full exemption', 'C'],
  ['4', '特案', 'Special case', 'C'],
  ['5', '随征免性质', 'As per levy nature', 'C', { aliases: ['随征免性'] }],
  ['6', '保证金', 'Cash deposit', 'C'],
  ['7', '保函', 'Letter of guarantee', 'C', { aliases: ['保函征税'] }],
  ['8', '折半补税', 'Half duty paid afterwards', 'C'],
  ['9', '全额退税', 'Full refund', 'C'],
];

export const transactionTerms = [
  ['1', 'CIF', 'Cost, insurance and freight (CIF)', 'C', { aliases: ['成本加保险费加运费', '到岸价'] }],
  ['2', 'C&F', 'Cost and freight (CFR)', 'C', { aliases: ['CFR', 'CNF', '成本加运费'] }],
  ['3', 'FOB', 'Free on board (FOB)', 'C', { aliases: ['离岸价', '船上交货'] }],
  ['4', 'C&I', 'Cost and insurance (C&I)', 'C', { aliases: ['成本加保险费'] }],
  ['5', '市场价', 'Market price', 'C'],
  ['6', '垫仓', 'Dunnage (no transaction price)', 'C'],
  ['7', 'EXW', 'Ex works (EXW)', 'C', { aliases: ['工厂交货'] }],
];

// 包装种类, the 2018 codes (关检融合). S13 confirms 13 codes and "14 types"; 98 is M.
export const packageTypes = [
  ['00', '散装', 'Bulk', 'C'],
  ['01', '裸装', 'Unpacked', 'C'],
  ['04', '球状罐类', 'Spherical tanks', 'C'],
  ['06', '包/袋', 'Bags/sacks', 'C', { aliases: ['包', '袋'] }],
  ['22', '纸制或纤维板制盒/箱', 'Paper or fibreboard boxes/cartons', 'C', { aliases: ['纸箱', '纸盒'] }],
  ['23', '木制或竹藤等植物性材料制盒/箱', 'Wooden or plant-material boxes/cases', 'C', { aliases: ['木箱'] }],
  ['29', '其他材料制盒/箱', 'Boxes/cases of other materials', 'C', { aliases: ['塑料箱', '铁箱'] }],
  ['32', '纸制或纤维板制桶', 'Paper or fibreboard drums', 'C', { aliases: ['纸桶'] }],
  ['33', '木制或竹藤等植物性材料制桶', 'Wooden or plant-material barrels', 'C', { aliases: ['木桶'] }],
  ['39', '其他材料制桶', 'Drums of other materials', 'C', { aliases: ['铁桶', '塑料桶'] }],
  ['92', '再生木托', 'Pallets of reconstituted wood', 'C', { aliases: ['托盘', '胶合板托盘'] }],
  ['93', '天然木托', 'Pallets of natural wood', 'C', { aliases: ['木托盘', '实木托盘'] }],
  ['98', '植物性铺垫材料', 'Plant-material dunnage', 'M'],
  ['99', '其他包装', 'Other packaging', 'C', { aliases: ['其他'] }],
];

// 计量单位: S12 (122 rows). English names are Clearway's translations.
const unitEn = {
  '001': 'set (machine)', '002': 'seat', '003': 'vehicle', '004': 'vessel', '005': 'aircraft', '006': 'set', '007': 'piece', '008': 'piece (animal/article)',
  '009': 'head', '010': 'sheet', '011': 'piece (article)', '012': 'stick', '013': 'stem (flowers)', '014': 'stick (long)', '015': 'strip', '016': 'handle',
  '017': 'block', '018': 'roll', '019': 'pair (set)', '020': 'slice', '021': 'group', '022': 'portion', '023': 'width', '025': 'pair',
  '026': 'pair (couple)', '027': 'tree', '028': 'plant', '029': 'well', '030': 'metre', '031': 'reel', '032': 'square metre', '033': 'cubic metre',
  '034': 'tube', '035': 'kilogram', '036': 'gram', '037': 'pot', '038': '10,000 pieces', '039': 'piece (apparatus)', '040': '100 pairs', '041': '100 sticks',
  '042': '100 handles', '043': '100 pieces', '044': '100 slices', '045': 'ream (100 sheets)', '046': 'bolt (cloth)', '047': 'quintal (100 kg)', '048': 'leaf (door/window)', '049': '100 stems',
  '050': '1,000 pieces (animal/article)', '051': '1,000 blocks', '052': '1,000 boxes', '053': '1,000 stems', '054': '1,000 pieces', '055': '100 million sticks', '056': '100 million pieces', '057': '10,000 sets',
  '058': '1,000 sheets', '059': '10,000 sheets', '060': 'kilovolt-ampere', '061': 'kilowatt', '062': 'kilowatt-hour', '063': 'kilolitre', '067': 'foot', '070': 'tonne',
  '071': 'long ton', '072': 'short ton', '073': 'picul (Hong Kong)', '074': 'catty (Hong Kong)', '075': 'jin (500 g)', '076': 'pound', '077': 'dan (50 kg)', '078': 'hundredweight (long)',
  '079': 'hundredweight (short)', '080': 'liang (50 g)', '081': 'shi dan', '083': 'ounce', '084': 'carat', '085': 'chi (Chinese foot)', '086': 'yard', '088': 'inch',
  '089': 'cun (Chinese inch)', '095': 'litre', '096': 'millilitre', '097': 'imperial gallon', '098': 'US gallon', '099': 'cubic foot', '101': 'cubic chi', '110': 'square yard',
  '111': 'square foot', '112': 'square chi', '115': 'horsepower (imperial)', '116': 'horsepower (metric)', '118': 'ream', '120': 'case', '121': 'batch', '122': 'can',
  '123': 'barrel', '124': 'bundle (tied)', '125': 'bag (package)', '126': 'basket (luo)', '127': 'dozen', '128': 'basket', '129': 'gross', '130': 'bolt',
  '131': 'volume (book)', '132': 'book', '133': 'round (ammunition)', '134': 'piece (coin/medal)', '135': 'bundle', '136': 'bag', '139': 'grain', '140': 'box',
  '141': 'he (box)', '142': 'bottle', '143': '1,000 sticks', '144': '10,000 pairs', '145': '10,000 grains', '146': '1,000 grains', '147': 'kilometre', '148': '1,000 feet',
  '149': 'megabecquerel', '163': 'unit (machine/part)',
};
const unitZh = [
  ['001', '台'], ['002', '座'], ['003', '辆'], ['004', '艘'], ['005', '架'], ['006', '套'], ['007', '个'], ['008', '只'], ['009', '头'], ['010', '张'],
  ['011', '件'], ['012', '支'], ['013', '枝'], ['014', '根'], ['015', '条'], ['016', '把'], ['017', '块'], ['018', '卷'], ['019', '副'], ['020', '片'],
  ['021', '组'], ['022', '份'], ['023', '幅'], ['025', '双'], ['026', '对'], ['027', '棵'], ['028', '株'], ['029', '井'], ['030', '米'], ['031', '盘'],
  ['032', '平方米'], ['033', '立方米'], ['034', '筒'], ['035', '千克'], ['036', '克'], ['037', '盆'], ['038', '万个'], ['039', '具'], ['040', '百副'], ['041', '百支'],
  ['042', '百把'], ['043', '百个'], ['044', '百片'], ['045', '刀'], ['046', '疋'], ['047', '公担'], ['048', '扇'], ['049', '百枝'], ['050', '千只'], ['051', '千块'],
  ['052', '千盒'], ['053', '千枝'], ['054', '千个'], ['055', '亿支'], ['056', '亿个'], ['057', '万套'], ['058', '千张'], ['059', '万张'], ['060', '千伏安'], ['061', '千瓦'],
  ['062', '千瓦时'], ['063', '千升'], ['067', '英尺'], ['070', '吨'], ['071', '长吨'], ['072', '短吨'], ['073', '司马担'], ['074', '司马斤'], ['075', '斤'], ['076', '磅'],
  ['077', '担'], ['078', '英担'], ['079', '短担'], ['080', '两'], ['081', '市担'], ['083', '盎司'], ['084', '克拉'], ['085', '市尺'], ['086', '码'], ['088', '英寸'],
  ['089', '寸'], ['095', '升'], ['096', '毫升'], ['097', '英加仑'], ['098', '美加仑'], ['099', '立方英尺'], ['101', '立方尺'], ['110', '平方码'], ['111', '平方英尺'], ['112', '平方尺'],
  ['115', '英制马力'], ['116', '公制马力'], ['118', '令'], ['120', '箱'], ['121', '批'], ['122', '罐'], ['123', '桶'], ['124', '扎'], ['125', '包'], ['126', '箩'],
  ['127', '打'], ['128', '筐'], ['129', '罗'], ['130', '匹'], ['131', '册'], ['132', '本'], ['133', '发'], ['134', '枚'], ['135', '捆'], ['136', '袋'],
  ['139', '粒'], ['140', '盒'], ['141', '合'], ['142', '瓶'], ['143', '千支'], ['144', '万双'], ['145', '万粒'], ['146', '千粒'], ['147', '千米'], ['148', '千英尺'],
  ['149', '百万贝可'], ['163', '部'],
];
const unitAliases = { '035': ['公斤', 'kg', 'KGS'], '070': ['公吨', 't', 'MT'], '030': ['m'], '032': ['m2', '平米'], '033': ['m3', 'CBM', '方'], '095': ['L'], '096': ['ml'], '036': ['g'], '007': ['pcs', 'PCE'], '011': ['pcs'], '001': ['台套'], '120': ['CTN', 'carton'], '025': ['pairs'], '127': ['doz'] };
export const units = unitZh.map(([code, nameZh]) => [code, nameZh, unitEn[code], 'C', unitAliases[code] ? { aliases: unitAliases[code] } : undefined]);

// 集装箱规格 (ContainerMd), S15.
export const containerTypes = [
  ['11', '普通2*标准箱(L)', 'General purpose, 2 TEU (40 ft)', 'C', { aliases: ['40GP', '40尺普柜', '大柜'] }],
  ['12', '冷藏2*标准箱(L)', 'Reefer, 2 TEU (40 ft)', 'C', { aliases: ['40RF', '40尺冷柜'] }],
  ['13', '罐式2*标准箱(L)', 'Tank, 2 TEU (40 ft)', 'C', { aliases: ['40TK'] }],
  ['21', '普通标准箱(S)', 'General purpose, 1 TEU (20 ft)', 'C', { aliases: ['20GP', '20尺普柜', '小柜'] }],
  ['22', '冷藏标准箱(S)', 'Reefer, 1 TEU (20 ft)', 'C', { aliases: ['20RF'] }],
  ['23', '罐式标准箱(S)', 'Tank, 1 TEU (20 ft)', 'C', { aliases: ['20TK'] }],
  ['31', '其他标准箱(S)', 'Other, 1 TEU (20 ft)', 'C'],
  ['32', '其他2*标准箱(L)', 'Other, 2 TEU (40 ft)', 'C', { aliases: ['40HQ', '40HC', '高柜'] }],
];

// 随附单证代码 (LicenseDocu/DocuCode). S23 (zd_sfdm) and S14 (cusDoc fallback); names as in S23
// unless noted. A and B are obsolete since the 2018 merger (spec §3).
export const licenceDocuments = [
  ['1', '进口许可证', 'Import licence', 'C', { extra: { src: 'S23,S14' } }],
  ['2', '两用物项和技术进口许可证', 'Dual-use items and technologies import licence', 'C', { note: 'S14 names code 2 汽车进口许可证 (older table).', extra: { src: 'S23' } }],
  ['3', '两用物项和技术出口许可证', 'Dual-use items and technologies export licence', 'C', { extra: { src: 'S23,S14' } }],
  ['4', '出口许可证', 'Export licence', 'C', { extra: { src: 'S23,S14' } }],
  ['5', '纺织品临时出口许可证', 'Temporary textile export licence', 'C', { note: 'S14 names code 5 定向出口商品许可证 (older table).', extra: { src: 'S23' } }],
  ['6', '旧机电产品禁止进口', 'Used mechanical/electrical products: import prohibited', 'C', { extra: { src: 'S23' } }],
  ['7', '自动进口许可证', 'Automatic import licence', 'C', { extra: { src: 'S23' } }],
  ['8', '禁止出口商品', 'Goods prohibited from export', 'C', { extra: { src: 'S23,S14' } }],
  ['9', '禁止进口商品', 'Goods prohibited from import', 'C', { extra: { src: 'S23' } }],
  ['A', '入境货物通关单', 'Inbound goods clearance form (obsolete)', 'C', { validTo: '2018-08-01', note: 'Obsolete since the 2018 customs/CIQ merger (spec §3).', extra: { src: 'S23,S14' } }],
  ['B', '出境货物通关单', 'Outbound goods clearance form (obsolete)', 'C', { validTo: '2018-08-01', note: 'Obsolete since the 2018 customs/CIQ merger (spec §3).', extra: { src: 'S23,S14' } }],
  ['D', '出/入境货物通关单(毛坯钻石用)', 'Clearance form for rough diamonds', 'C', { extra: { src: 'S23,S14' } }],
  ['E', '濒危物种允许出口证明书', 'Endangered species export permit', 'C', { extra: { src: 'S23,S14' } }],
  ['F', '濒危物种允许进口证明书', 'Endangered species import permit', 'C', { aliases: ['濒危物种进出口允许证'], extra: { src: 'S23,S14' } }],
  ['G', '两用物项和技术出口许可证(定向)', 'Dual-use export licence (designated)', 'C', { extra: { src: 'S23,S14' } }],
  ['H', '港澳OPA纺织品证明', 'Hong Kong/Macao OPA textile certificate', 'C', { extra: { src: 'S23' } }],
  ['I', '精神药物进(出)口准许证', 'Psychotropic drugs import/export permit', 'C', { extra: { src: 'S23,S14' } }],
  ['J', '黄金及其制品进出口准许证或批件', 'Gold and gold products import/export permit', 'C', { aliases: ['金产品出口证或人总行进口批件'], extra: { src: 'S23,S14' } }],
  ['K', '深加工结转申请表', 'Deep-processing transfer application', 'C', { extra: { src: 'S23' } }],
  ['L', '药品进出口准许证', 'Pharmaceuticals import/export permit', 'C', { extra: { src: 'S23,S14' } }],
  ['M', '密码产品和设备进口许可证', 'Cryptographic products import licence', 'C', { extra: { src: 'S23,S14' } }],
  ['N', '机电产品进口许可证', 'Mechanical/electrical products import licence', 'C', { note: 'Older table (S14).', extra: { src: 'S14' } }],
  ['O', '自动进口许可证(新旧机电产品)', 'Automatic import licence (new/used mechanical and electrical products)', 'C', { aliases: ['自动进口许可证(机电产品)'], extra: { src: 'S23,S14' } }],
  ['P', '固体废物进口许可证', 'Solid waste import licence', 'C', { aliases: ['进口固体废物原料许可证'], extra: { src: 'S23,S14' } }],
  ['Q', '进口药品通关单', 'Imported drugs clearance form', 'C', { extra: { src: 'S23,S14' } }],
  ['R', '进口兽药通关单', 'Imported veterinary drugs clearance form', 'C', { extra: { src: 'S23,S14' } }],
  ['S', '进出口农药登记证明', 'Pesticide import/export registration certificate', 'C', { extra: { src: 'S23,S14' } }],
  ['T', '银行调运现钞进出境许可证', 'Bank cash transport licence', 'C', { aliases: ['银行调运外币现钞进出境许可证'], extra: { src: 'S23,S14' } }],
  ['U', '合法捕捞产品通关证明', 'Legally caught fishery products certificate', 'C', { extra: { src: 'S23,S14' } }],
  ['V', '有毒化学品进出口环境管理放行通知单', 'Toxic chemicals environmental release notice', 'C', { note: 'S14 only; S23 has no V.', extra: { src: 'S14' } }],
  ['W', '麻醉药品进出口准许证', 'Narcotic drugs import/export permit', 'C', { aliases: ['麻醉药品准许证'], extra: { src: 'S23,S14' } }],
  ['X', '有毒化学品环境管理放行通知单', 'Toxic chemicals environmental release notice', 'C', { aliases: ['有毒化学品进出口环境管理登记证'], extra: { src: 'S23,S14' } }],
  ['Y', '原产地证明', 'Certificate of origin (preferential trade agreement)', 'C', { aliases: ['优惠贸易协定原产地证明', '原产地证'], note: 'CertCode = agreement code + C/D + certificate number (spec §4).', extra: { src: 'S23,S14' } }],
  ['Z', '音像制品进口批准单或节目提取单', 'Audio-visual products import approval', 'C', { extra: { src: 'S23' } }],
  ['c', '内销征税联系单', 'Domestic-sale taxation liaison form', 'C', { extra: { src: 'S23' } }],
  ['e', '关税配额外优惠税率进口棉花配额', 'Cotton import quota at sliding preferential rate', 'C', { note: 'S14 names e 香港 Macao CEPA原产地证书 (conflicting).', extra: { src: 'S23' } }],
  ['h', '香港CEPA原产地证书', 'Hong Kong CEPA certificate of origin', 'C', { extra: { src: 'S14' } }],
  ['m', '银行调运人民币现钞进出境证明', 'Bank RMB cash transport certificate', 'C', { extra: { src: 'S14' } }],
  ['q', '国别关税配额证明', 'Country-specific tariff quota certificate', 'C', { extra: { src: 'S23' } }],
  ['r', '预归类标志', 'Advance classification mark', 'C', { extra: { src: 'S23' } }],
  ['s', '适用ITA税率的商品用途认定证明', 'ITA end-use certificate', 'C', { extra: { src: 'S23,S14' } }],
  ['t', '关税配额证明', 'Tariff quota certificate', 'C', { extra: { src: 'S23' } }],
  ['v', '自动进口许可证(加工贸易)', 'Automatic import licence (processing trade)', 'C', { extra: { src: 'S23' } }],
  ['x', '出口许可证(加工贸易)', 'Export licence (processing trade)', 'C', { extra: { src: 'S23' } }],
  ['y', '出口许可证(边境小额贸易)', 'Export licence (border petty trade)', 'C', { note: 'S14 names y 原产地证书 (conflicting).', extra: { src: 'S23' } }],
];

// 随附单据代码 (EdocRealation/EdocCode, 8 characters). C: S1/S5; the rest M.
export const attachedDocuments = [
  ['00000001', '发票', 'Commercial invoice', 'C', { aliases: ['商业发票', 'invoice'] }],
  ['00000002', '装箱单', 'Packing list', 'C', { aliases: ['箱单', 'packing list'] }],
  ['00000003', '提/运单', 'Bill of lading / waybill', 'C', { aliases: ['提单', '运单', 'B/L'] }],
  ['00000004', '合同', 'Contract', 'C', { aliases: ['合同协议'] }],
  ['00000005', '载货清单(舱单)', 'Cargo manifest', 'M'],
  ['00000006', '代理报关委托协议(纸质)', 'Customs brokerage agreement (paper)', 'M'],
  ['00000007', '减免税证明', 'Duty reduction/exemption certificate', 'M'],
  ['00000008', '详细情况说明', 'Detailed explanation', 'M'],
  ['00000009', '其他', 'Other', 'M'],
  ['10000001', '代理报关委托协议(电子)', 'Customs brokerage agreement (electronic)', 'C'],
  ['10000002', '减免税货物税款担保证明', 'Guarantee certificate for duty-reduced goods', 'C'],
  ['10000003', '减免税货物税款担保延期证明', 'Guarantee extension certificate for duty-reduced goods', 'C'],
];

export const brandTypes = [
  ['0', '无品牌', 'No brand', 'C'],
  ['1', '境内自主品牌', 'Domestic own brand', 'C'],
  ['2', '境内收购品牌', 'Domestic acquired brand', 'C'],
  ['3', '境外品牌(贴牌生产)', 'Foreign brand (OEM)', 'C', { aliases: ['贴牌生产', 'OEM'] }],
  ['4', '境外品牌(其他)', 'Foreign brand (other)', 'C'],
];

export const exportPreferences = [
  ['0', '出口货物在最终目的国(地区)不享受优惠关税', 'Not entitled to preferential duty in the destination', 'C', { aliases: ['不享受优惠关税'] }],
  ['1', '出口货物在最终目的国(地区)享受优惠关税', 'Entitled to preferential duty in the destination', 'C', { aliases: ['享受优惠关税', '享受'] }],
  ['2', '出口货物不能确定在最终目的国(地区)享受优惠关税', 'Unknown whether preferential duty applies', 'C', { aliases: ['不能确定'] }],
  ['3', '不适用于进口报关单', 'Not applicable to import declarations', 'C'],
];

export const feeMarks = [
  ['1', '率', 'Rate (percent)', 'C', { note: 'Freight, insurance and other charges', aliases: ['费率', '百分比'] }],
  ['2', '单价', 'Per unit (freight only)', 'C', { note: 'Freight only (per tonne etc.)', aliases: ['每吨'] }],
  ['3', '总价', 'Total amount', 'C', { note: 'Freight, insurance and other charges', aliases: ['总额'] }],
];
