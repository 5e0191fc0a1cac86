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

/** Keys seen by this n8n process, per trigger scope: closes the gap until static data is stored. */
const inProcess = new Map<string, DedupeStore>();

/**
 * `rememberKey` in the trigger's static data (survives restarts) and in this process's memory
 * (covers a repeat that arrives before n8n has written the static data). A duplicate in either
 * is a duplicate. `scope` names the trigger (workflow id, node name, test or production).
 *
 * n8n saves static data by overwriting it with the copy a request loaded, so two deliveries close
 * together can each save without the other's key (last write wins). The keys this process
 * remembers are therefore merged into the stored ones: within one n8n process the stored window
 * holds every key it has seen (bounded by `max`).
 */
export function rememberDelivery(scope: string, store: DedupeStore, key: string, options: DedupeOptions): 'new' | 'duplicate' {
	let memory = inProcess.get(scope);
	if (!memory) {
		memory = {};
		inProcess.set(scope, memory);
		if (inProcess.size > 1000) inProcess.delete(inProcess.keys().next().value as string);
	}
	const inMemory = rememberKey(memory, key, options);
	const stored = rememberKey(store, key, options);
	const merged = new Map<string, number>();
	for (const [hash, at] of [...(store.seen ?? []), ...(memory.seen ?? [])]) {
		const known = merged.get(hash);
		merged.set(hash, known === undefined ? at : Math.min(known, at));
	}
	const max = Math.max(1, Math.floor(options.max));
	store.seen = [...merged.entries()].sort((a, b) => a[1] - b[1]).slice(-max);
	return inMemory === 'duplicate' || stored === 'duplicate' ? 'duplicate' : 'new';
}
