import type { PackingContainer, PackingList, PackingListHeader } from '../../../../shared/model/packing-list';

/** Header and container edits; an emptied field is removed rather than stored as ''. */
export type HeaderField = keyof PackingListHeader;

export function withHeader(list: PackingList, field: HeaderField, value: string): PackingList {
  if ((list.header[field] ?? '') === value) return list;
  const { [field]: _cleared, ...rest } = list.header;
  return { ...list, header: value === '' ? rest : { ...rest, [field]: value } };
}

export type ContainerField = keyof PackingContainer;

export function withContainer(list: PackingList, index: number, field: ContainerField, value: string): PackingList {
  const containers = [...(list.containers ?? [])];
  const current = containers[index] ?? {};
  if ((current[field] ?? '') === value) return list;
  const { [field]: _cleared, ...rest } = current;
  containers[index] = value === '' ? rest : { ...rest, [field]: value };
  return { ...list, containers };
}

export function addContainer(list: PackingList): PackingList {
  return { ...list, containers: [...(list.containers ?? []), {}] };
}

export function removeContainer(list: PackingList, index: number): PackingList {
  return { ...list, containers: (list.containers ?? []).filter((_, i) => i !== index) };
}

export function withDeclaration(list: PackingList, declarationId: string): PackingList {
  if ((list.declarationId ?? '') === declarationId) return list;
  const { declarationId: _old, ...rest } = list;
  return declarationId ? { ...rest, declarationId } : rest;
}
