import { digest } from './secret';

/** Where remembered keys live: a plain array in a trigger's static data. */
export interface DedupeStore {
	seen?: Array<[string, number]>;
	[key: string]: unknown;
}

export interface DedupeOptions {
	/** At most this many keys are kept; the oldest go first. */
	max: number;
	/** Keys older than this are forgotten. */
	ttlSec: number;
	/** Seconds since the epoch; defaults to now. */
	nowSec?: number;
}

/**
 * Records `key` in `store.seen` and says whether it was new. Stores only a 16-hex-digit digest of
 * the key with the time it was first seen, never business data. Expired entries are pruned first,
 * then the oldest beyond `max`. A duplicate does not refresh its entry's time (the window counts
 * from the first delivery).
 */
export function rememberKey(store: DedupeStore, key: string, options: DedupeOptions): 'new' | 'duplicate' {
	const now = options.nowSec ?? Math.floor(Date.now() / 1000);
	const hash = digest(key, 16);
	const max = Math.max(1, Math.floor(options.max));
	const seen = (Array.isArray(store.seen) ? store.seen : []).filter(
		(entry) => Array.isArray(entry) && typeof entry[0] === 'string' && now - Number(entry[1]) < options.ttlSec,
	);
	if (seen.some(([h]) => h === hash)) {
		store.seen = seen;
		return 'duplicate';
	}
	seen.push([hash, now]);
	store.seen = seen.length > max ? seen.slice(seen.length - max) : seen;
	return 'new';
}
