import { describe, expect, it } from 'vitest';
import { DeclarationDraftSchema, emptyDeclaration } from '../../shared/model/declaration';
import { addChildRow, removeChildRow, withChildField } from '../../renderer/src/areas/editor/children/child-edits';
import { childBlocks } from '../../renderer/src/areas/editor/children/child-blocks';

describe('declaration blocks after the items', () => {
  it('adds rows where asked, sets and clears fields, and drops an emptied block from the body', () => {
    let draft = addChildRow(emptyDeclaration('E'), 'containers');
    draft = withChildField(draft, 'containers', 0, 'containerId', 'CSQU3054383');
    draft = addChildRow(draft, 'containers');
    draft = withChildField(draft, 'containers', 1, 'containerId', 'MSKU1234565');
    draft = addChildRow(draft, 'containers', 0);
    expect(draft.containers?.map((c) => c.containerId)).toEqual(['CSQU3054383', undefined, 'MSKU1234565']);

    draft = withChildField(draft, 'containers', 0, 'containerId', '');
    expect(draft.containers?.[0]).toEqual({});
    draft = removeChildRow(removeChildRow(removeChildRow(draft, 'containers', 2), 'containers', 1), 'containers', 0);
    expect('containers' in draft).toBe(false);
    expect(DeclarationDraftSchema.parse(draft)).toEqual(emptyDeclaration('E'));
  });

  it('leaves the draft as it is for a row that does not exist or a value that did not change', () => {
    const draft = withChildField(addChildRow(emptyDeclaration('I'), 'licences'), 'licences', 0, 'docuCode', '4');
    expect(withChildField(draft, 'licences', 0, 'docuCode', '4')).toBe(draft);
    expect(withChildField(draft, 'licences', 5, 'docuCode', '1')).toBe(draft);
    expect(removeChildRow(draft, 'licences', 3)).toBe(draft);
  });

  it('every column names a field the model stores (a typo would be dropped by the schema)', () => {
    for (const block of childBlocks) {
      const row = Object.fromEntries(block.columns.map((c) => [c.field, '1']));
      const parsed = DeclarationDraftSchema.parse({ head: {}, [block.key]: [row] });
      expect(parsed[block.key]?.[0], block.key).toEqual(row);
    }
  });
});
