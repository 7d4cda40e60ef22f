// 关区代码 (customs districts), 国内口岸 (domestic ports), special 境内目的地 rows.
// Rows: [code, nameZh, nameEn, confidence, { aliases, note, extra }].

// The 42 directly administered customs (直属海关), each with its xx00 district code. From memory:
// the codes are widely used but this list was not confirmed in a source here (S11/S22 confirm
// only 2200 and 3100, and the spec's examples 2233 / 5304 sit under them).
const direct = [
  ['0100', '北京海关', 'Beijing Customs'],
  ['0200', '天津海关', 'Tianjin Customs'],
  ['0400', '石家庄海关', 'Shijiazhuang Customs'],
  ['0500', '太原海关', 'Taiyuan Customs'],
  ['0600', '满洲里海关', 'Manzhouli Customs'],
  ['0700', '呼和浩特海关', 'Hohhot Customs'],
  ['0800', '沈阳海关', 'Shenyang Customs'],
  ['0900', '大连海关', 'Dalian Customs'],
  ['1500', '长春海关', 'Changchun Customs'],
  ['1900', '哈尔滨海关', 'Harbin Customs'],
  ['2200', '上海海关', 'Shanghai Customs'],
  ['2300', '南京海关', 'Nanjing Customs'],
  ['2900', '杭州海关', 'Hangzhou Customs'],
  ['3100', '宁波海关', 'Ningbo Customs'],
  ['3300', '合肥海关', 'Hefei Customs'],
  ['3500', '福州海关', 'Fuzhou Customs'],
  ['3700', '厦门海关', 'Xiamen Customs'],
  ['4000', '南昌海关', 'Nanchang Customs'],
  ['4200', '青岛海关', 'Qingdao Customs'],
  ['4300', '济南海关', 'Jinan Customs'],
  ['4600', '郑州海关', 'Zhengzhou Customs'],
  ['4700', '武汉海关', 'Wuhan Customs'],
  ['4900', '长沙海关', 'Changsha Customs'],
  ['5100', '广州海关', 'Guangzhou Customs'],
  ['5200', '黄埔海关', 'Huangpu Customs'],
  ['5300', '深圳海关', 'Shenzhen Customs'],
  ['5700', '拱北海关', 'Gongbei Customs'],
  ['6000', '汕头海关', 'Shantou Customs'],
  ['6400', '海口海关', 'Haikou Customs'],
  ['6700', '湛江海关', 'Zhanjiang Customs'],
  ['6800', '江门海关', 'Jiangmen Customs'],
  ['7200', '南宁海关', 'Nanning Customs'],
  ['7900', '成都海关', 'Chengdu Customs'],
  ['8000', '重庆海关', 'Chongqing Customs'],
  ['8300', '贵阳海关', 'Guiyang Customs'],
  ['8600', '昆明海关', 'Kunming Customs'],
  ['8800', '拉萨海关', 'Lhasa Customs'],
  ['9000', '西安海关', 'Xi’an Customs'],
  ['9400', '乌鲁木齐海关', 'Urumqi Customs'],
  ['9500', '兰州海关', 'Lanzhou Customs'],
  ['9600', '银川海关', 'Yinchuan Customs'],
  ['9700', '西宁海关', 'Xining Customs'],
];

const confirmedDirect = { '2200': 'S22', '3100': 'S11' };

