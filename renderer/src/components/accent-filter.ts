import type { ComboboxItem, ComboboxParsedItem, ComboboxParsedItemGroup, OptionsFilter } from '@mantine/core';
import { searchKey } from '../../../shared/format';

function isGroup(item: ComboboxParsedItem): item is ComboboxParsedItemGroup {
  return 'group' in item;
}

/**
 * A Select filter that ignores accents, case and đ/d, like every search of the app: typing
 * "van son" finds "Xã Vân Sơn". Every typed word must appear in the option's label.
 */
export const accentInsensitiveFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = searchKey(search).split(' ').filter(Boolean);
  const matches = (item: ComboboxItem) => {
    const key = searchKey(item.label);
    return words.every((word) => key.includes(word));
  };
  const result: ComboboxParsedItem[] = [];
  for (const item of options) {
    if (result.length >= limit) break;
    if (isGroup(item)) {
      const items = item.items.filter(matches);
      if (items.length > 0) result.push({ group: item.group, items });
    } else if (matches(item)) {
      result.push(item);
    }
  }
  return result;
};
