import type { IDataObject, IPollFunctions } from 'n8n-workflow';

/**
 * Building blocks of the polling triggers: a time cursor with a boundary-id set, so that rows
 * sharing a timestamp (or committed late inside a look-back window) are emitted exactly once,
 * a held cursor for scans that stopped short, and the time budget of one poll.
 */

/** A row as the cursor sees it: its id and its change time as a sortable key (see timeKey). */
export interface CursorRow {
	id: string;
	at: string;
}

/**
 * The stored state of one watched list. `cursor` is the newest change time emitted (or the
 * baseline); `seen` holds the ids already emitted (or baselined) whose time is at or after the
 * cursor minus the look-back, with their time, so that a repeated window emits nothing twice.
 * `held` is set while a backlog is being worked through without moving the cursor.
 * An id is stored with the time of its emitted change: the same id with a later time is new.
 */
export interface CursorState extends IDataObject {
	cursor: string | null;
	seen: Record<string, string>;
	held?: boolean;
}

const FRACTION = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]00:?00)?$/;

/**
 * A vendor time stamp as a key whose text order is time order: `YYYY-MM-DDTHH:MM:SS.ffffff`.
 * Accepts ItemPath's `2022-03-17T19:15:16.067000`, Claret's `2023-04-03 19:16:34` and
 * Laravel's ISO `2025-01-31T10:00:00.000000Z`. Time stamps without a zone are taken as they
 * are (both vendors write them in one zone, so comparing them with each other is safe).
 * Returns undefined for anything else.
 */
export function timeKey(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const m = FRACTION.exec(value.trim());
	if (!m) return undefined;
	return `${m[1]}T${m[2]}.${(m[3] ?? '').slice(0, 6).padEnd(6, '0')}`;
}

/** The key `seconds` before (negative: after) a key, in the same form. */
export function shiftKey(key: string, seconds: number): string {
	const ms = Date.parse(`${key.slice(0, 23)}Z`) - seconds * 1000;
	return `${new Date(ms).toISOString().slice(0, 23)}${key.slice(23, 26)}`;
}

/** The key of a moment (n8n's clock), for baselines when the vendor has no rows yet. */
export function keyOf(ms: number): string {
	return `${new Date(ms).toISOString().slice(0, 23)}000`;
}

/**
 * A fresh state: the cursor at the newest of `rows` (the rows already there), or at `cursor` when
 * there are none or all are older. Every existing row the next scan can still see (inside the
 * look-back) is marked seen, so nothing that existed before the baseline is emitted.
 */
export function baseline(cursor: string, rows: CursorRow[], lookBackSeconds: number): CursorState {
	const at = rows.reduce((max, r) => (r.at > max ? r.at : max), cursor);
	const state: CursorState = { cursor: at, seen: {} };
	const from = scanFrom(state, lookBackSeconds) as string;
	for (const r of rows) if (r.at >= from) state.seen[r.id] = r.at;
	return state;
}

/** Where the next scan starts: the cursor minus the look-back (rows at or after it are candidates). */
export function scanFrom(state: CursorState, lookBackSeconds: number): string | null {
	if (state.cursor === null) return null;
	return lookBackSeconds > 0 ? shiftKey(state.cursor, lookBackSeconds) : state.cursor;
}

/**
 * Whether a row is new: at or after the scan start and not emitted before with this time (a row
 * whose change time moved on is a new change of that row).
 */
export function isNew(state: CursorState, row: CursorRow, lookBackSeconds: number): boolean {
	const from = scanFrom(state, lookBackSeconds);
	if (from !== null && row.at < from) return false;
	return !Object.prototype.hasOwnProperty.call(state.seen, row.id) || state.seen[row.id] !== row.at;
}

