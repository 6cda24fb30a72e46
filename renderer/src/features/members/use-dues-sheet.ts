import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import type { DuesSkipped } from '../../../../shared/schemas/member-activity';
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

/** Names shown in a message before "và … người khác". */
const NAMES_SHOWN = 5;

function namesOf(skipped: readonly DuesSkipped[]): string {
  const names = skipped.flatMap((member) => (member.fullName ? [member.fullName] : []));
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const more = skipped.length - Math.min(names.length, NAMES_SHOWN);
  if (more === 0) return shown;
  return shown ? text.moreNames(shown, formatNumber(more)) : '';
}

/** "Không ghi cho 1 hội viên đã bị xóa: …" — the ticks the core skipped, by reason. */
function skippedPart(skipped: readonly DuesSkipped[], year: number): string {
  const deleted = skipped.filter((member) => member.reason === 'deleted');
  const outside = skipped.filter((member) => member.reason === 'notDuringYear');
  return [
    deleted.length > 0 ? text.skippedDeleted(formatNumber(deleted.length), namesOf(deleted)) : '',
    outside.length > 0 ? text.skippedNotDuringYear(formatNumber(outside.length), year, namesOf(outside)) : '',
  ].filter(Boolean).join(' ');
}

/**
 * What the secretary reads after a save that did not go through whole: what was saved, what was
 * not, why — and the ticked members the core skipped (deleted meanwhile, or outside the year).
 */
export function reportOf(outcome: BatchOutcome, ticked: number, year: number): SaveReport | null {
  const saved = text.savedPart(formatNumber(outcome.doneIds.length - outcome.skipped.length), formatNumber(ticked));
  const left = text.unsavedPart(formatNumber(outcome.unsaved.length));
  const skipped = skippedPart(outcome.skipped, year);
  const withSkipped = (message: string) => (skipped ? `${message} ${skipped}` : message);
  if (outcome.error !== null) return { color: 'red', message: withSkipped(`${text.saveFailed(outcome.error)} ${saved} ${left}`) };
  if (outcome.stopped) return { color: 'yellow', message: withSkipped(`${text.saveStopped} ${saved} ${left}`) };
  return skipped ? { color: 'yellow', message: skipped } : null;
}

/** The core has no name for a purged record; the tick has one when its row was seen. */
const withTickNames = (skipped: readonly DuesSkipped[], ticked: ReadonlyMap<string, Tick>): DuesSkipped[] =>
  skipped.map((member) => ({ ...member, fullName: member.fullName ?? ticked.get(member.memberId)?.name ?? null }));

function leftPageReport(outcome: BatchOutcome, ticked: number): string {
  return `${text.saveLeftPage} ${text.savedPart(formatNumber(outcome.doneIds.length - outcome.skipped.length), formatNumber(ticked))} ${text.unsavedLeftPart(formatNumber(outcome.unsaved.length))}`;
}

function toastOf(outcome: BatchOutcome): void {
  if (outcome.error !== null || outcome.stopped || outcome.saved + outcome.alreadyPaid === 0) return;
  notifications.show({ color: 'green', message: text.collectSaved(formatNumber(outcome.saved)) + (outcome.alreadyPaid > 0 ? text.alreadyPaidPart(formatNumber(outcome.alreadyPaid)) : '') });
}

/**
 * Saves the ticks in batches (dues-batches.ts), with a progress count and a way to stop between
 * two batches. Committed members are unticked (the grid now shows them as paid), and so are those
 * the core skipped; the rest stay ticked for another try. Leaving the page stops the save after
 * the batch under way, and says so in a notification. `onBusy` tells the page (its fields lock).
 */
export function useDuesSave(year: number, ticks: ReturnType<typeof useTicks>, onBusy?: (busy: boolean) => void) {
  const api = useApi();
  const stop = useRef(false);
  const mounted = useRef(true);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<SaveReport | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stop.current = true;
    };
  }, []);
  const save = async (paidOn: string, entries: DuesEntry[]) => {
    stop.current = false;
    setReport(null);
    onBusy?.(true);
    const outcome = await saveInBatches(entries, (batch) => api.call('members.dues.collect', { year, paidOn, entries: batch }), {
      onProgress: (done, total) => setProgress({ done, total }),
      shouldStop: () => stop.current,
    });
    onBusy?.(false);
    setProgress(null);
    ticks.forget(outcome.doneIds);
    const shown = reportOf({ ...outcome, skipped: withTickNames(outcome.skipped, ticks.ticked) }, entries.length, year);
    setReport(shown);
    // The page is gone with its ticks: say what was saved and that the rest must be ticked again.
    if (!mounted.current && outcome.stopped) notifications.show({ color: 'yellow', message: leftPageReport(outcome, entries.length) });
    else toastOf(outcome);
  };
  const requestStop = () => {
    stop.current = true;
  };
  return { save, progress, report, setReport, stop: requestStop };
}
