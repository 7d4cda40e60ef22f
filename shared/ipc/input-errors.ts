import { declarationPathLabel, type Label } from '../model/field-labels';
import { AppError, type AppErrorValue } from './errors';
import { libraryFieldLabel } from '../model/library-labels';

/** The part of a zod issue we read; kept structural so zod's internal types do not leak. */
export interface InputIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  maximum?: unknown;
  minimum?: unknown;
  origin?: unknown;
  expected?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
}

/** Contract inputs carry document bodies under body.data; field names refer to the document. */
function fieldName(path: string): Label {
  const inDocument = path.replace(/^body\.data\./, '');
  // A library record's fields (body.data.uscc) have no declaration label; they have their own.
  return declarationPathLabel(inDocument) ?? libraryFieldLabel(inDocument) ?? { zh: `「${path}」`, en: `"${path}"` };
}

function describe(issue: InputIssue): Label {
  const origin = String(issue.origin ?? '');
  switch (issue.code) {
    case 'too_big':
      return origin === 'string'
        ? { zh: `不能超过 ${String(issue.maximum)} 个字符`, en: `must be at most ${String(issue.maximum)} characters` }
        : origin === 'array'
          ? { zh: `不能超过 ${String(issue.maximum)} 项`, en: `must have at most ${String(issue.maximum)} entries` }
          : { zh: `不能大于 ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'too_small':
      return origin === 'string' && issue.minimum === 1
        ? { zh: '不能为空', en: 'must not be empty' }
        : { zh: `不能小于 ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'invalid_type':
      return issue.expected === undefined
        ? { zh: '缺少或类型不对', en: 'is missing or of the wrong type' }
        : { zh: `应为 ${String(issue.expected)} 类型`, en: `must be of type ${String(issue.expected)}` };
    case 'invalid_value':
      return {
        zh: `只能是 ${(issue.values ?? []).map(String).join('、')} 之一`,
        en: `must be one of ${(issue.values ?? []).map(String).join(', ')}`,
      };
    case 'invalid_format':
      return { zh: '格式不正确', en: 'has the wrong format' };
    case 'unrecognized_keys':
      return { zh: `含有未知字段 ${(issue.keys ?? []).join('、')}`, en: `has unknown fields ${(issue.keys ?? []).join(', ')}` };
    default:
      return { zh: '无效', en: `is invalid (${issue.message})` };
  }
}

/**
 * Zod issues become one error in each language, naming the first offending field as the form
 * names it ("提运单号不能超过 32 个字符" / "B/L No. must be at most 32 characters"). The raw path
 * stays in `field` for the UI to place the message, and every issue is listed in `details`.
 */
export function invalidInputError(issues: readonly InputIssue[]): AppError {
  const first = issues[0];
  const path = first ? first.path.map(String).join('.') : '';
  const name = path ? fieldName(path) : { zh: '输入', en: 'The input' };
  const what = first ? describe(first) : { zh: '无效', en: 'is invalid' };
  const value: AppErrorValue = {
    code: 'INVALID_INPUT',
    messageZh: `${name.zh}${what.zh}。`,
    messageEn: `${name.en} ${what.en}.`,
    details: issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code })),
  };
  if (path) value.field = path;
  return new AppError(value);
}
