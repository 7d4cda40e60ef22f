// Writes seeds/tariff/hs2022-subheadings.json: the HS 2022 nomenclature (chapters, headings,
// 6-digit subheadings, English) from shared/data/hs2022 (datasets/harmonized-system, ODC-PDDL),
// plus Chinese search keywords for frequently declared goods. The app ships this copy so it
// never reads ../shared at run time. Run from the repository root:
//   node scripts/seeds/generate-hs.mjs [path/to/hs2022-folder] [out-file]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeJson } from './lib.mjs';
import { sources } from './sources.mjs';

const VERSION = '2022.0-cw1';
const dir = process.argv[2] ?? join(process.cwd(), '..', 'shared', 'data', 'hs2022');

/** RFC 4180 CSV (quoted fields, doubled quotes, BOM). */
function parseCsv(text) {
  const out = [];
  let row = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    out.push(row);
  }
  return out.filter((r) => r.length > 1);
}

// Chinese words a broker types for common goods -> HS 2022 subheading. Clearway's own list (M):
// a search aid that points at a subheading to read, never a classification ruling.
const keywordsZh = {
  '847130': ['笔记本电脑', '笔记本', '手提电脑', '平板电脑', '便携式电脑'],
  '847141': ['台式电脑', '一体机', '台式机'],
  '847150': ['服务器', '电脑主机'],
  '847160': ['键盘', '鼠标', '扫描仪'],
  '847170': ['硬盘', '固态硬盘', '移动硬盘', '存储设备'],
  '847330': ['电脑配件', '主板', '显卡', '内存条'],
  '851713': ['智能手机', '手机'],
  '851762': ['路由器', '交换机', '调制解调器', '网关'],
  '851830': ['耳机', '耳麦', '蓝牙耳机'],
  '851822': ['音箱', '音响'],
  '852852': ['显示器', '电脑显示器'],
  '852872': ['电视机', '彩电', '电视'],
  '852589': ['摄像头', '数码相机', '监控摄像机'],
  '850760': ['锂电池', '锂离子电池', '电池组'],
  '850440': ['充电器', '电源适配器', '逆变器', '开关电源'],
  '854231': ['处理器', 'CPU', '控制器芯片', '芯片'],
  '854232': ['存储器芯片', '内存芯片', '闪存'],
  '854143': ['太阳能电池板', '光伏组件', '光伏板'],
  '854142': ['太阳能电池片', '光伏电池片'],
  '853952': ['LED灯泡', 'LED灯管'],
  '940542': ['LED灯具', '灯具', '吸顶灯'],
  '853690': ['连接器', '接插件', '插座'],
  '854442': ['数据线', '电源线', '电缆', '电线'],
  '850131': ['直流电机', '小电机', '马达'],
  '841510': ['空调', '壁挂式空调', '分体式空调'],
  '841810': ['冰箱', '电冰箱'],
  '845011': ['洗衣机', '全自动洗衣机'],
  '851660': ['电饭煲', '电烤箱', '电磁炉'],
  '851671': ['咖啡机', '电热水壶'],
  '851631': ['吹风机', '电吹风'],
  '851010': ['剃须刀', '电动剃须刀'],
  '841459': ['风扇', '电风扇', '排气扇'],
  '842139': ['空气净化器', '除尘器'],
  '940360': ['木制家具', '实木家具', '木柜'],
  '940161': ['沙发', '木框架软垫座椅'],
  '940421': ['床垫', '海绵床垫'],
  '950300': ['玩具', '毛绒玩具', '积木'],
  '950450': ['游戏机', '电子游戏机'],
  '900410': ['太阳镜', '墨镜'],
  '910211': ['手表', '电子手表'],
  '640399': ['皮鞋'],
  '640411': ['运动鞋', '跑鞋'],
  '420221': ['皮革手提包', '手提包', '皮包'],
  '420292': ['背包', '双肩包', '箱包', '旅行袋'],
  '611020': ['毛衣', '卫衣', '针织衫'],
  '610910': ['T恤', '短袖', '汗衫'],
  '620342': ['男裤', '牛仔裤', '男式长裤'],
  '620462': ['女裤', '女式长裤'],
  '630260': ['毛巾', '浴巾'],
  '520942': ['牛仔布'],
  '392321': ['塑料袋', '购物袋'],
  '392410': ['塑料餐具', '塑料厨具'],
  '392690': ['塑料制品', '塑料配件'],
  '732393': ['不锈钢厨具', '不锈钢餐具', '不锈钢锅'],
  '732690': ['钢铁制品', '五金件'],
  '731815': ['螺栓', '螺丝', '螺钉'],
  '848180': ['阀门', '水龙头'],
  '848210': ['轴承', '滚珠轴承'],
  '841370': ['水泵', '离心泵'],
  '842952': ['挖掘机'],
  '481910': ['纸箱', '瓦楞纸箱'],
  '490199': ['书籍', '图书', '书'],
  '330499': ['化妆品', '护肤品', '面霜'],
  '330300': ['香水'],
  '330510': ['洗发水', '洗发露'],
  '340111': ['香皂', '肥皂'],
  '960321': ['牙刷'],
  '691110': ['陶瓷餐具', '瓷餐具'],
  '701349': ['玻璃杯', '玻璃器皿'],
  '220421': ['葡萄酒', '红酒'],
  '220830': ['威士忌'],
  '220300': ['啤酒'],
  '210690': ['保健品', '营养补充剂'],
  '190110': ['婴儿奶粉', '婴幼儿配方奶粉'],
  '040221': ['奶粉', '全脂奶粉'],
  '090121': ['咖啡', '烘焙咖啡豆'],
  '090230': ['红茶'],
  '020230': ['冻牛肉', '冷冻牛肉'],
  '020329': ['冻猪肉', '冷冻猪肉'],
  '030617': ['冻虾', '虾仁'],
  '080450': ['芒果'],
  '080810': ['苹果'],
  '081010': ['草莓'],
  '100630': ['大米', '精米'],
  '120190': ['大豆', '黄豆'],
  '150920': ['橄榄油', '特级初榨橄榄油'],
  '170199': ['白糖', '砂糖'],
  '270900': ['原油'],
  '271019': ['柴油', '润滑油', '燃料油'],
  '271111': ['液化天然气', 'LNG'],
  '271112': ['液化丙烷', '液化石油气'],
  '260111': ['铁矿砂', '铁矿石'],
  '260300': ['铜矿', '铜精矿'],
  '740311': ['电解铜', '阴极铜'],
  '760110': ['铝锭', '原铝'],
  '721049': ['镀锌板', '镀锌钢板'],
  '870323': ['轿车', '小汽车', '汽油车'],
  '870380': ['电动汽车', '纯电动汽车', '新能源汽车'],
  '870421': ['柴油货车', '货车', '卡车'],
  '870899': ['汽车零件', '汽车配件'],
  '401110': ['汽车轮胎', '轮胎'],
  '871200': ['自行车'],
  '871160': ['电动自行车', '电动摩托车'],
  '901890': ['医疗器械', '医疗仪器'],
  '300490': ['药品', '药'],
  '880240': ['飞机', '客机'],
};