export const customsDistricts = [
  ...direct.map(([code, nameZh, nameEn]) => [
    code,
    nameZh,
    nameEn,
    confirmedDirect[code] ? 'C' : 'M',
    {
      aliases: [nameZh.replace(/海关$/, '关区')],
      note: '直属海关 (district head office)',
      extra: { level: 'district', ...(confirmedDirect[code] ? { src: confirmedDirect[code] } : {}) },
    },
  ]),
  // Shanghai: S22's label list (a 2200 "所有关区" wildcard aside); labels as S22 writes them.
  ['2201', '浦江海关', 'Pujiang Customs', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2202', '吴淞海关', 'Wusong Customs', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2203', '虹桥机场海关', 'Hongqiao Airport Customs', 'C', { aliases: ['沪机场关'], extra: { parent: '2200', src: 'S22' } }],
  ['2204', '经济技术开发区', 'Economic and Technological Development Zone office', 'C', { aliases: ['闵开发区'], extra: { parent: '2200', src: 'S22' } }],
  ['2205', '驻车站办事处', 'Railway station office', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2206', '驻邮局办事处', 'Post office', 'C', { aliases: ['沪邮局'], extra: { parent: '2200', src: 'S22' } }],
  ['2209', '浦江龙吴海关', 'Longwu Customs', 'C', { aliases: ['龙吴海关'], extra: { parent: '2200', src: 'S22' } }],
  ['2210', '浦东海关', 'Pudong Customs', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2212', '奉贤海关', 'Fengxian Customs', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2213', '莘庄海关', 'Xinzhuang Customs', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2217', '嘉定海关', 'Jiading Customs', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2218', '外高桥保税区', 'Waigaoqiao Free Trade Zone office', 'C', { aliases: ['外高桥'], extra: { parent: '2200', src: 'S22' } }],
  ['2220', '金山海关', 'Jinshan Customs', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2221', '松江海关', 'Songjiang Customs', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2223', '驻南汇办事处', 'Nanhui office', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2224', '驻崇明办事处', 'Chongming office', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2225', '外港海关', 'Waigang Customs (Waigaoqiao port)', 'C', { aliases: ['外高桥港区'], extra: { parent: '2200', src: 'S22' } }],
  ['2233', '浦东机场海关', 'Pudong Airport Customs', 'C', { aliases: ['浦东机场'], extra: { parent: '2200', src: 'S22' } }],
  ['2241', '现场业务一处', 'Field operations division 1', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2242', '现场业务二处', 'Field operations division 2', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2243', '现场业务三处', 'Field operations division 3', 'C', { extra: { parent: '2200', src: 'S22' } }],
  ['2248', '洋山海关', 'Yangshan Customs', 'C', { aliases: ['洋山港'], note: '洋山, not 吴淞 (spec §3).', extra: { parent: '2200', src: 'S22' } }],
  // Other sub-offices: only those seen in a source, plus a few remembered ones (M).
  ['5304', '蛇口海关', 'Shekou Customs', 'C', { extra: { parent: '5300', src: 'S11' } }],
  ['0930', '丹东海关', 'Dandong Customs', 'C', { extra: { parent: '0900', src: 'S23' } }],
  ['5220', '东莞物流', 'Dongguan logistics office', 'I', { note: 'Label from a declaration checker comment (R5).', extra: { parent: '5200', src: 'R5' } }],
  ['3104', '北仑海关', 'Beilun Customs', 'M', { extra: { parent: '3100' } }],
  ['0202', '新港海关', 'Xingang Customs (Tianjin)', 'M', { extra: { parent: '0200' } }],
  ['0101', '首都机场海关', 'Beijing Capital Airport Customs', 'M', { extra: { parent: '0100' } }],
  ['5141', '白云机场海关', 'Baiyun Airport Customs', 'M', { extra: { parent: '5100' } }],
  ['4218', '黄岛海关', 'Huangdao Customs', 'M', { extra: { parent: '4200' } }],
];

// 国内口岸 (EntyPortCode, 6 digits). Only codes seen in a source; the official table has
// hundreds of rows which are not available here.
export const domesticPorts = [
  ['470101', '蛇口', 'Shekou', 'C', { extra: { src: 'S11' } }],
  ['310701', '外高桥', 'Waigaoqiao', 'C', { extra: { src: 'R4' } }],
];

// 境内目的地/货源地 rows other than the generated "<city>其他" (xxxx9) ones.
export const domesticDistrictSpecials = [
  ['31222', '上海浦东新区', 'Shanghai Pudong New Area', 'M', { aliases: ['浦东', '浦东新区'], note: 'Type digit 2 (开发区/浦东新区); the example used throughout Clearway.' }],
  ['44031', '深圳特区', 'Shenzhen Special Economic Zone', 'M', { note: 'Type digit 1 = 经济特区.' }],
  ['44041', '珠海特区', 'Zhuhai Special Economic Zone', 'M', { note: 'Type digit 1 = 经济特区.' }],
  ['44051', '汕头特区', 'Shantou Special Economic Zone', 'M', { note: 'Type digit 1 = 经济特区.' }],
  ['35021', '厦门特区', 'Xiamen Special Economic Zone', 'M', { note: 'Type digit 1 = 经济特区.' }],
];
