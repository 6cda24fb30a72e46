import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import { useApi } from '../../api/context';
import { saveInBatches, type BatchOutcome, type DuesEntry } from './dues-batches';
import { membersText } from './strings';

const text = membersText.dues;

/** "50.000" or "50000" → 50000 đồng; null when it is not a whole number of đồng. */
export const amountOf = (typed: string): number | null => {
  const digits = typed.replace(/[.\s]/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
};

/** A ticked member: the amount as typed, and the name when the row was seen (for messages). */
export interface Tick {
  amount: string;
  name: string | null;
}

/**
 * The ticks of the grid, kept by member id whether or not the row is on screen, so that scrolling
 * never loses one and "Chọn tất cả chưa nộp" can tick members whose rows were never loaded.
 */
export function useTicks() {
  const [ticked, setTicked] = useState<ReadonlyMap<string, Tick>>(new Map());
  const change = (edit: (next: Map<string, Tick>) => void) => setTicked((current) => {
    const next = new Map(current);
    edit(next);
    return next;
  });
  return {
    ticked,
    toggle: (memberId: string, name: string, on: boolean, amount: number) => change((next) => (on ? next.set(memberId, { amount: formatNumber(amount), name }) : next.delete(memberId))),
    setAmount: (memberId: string, name: string, amount: string) => change((next) => next.set(memberId, { amount, name })),
    tickAll: (memberIds: readonly string[], amount: number) => change((next) => memberIds.forEach((id) => next.has(id) || next.set(id, { amount: formatNumber(amount), name: null }))),
    clear: () => setTicked(new Map()),
    forget: (memberIds: readonly string[]) => change((next) => memberIds.forEach((id) => next.delete(id))),
  };
}

export interface SaveReport {
  color: 'red' | 'yellow';
  message: string;
}

/** What the secretary reads after a save that did not go through whole: what was saved, what was not, why. */
export function reportOf(outcome: BatchOutcome, ticked: number): SaveReport | null {
  const saved = text.savedPart(formatNumber(outcome.doneIds.length), formatNumber(ticked));
  const left = text.unsavedPart(formatNumber(outcome.unsaved.length));
  if (outcome.error !== null) return { color: 'red', message: `${text.saveFailed(outcome.error)} ${saved} ${left}` };
  if (outcome.stopped) return { color: 'yellow', message: `${text.saveStopped} ${saved} ${left}` };
  return null;
}

/**
 * Saves the ticks in batches (dues-batches.ts), with a progress count and a way to stop between
 * two batches. Committed members are unticked (the grid now shows them as paid); the rest stay
 * ticked for another try.
 */
export function useDuesSave(year: number, ticks: ReturnType<typeof useTicks>) {
  const api = useApi();
  const stop = useRef(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<SaveReport | null>(null);
  const save = async (paidOn: string, entries: DuesEntry[]) => {
    stop.current = false;
    setReport(null);
    const outcome = await saveInBatches(entries, (batch) => api.call('members.dues.collect', { year, paidOn, entries: batch }), {
      onProgress: (done, total) => setProgress({ done, total }),
      shouldStop: () => stop.current,
    });
    setProgress(null);
    ticks.forget(outcome.doneIds);
    setReport(reportOf(outcome, entries.length));
    if (outcome.doneIds.length > 0 && outcome.error === null && !outcome.stopped) {
      notifications.show({ color: 'green', message: text.collectSaved(formatNumber(outcome.saved)) + (outcome.alreadyPaid > 0 ? text.alreadyPaidPart(formatNumber(outcome.alreadyPaid)) : '') });
    }
  };
  const requestStop = () => {
    stop.current = true;
  };
  return { save, progress, report, setReport, stop: requestStop };
}