const [header, ...data] = parseCsv(readFileSync(join(dir, 'harmonized-system.csv'), 'utf8'));
const col = Object.fromEntries(header.map((h, i) => [h.trim(), i]));
const sections = new Map(parseCsv(readFileSync(join(dir, 'sections.csv'), 'utf8')).slice(1).map(([id, name]) => [id, name]));
const entries = [];
for (const r of data) {
  const code = r[col.hscode];
  const level = Number(r[col.level]);
  if (code === 'TOTAL') continue;
  if (![2, 4, 6].includes(level) || code.length !== level) throw new Error(`unexpected row ${r.join(',')}`);
  const e = { code, level, descriptionEn: r[col.description], section: r[col.section] };
  if (level > 2) e.parent = r[col.parent];
  if (keywordsZh[code]) e.keywordsZh = keywordsZh[code];
  entries.push(e);
}
const known = new Set(entries.map((e) => e.code));
for (const code of Object.keys(keywordsZh)) if (!known.has(code)) throw new Error(`keyword subheading ${code} is not in HS 2022`);

writeJson(process.argv[3] ?? join(process.cwd(), 'seeds', 'tariff', 'hs2022-subheadings.json'), {
  version: VERSION,
  titleZh: '协调制度（HS 2022）章、品目与子目（英文）',
  titleEn: 'Harmonized System 2022: chapters, headings and subheadings',
  confidence: 'C',
  sources: [...sources('hs2022'), { ...sources('memory')[0], note: 'keywordsZh: Chinese search words for common goods, a search aid (M), not a classification ruling' }],
  notes: 'HS 2022 descriptions are the public-domain datasets/harmonized-system copy (ODC-PDDL 1.0). keywordsZh are Clearway’s search aids (M).',
  sections: Object.fromEntries(sections),
  entries,
});
console.log(`hs2022: ${entries.length} rows (${entries.filter((e) => e.level === 6).length} subheadings), ${Object.keys(keywordsZh).length} with Chinese keywords`);
