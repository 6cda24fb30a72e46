import { z } from 'zod';
import { parseDateVi } from '../format';

/** Typed text (dd/mm/yyyy) → `YYYY-MM-DD`, or null when left empty. */
export function optionalDateText(label: string) {
  return z.string().transform((text, context) => {
    if (text.trim() === '') return null;
    const parsed = parseDateVi(text);
    if (!parsed.ok || parsed.precision !== 'day') {
      const reason = parsed.ok ? 'cần ghi đủ ngày, tháng, năm theo dạng dd/mm/yyyy.' : parsed.message;
      context.addIssue({ code: 'custom', message: `${label}: ${reason}` });
      return z.NEVER;
    }
    return parsed.iso;
  });
}
