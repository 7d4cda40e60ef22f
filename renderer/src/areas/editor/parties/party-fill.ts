import type { DeclarationDraft } from '../../../../../shared/model/declaration';
import type { Party } from '../../../../../shared/model/parties';
import { withField, type HeadField } from '../declaration-head';

/** The header fields one party fills: a domestic slot (name, codes) or the overseas party. */
type Slot = Partial<Record<'name' | 'nameEn' | 'uscc' | 'customsCode' | 'ciqCode' | 'overseasCode' | 'address', HeadField>>;

const slots: Partial<Record<HeadField, Slot>> = {
  tradeName: { name: 'tradeName', nameEn: 'domesticConsigneeEname', uscc: 'tradeCoScc', customsCode: 'tradeCode', ciqCode: 'tradeCiqCode' },
  ownerName: { name: 'ownerName', uscc: 'ownerCodeScc', customsCode: 'ownerCode', ciqCode: 'ownerCiqCode' },
  agentName: { name: 'agentName', uscc: 'agentCodeScc', customsCode: 'agentCode', ciqCode: 'declCiqCode' },
  overseasNameEn: { name: 'overseasNameZh', nameEn: 'overseasNameEn', overseasCode: 'overseasCode', address: 'overseasAddr' },
  overseasNameZh: { name: 'overseasNameZh', nameEn: 'overseasNameEn', overseasCode: 'overseasCode', address: 'overseasAddr' },
};

/** Name fields that offer the party library while typing. */
export function isPartyField(field: HeadField): boolean {
  return field in slots;
}

/** Header limits are shorter than the library's (a 150-character Chinese name, a 100-character field). */
const fit = (field: HeadField, value: string | undefined, limits: Partial<Record<HeadField, number>>): string =>
  (value ?? '').slice(0, limits[field] ?? value?.length ?? 0);

const limits: Partial<Record<HeadField, number>> = { tradeName: 100, ownerName: 100, agentName: 100, overseasNameZh: 150, overseasAddr: 100 };

/**
 * Fills every field of the slot from the party, and clears those the party has no value for:
 * picking another firm must not leave the previous firm's codes behind.
 */
export function fillParty(draft: DeclarationDraft, field: HeadField, party: Party): DeclarationDraft {
  const slot = slots[field];
  if (!slot) return draft;
  const overseas = field.startsWith('overseas');
  const values: [HeadField | undefined, string | undefined][] = [
    [slot.name, overseas ? party.nameZh : (party.nameZh ?? party.nameEn)],
    [slot.nameEn, party.nameEn],
    [slot.uscc, party.uscc],
    [slot.customsCode, party.customsCode],
    [slot.ciqCode, party.ciqCode],
    [slot.overseasCode, party.overseasCode],
    [slot.address, party.addressEn ?? party.addressZh],
  ];
  let next = draft;
  for (const [target, value] of values) if (target) next = withField(next, target, fit(target, value, limits));
  return next;
}

