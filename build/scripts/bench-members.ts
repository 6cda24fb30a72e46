/**
 * Times the members list at 100,000 members (issue 6): searches and filtered, sorted pages of 50,
 * each through `dispatch` as the renderer calls them (schema, permission, count and page).
 * Targets: p95 ≤ 15 ms for a search, ≤ 10 ms for a filtered, sorted page of 50. Every case but
 * the last two groups is a first page: planned and counted afresh on each call. Then pages further
 * down: a jump (dragging the scroll bar) reuses the first page's plan and count; scrolling on
 * reads each next page after the last row of the one before.
 *
 *   node_modules/.bin/tsx build/scripts/bench-members.ts [--members 100000] [--rounds 30]
 *
 * The data set is the scale test's: seeded realistic names, 8 branches, 6 communes.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createTestCore, type TestCore } from '../../tests/helpers/core';
import { loadScaleData, SCALE_NOW, type ScaleData } from '../../tests/unit/members/scale-setup';
import type { MemberListInput } from '../../shared/schemas/member-lists';

function options(): { members: number; rounds: number } {
  const { values } = parseArgs({ options: { members: { type: 'string' }, rounds: { type: 'string' } } });
  return { members: Number(values.members ?? 100_000), rounds: Number(values.rounds ?? 30) };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;

interface Case {
  label: string;
  input: MemberListInput;
  /** Scrolling on: round r reads the page at offset + step × r, after the page before it. */
  step?: number;
}

function casesOf(branches: ScaleData['branches']): Record<'searches' | 'pages' | 'lists' | 'scrolls' | 'scrollsOn', Case[]> {
  const { district, communes, schools } = branches;
  const queries = ['nguyen van an', 'an nguyen', 'tran thi thuc', 'Thục Trần', 'dang duc', 'giap thi h', 'hoang minh', 'le thi hoa', 'BG-004567', '0912 34', 'pham quang', 'nguyen an', 'thi'];
  return {
    searches: queries.map((query) => ({ label: `tìm "${query}"`, input: { query } })),
    pages: [
      { label: 'chi hội + cấp dưới, nữ', input: { branchId: communes[0], gender: 'nu' } },
      { label: 'huyện + cấp dưới, họ trước', input: { branchId: district, order: 'ho-first' } },
      { label: 'chi hội, không cấp dưới', input: { branchId: schools[1], includeSubBranches: false } },
      { label: 'dân tộc Tày, huyện Sơn Động', input: { ethnicity: '02', unitCode: '220' } },
      { label: 'vào Hội năm 2024', input: { joinedFrom: '2024-01-01', joinedTo: '2024-12-31' } },
      { label: 'cộng tác viên, nữ', input: { collaborator: true, gender: 'nu' } },
      { label: 'đã thôi sinh hoạt', input: { status: 'left' } },
      { label: 'tình nguyện viên', input: { volunteer: true } },
      { label: 'tìm "nguyen" + chi hội', input: { query: 'nguyen', branchId: schools[0] } },
    ],
    lists: [
      { label: 'danh sách, trang đầu', input: {} },
      { label: 'danh sách, họ trước, trang đầu', input: { order: 'ho-first' } },
    ],
    scrolls: [
      { label: 'danh sách, họ trước, trang 1.001', input: { order: 'ho-first', offset: 50_000 } },
      { label: 'tình nguyện viên, trang 21', input: { volunteer: true, offset: 1000 } },
      { label: 'huyện + cấp dưới, trang 801', input: { branchId: district, order: 'ho-first', offset: 40_000 } },
    ],
    scrollsOn: [
      { label: 'danh sách, họ trước, từ trang 1.001', input: { order: 'ho-first', offset: 50_000 }, step: 50 },
      { label: 'huyện + cấp dưới, từ trang 801', input: { branchId: district, order: 'ho-first', offset: 40_000 }, step: 50 },
    ],
  };
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/**
 * Runs each case `rounds` times and prints p50/p95 per case and for the group: wall-clock time,
 * and the CPU time of this process (what the query cost, without waiting for a busy machine).
 */
async function run(t: TestCore, rounds: number, title: string, cases: Case[], target?: number): Promise<void> {
  const all: number[] = [];
  const allCpu: number[] = [];
  console.log(`\n${title}${target ? ` (mục tiêu p95 ≤ ${target} ms)` : ''}          thời gian thực        thời gian CPU`);
  for (const { label, input, step = 0 } of cases) {
    const times: number[] = [];
    const cpu: number[] = [];
    let total = 0;
    const offsetAt = (round: number) => (input.offset ?? 0) + step * round;
    if (step > 0) await t.value('members.list', { limit: 50, ...input, offset: offsetAt(-1) });
    for (let round = 0; round < rounds; round += 1) {
      const begin = performance.now();
      const usage = process.cpuUsage();
      total = (await t.value('members.list', { limit: 50, ...input, offset: offsetAt(round) })).total;
      cpu.push(cpuMs(process.cpuUsage(usage)));
      times.push(performance.now() - begin);
    }
    [times, cpu].forEach((list) => list.sort((a, b) => a - b));
    all.push(...times);
    allCpu.push(...cpu);
    console.log(`  ${label.padEnd(34)} p50 ${ms(percentile(times, 50))} p95 ${ms(percentile(times, 95))} | p95 ${ms(percentile(cpu, 95))}  (${total.toLocaleString('vi-VN')} kết quả)`);
  }
  [all, allCpu].forEach((list) => list.sort((a, b) => a - b));
  const verdict = (value: number) => (target ? (value <= target ? ' ĐẠT' : ' CHƯA ĐẠT') : '');
  console.log(`  ${'TẤT CẢ'.padEnd(34)} p50 ${ms(percentile(all, 50))} p95 ${ms(percentile(all, 95))}${verdict(percentile(all, 95))} | p95 ${ms(percentile(allCpu, 95))}${verdict(percentile(allCpu, 95))}`);
}

async function main(): Promise<void> {
  const { members, rounds } = options();
  const started = performance.now();
  const t = await createTestCore({ now: SCALE_NOW });
  try {
    const data = await loadScaleData(t, members);
    console.log(`${members.toLocaleString('vi-VN')} hội viên nạp trong ${((performance.now() - started) / 1000).toFixed(1)} s; ${rounds} lượt mỗi truy vấn`);
    console.log(`Máy: ${cpus().length} lõi, tải trung bình ${loadavg().map((value) => value.toFixed(2)).join(' / ')} (1/5/15 phút)`);
    const { searches, pages, lists, scrolls, scrollsOn } = casesOf(data.branches);
    await run(t, rounds, 'Tìm kiếm', searches, 15);
    await run(t, rounds, 'Trang đầu 50 hội viên có lọc, đã sắp xếp', pages, 10);
    await run(t, rounds, 'Danh sách không lọc, trang đầu', lists);
    await run(t, rounds, 'Nhảy tới trang sau, số đếm của trang đầu dùng lại', scrolls);
    await run(t, rounds, 'Cuộn liên tục: trang kế tiếp, đọc tiếp sau dòng cuối trang trước', scrollsOn);
  } finally {
    await t.close();
  }
}

await main();