/** Oldest first; ties broken by id, so a cut after N rows is the same whatever the list order. */
export function byTimeThenId(a: CursorRow, b: CursorRow): number {
	if (a.at !== b.at) return a.at < b.at ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The state after emitting `emitted` (new rows, oldest first, a prefix of all new rows in that
 * order). After a complete scan the cursor moves to the newest emitted time and `seen` keeps
 * only what the next scan can still see. After a scan that stopped short (budget or page cap,
 * with rows possibly unread in an unordered list), the cursor is HELD and the emitted ids are
 * added to `seen`, so the next poll re-reads the same window and continues where this one
 * stopped. `maxSeen` bounds the held set: past it the cursor moves anyway (`forced`).
 */
export function advance(
	state: CursorState,
	emitted: CursorRow[],
	opts: { complete: boolean; lookBackSeconds: number; maxSeen?: number },
): { state: CursorState; forced: boolean } {
	const seen = { ...state.seen };
	for (const row of emitted) seen[row.id] = row.at;
	const newest = emitted.reduce((max, r) => (max === null || r.at > max ? r.at : max), state.cursor);
	const maxSeen = opts.maxSeen ?? 10000;
	const forced = !opts.complete && Object.keys(seen).length > maxSeen;
	if (!opts.complete && !forced) return { state: { cursor: state.cursor, seen, held: true }, forced };
	const next: CursorState = { cursor: newest, seen: {} };
	const from = scanFrom(next, opts.lookBackSeconds);
	for (const [id, at] of Object.entries(seen)) if (from === null || at >= from) next.seen[id] = at;
	return { state: next, forced };
}

/** Default time a poll may take when n8n does not say (older n8n): 5 minutes, as n8n's default. */
export const DEFAULT_POLL_BUDGET_MS = 5 * 60 * 1000;

/**
 * The moment (epoch ms) this poll should stop fetching: n8n's poll budget (`getPollBudgetMs`,
 * absent before n8n 2.40) minus a 20 % margin for emitting what was fetched.
 */
export function pollDeadline(ctx: IPollFunctions, now = Date.now()): number {
	const budget = typeof ctx.getPollBudgetMs === 'function' ? Number(ctx.getPollBudgetMs()) : NaN;
	const ms = Number.isFinite(budget) && budget > 0 ? budget : DEFAULT_POLL_BUDGET_MS;
	return now + Math.floor(ms * 0.8);
}

/** Whether two states differ (static data is only written when something really changed). */
export function sameState(a: CursorState | undefined, b: CursorState): boolean {
	if (!a) return false;
	if (a.cursor !== b.cursor || Boolean(a.held) !== Boolean(b.held)) return false;
	const ak = Object.keys(a.seen ?? {});
	const bk = Object.keys(b.seen);
	return ak.length === bk.length && bk.every((k) => a.seen[k] === b.seen[k]);
}

/**
 * One poll's scan of a list: offer each page's rows; it keeps the new ones and says when to
 * stop fetching (enough new rows for this poll, or the time budget is used up). `finish` sorts
 * what was found, cuts it at `maxRecords` and gives the next state.
 */
export function createScan<T>(
	state: CursorState,
	opts: { lookBackSeconds: number; maxRecords: number; deadline: number; maxSeen?: number },
) {
	const found = new Map<string, { row: CursorRow; data: T }>();
	let stoppedShort = false;
	return {
		/** Offers one page. Returns false when fetching should stop now. */
		offer(rows: Array<{ row: CursorRow; data: T }>): boolean {
			for (const entry of rows) {
				if (isNew(state, entry.row, opts.lookBackSeconds) && !found.has(entry.row.id)) found.set(entry.row.id, entry);
			}
			if (found.size >= opts.maxRecords || Date.now() >= opts.deadline) {
				stoppedShort = true;
				return false;
			}
			return true;
		},
		/** `lastPage`: the list ended (a short or empty last page) rather than fetching being stopped. */
		finish(lastPage: boolean) {
			const complete = lastPage || !stoppedShort;
			const sorted = [...found.values()].sort((a, b) => byTimeThenId(a.row, b.row));
			const emitted = sorted.slice(0, opts.maxRecords);
			const next = advance(
				state,
				emitted.map((e) => e.row),
				{ complete, lookBackSeconds: opts.lookBackSeconds, maxSeen: opts.maxSeen },
			);
			return { emit: emitted.map((e) => e.data), state: next.state, forced: next.forced, complete, pending: sorted.length - emitted.length };
		},
	};
}
