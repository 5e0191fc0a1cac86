import { sleep } from 'n8n-workflow';
import type { IDataObject, IDisplayOptions, INode, INodeProperties, Logger } from 'n8n-workflow';
import { httpFailure, type HttpFailure } from './http';

/**
 * Throttling and transient faults, for every vendor transport and every kind of node context
 * (execute, poll, webhook): a request that meets 429 or 503 (or, for reads, a reset or timed-out
 * connection, 502 or 504) waits and is sent again, bounded by the node's Request Options.
 *
 * - The wait is the vendor's `Retry-After` (seconds or an HTTP date) when it sends one, otherwise
 *   capped exponential backoff with jitter.
 * - 429 and 503 pause every request of the node run (one throttled request backs the whole pool
 *   of requests in flight off), not only the one that met it.
 * - A write (anything that is not a read) is sent again only when the vendor said it did not
 *   process it (429, 503). A write that failed after it was sent (timeout, reset, other 5xx) is
 *   ambiguous: it is never re-sent and its error says it may have been written.
 * - The error that finally surfaces says how many times the request was tried and how long it
 *   waited.
 *
 * Only `getNode`, `logger` and (optionally) `getNodeParameter` of the context are used, so any
 * n8n function context works.
 */

export const RETRY_DEFAULTS = {
	maxRetries: 5,
	maxWaitSeconds: 120,
	timeoutSeconds: 0,
	concurrency: 1,
};
export const MAX_RETRIES = 20;
export const MAX_CONCURRENCY = 16;
/** Backoff without Retry-After: 1 s, 2 s, 4 s … capped at 30 s, each with jitter. */
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 30_000;

export interface RetrySettings {
	maxRetries: number;
	maxWaitMs: number;
	/** 0: n8n's default. */
	timeoutMs: number;
	concurrency: number;
}

/** The part of an n8n function context these helpers use; every context has it. */
export interface RequestContext {
	getNode(): INode;
	logger?: Logger;
}

/** State shared by every request of one node run (one context object). */
interface RunState {
	/** Until when every request of this run waits (a 429/503 backs the whole run off). */
	pausedUntil: number;
	settings?: RetrySettings;
	cache: Map<string, Promise<unknown>>;
}
const runs = new WeakMap<object, RunState>();

function runState(ctx: object): RunState {
	let state = runs.get(ctx);
	if (!state) {
		state = { pausedUntil: 0, cache: new Map() };
		runs.set(ctx, state);
	}
	return state;
}

/**
 * A value computed once per node run (e.g. the credential, read once instead of per page or
 * item). A failed computation is not kept, so the next caller tries again.
 */
export async function oncePerRun<T>(ctx: object, key: string, compute: () => Promise<T>): Promise<T> {
	const { cache } = runState(ctx);
	let pending = cache.get(key) as Promise<T> | undefined;
	if (!pending) {
		pending = compute();
		cache.set(key, pending);
		pending.catch(() => cache.delete(key));
	}
	return await pending;
}

/** Replaces a value kept by oncePerRun (e.g. after n8n renewed the stored tokens). */
export function replaceForRun<T>(ctx: object, key: string, value: T): void {
	runState(ctx).cache.set(key, Promise.resolve(value));
}

const clampInt = (value: unknown, min: number, max: number, fallback: number) => {
	const n = Number(value);
	if (value === undefined || value === null || value === '' || !Number.isFinite(n)) return fallback;
	return Math.min(max, Math.max(min, Math.floor(n)));
};

/** The node's Request Options (first item), read once per run; defaults for contexts without them. */
export function retrySettings(ctx: RequestContext): RetrySettings {
	const state = runState(ctx);
	if (state.settings) return state.settings;
	let raw: IDataObject = {};
	const getter = (ctx as { getNodeParameter?: (...args: unknown[]) => unknown }).getNodeParameter;
	if (typeof getter === 'function') {
		try {
			// (name, itemIndex, fallback) in execute contexts; (name, fallback) elsewhere: either way
			// the collection comes back when the node has it.
			const value = getter.call(ctx, 'requestOptions', 0, {});
			if (value && typeof value === 'object' && !Array.isArray(value)) raw = value as IDataObject;
		} catch {
			raw = {};
		}
	}
	state.settings = {
		maxRetries: clampInt(raw.maxRetries, 0, MAX_RETRIES, RETRY_DEFAULTS.maxRetries),
		maxWaitMs: clampInt(raw.maxWaitSeconds, 0, 3600, RETRY_DEFAULTS.maxWaitSeconds) * 1000,
		timeoutMs: clampInt(raw.timeoutSeconds, 0, 3600, RETRY_DEFAULTS.timeoutSeconds) * 1000,
		concurrency: clampInt(raw.concurrency, 1, MAX_CONCURRENCY, RETRY_DEFAULTS.concurrency),
	};
	return state.settings;
}

/** Milliseconds to wait from a Retry-After value: delta-seconds or an HTTP date. */
export function retryAfterMs(value: unknown, nowMs: number): number | undefined {
	const first = Array.isArray(value) ? value[0] : value;
	if (typeof first === 'number' && Number.isFinite(first)) return Math.max(0, Math.round(first * 1000));
	if (typeof first !== 'string') return undefined;
	const text = first.trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - nowMs);
}

/** Capped exponential backoff with jitter (between half and all of the step) for attempt 1, 2, … */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
	const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
	return Math.round(step / 2 + (random() * step) / 2);
}

/** Connection failures after which a read is sent again (a write may have been received). */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

export function isTimeoutOrReset(failure: HttpFailure): boolean {
	if (failure.status !== undefined) return false;
	return (
		(failure.code !== undefined && (TRANSIENT_CODES.has(failure.code) || failure.code.startsWith('UND_ERR_'))) ||
		/\btimeout\b|timed out|socket hang up/i.test(failure.message)
	);
}

/**
 * The message for a write that failed without an answer after it was sent, or undefined when the
 * error is not that (then the transport builds its usual message).
 */
export function noAnswerMessage(who: string, error: unknown): string | undefined {
	const failure = httpFailure(error);
	if (!retryReport(error)?.ambiguous || !isTimeoutOrReset(failure)) return undefined;
	const timedOut = /timeout|timed out/i.test(`${failure.code ?? ''} ${chainMessages(error)}`);
	return `${who} did not answer (${timedOut ? 'the connection timed out' : 'the connection was reset'}) after the request was sent`;
}

/** The messages (and codes) of an error and its causes, for recognising a timeout. */
function chainMessages(error: unknown): string {
	const parts: string[] = [];
	let current = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		parts.push(String(current.message ?? ''), String(current.code ?? ''));
		current = current.cause as typeof current;
	}
	return parts.join(' ');
}

export type Verdict =
	| { kind: 'retry'; waitMs?: number; pauseAll: boolean; reason: string }
	| { kind: 'ambiguous'; reason: string }
	| { kind: 'fail' };

/** What to do about a failed attempt. */
export function classify(failure: HttpFailure, write: boolean, nowMs: number): Verdict {
	const { status } = failure;
	if (status === 429 || status === 503) {
		return {
			kind: 'retry',
			waitMs: retryAfterMs(headerValue(failure.headers, 'retry-after'), nowMs),
			pauseAll: true,
			reason: `HTTP ${status}`,
		};
	}
	if (status !== undefined && status >= 500) {
		if (write) return { kind: 'ambiguous', reason: `HTTP ${status}` };
		if (status === 502 || status === 504) return { kind: 'retry', pauseAll: false, reason: `HTTP ${status}` };
		return { kind: 'fail' };
	}
	if (isTimeoutOrReset(failure)) {
		const reason = /timeout|timed out/i.test(`${failure.code} ${failure.message}`) ? 'no answer in time' : 'the connection was reset';
		return write ? { kind: 'ambiguous', reason } : { kind: 'retry', pauseAll: false, reason };
	}
	return { kind: 'fail' };
}

export function headerValue(headers: IDataObject | undefined, name: string): unknown {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
}

/** What the retry loop learned, attached to the error it finally lets through. */
export interface RetryReport {
	attempts: number;
	waitedMs: number;
	/** The write was sent and failed without saying whether it was processed. */
	ambiguous: boolean;
	reason?: string;
	/** Why it stopped retrying although the fault was transient. */
	gaveUp?: string;
}
const REPORT = Symbol('wmsRetryReport');

export function retryReport(error: unknown): RetryReport | undefined {
	return error && typeof error === 'object' ? (error as { [REPORT]?: RetryReport })[REPORT] : undefined;
}

function attach(error: unknown, report: RetryReport): unknown {
	if (error && typeof error === 'object') {
		(error as { [REPORT]?: RetryReport })[REPORT] = report;
		return error;
	}
	const wrapped = new Error(String(error));
	(wrapped as { [REPORT]?: RetryReport })[REPORT] = report;
	return wrapped;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Sends a request (`send` makes one attempt) and retries it as described above. Throws the last
 * attempt's error with a RetryReport attached (see retryReport / describeRetries).
 */
export async function sendWithRetries<T>(
	ctx: RequestContext,
	opts: { vendor: string; write: boolean; send: () => Promise<T> },
): Promise<T> {
	const settings = retrySettings(ctx);
	const state = runState(ctx);
	let attempts = 0;
	let waitedMs = 0;
	for (;;) {
		const pause = state.pausedUntil - Date.now();
		if (pause > 0) {
			await sleep(pause);
			waitedMs += pause;
		}
		attempts++;
		try {
			return await opts.send();
		} catch (error) {
			const failure = httpFailure(error);
			const verdict = classify(failure, opts.write, Date.now());
			if (verdict.kind === 'fail') throw attach(error, { attempts, waitedMs, ambiguous: false });
			if (verdict.kind === 'ambiguous') throw attach(error, { attempts, waitedMs, ambiguous: true, reason: verdict.reason });
			const waitMs = verdict.waitMs ?? backoffMs(attempts);
			let gaveUp: string | undefined;
			if (attempts > settings.maxRetries) gaveUp = `Max Retries (${settings.maxRetries}) was reached`;
			else if (waitedMs + waitMs > settings.maxWaitMs) {
				gaveUp = `waiting ${seconds(waitMs)} more would exceed the longest total wait of ${seconds(settings.maxWaitMs)}`;
			}
			if (gaveUp) throw attach(error, { attempts, waitedMs, ambiguous: false, reason: verdict.reason, gaveUp });
			if (verdict.pauseAll) state.pausedUntil = Math.max(state.pausedUntil, Date.now() + waitMs);
			ctx.logger?.info(`${opts.vendor} answered ${verdict.reason}; retrying in ${seconds(waitMs)} (attempt ${attempts + 1})`, {
				node: ctx.getNode().name,
			});
			// The run-wide pause (if set) covers this wait; the loop's pause check then finds it over.
			const own = verdict.pauseAll ? Math.max(0, state.pausedUntil - Date.now()) : waitMs;
			await sleep(own);
			waitedMs += own;
		}
	}
}

/**
 * The sentence to add to an error's description: how many times the request was tried and how
 * long it waited, or, for an ambiguous write, that it may have been written and what to check.
 */
export function describeRetries(vendor: string, error: unknown, checkHint?: string): { note?: string; ambiguous: boolean } {
	const report = retryReport(error);
	if (!report) return { ambiguous: false };
	if (report.ambiguous) {
		return {
			ambiguous: true,
			note: `The request reached ${vendor} but failed (${report.reason}) without saying whether it was processed: it may have been written. ${checkHint ?? `Check in ${vendor} whether the change was made`} before running this item again; it was not re-sent, so nothing is written twice.`,
		};
	}
	if (report.attempts <= 1) return { ambiguous: false };
	return {
		ambiguous: false,
		note: `Tried ${report.attempts} times and waited ${seconds(report.waitedMs)} in total${report.gaveUp ? `; stopped because ${report.gaveUp}` : ''}. Raise "Max Retries" or "Max Total Wait" in the node's Request Options to wait longer.`,
	};
}

/**
 * Adds the retry report of `raw` to the node error built from it: the description says how often
 * it was tried and how long it waited; an ambiguous write is marked `mayHaveBeenWritten` (also in
 * Continue On Fail output).
 */
export function withRetryNote<E extends { description?: string | null; context?: IDataObject; message: string }>(
	nodeError: E,
	raw: unknown,
	vendor: string,
	checkHint?: string,
): E {
	const { note, ambiguous } = describeRetries(vendor, raw, checkHint);
	if (!note) return nodeError;
	nodeError.description = [nodeError.description, note].filter(Boolean).join(' — ');
	if (ambiguous && nodeError.context) nodeError.context.mayHaveBeenWritten = true;
	return nodeError;
}

/** The retry fields of a Request Options collection (also added to API Request's Options). */
export function retryOptionFields(vendor: string): INodeProperties[] {
	return [
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: MAX_RETRIES },
			default: 5,
			description: `How many times a request is sent again after ${vendor} answered 429 (too many requests) or 503 (unavailable), or a read failed with a reset or timed-out connection. Writes are re-sent only after 429 or 503.`,
		},
		{
			displayName: 'Max Total Wait (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 3600 },
			default: 120,
			description: `The longest a request waits in total before retries (the Retry-After ${vendor} asks for, or a growing backoff)`,
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 3600 },
			default: 0,
			description:
				"How long to wait for an answer to one request; 0 uses n8n's default. A read that times out is retried; a write that times out is reported as possibly written and never re-sent.",
		},
	];
}

/**
 * The "Request Options" collection every operation shows (API Request has these fields in its own
 * "Options" collection, also named requestOptions): retries, longest total wait, timeout and,
 * where `concurrency` says, how many requests run at once.
 */
export function requestOptionsProperty(opts: { vendor: string; concurrency?: IDisplayOptions }): INodeProperties {
	const options = retryOptionFields(opts.vendor);
	if (opts.concurrency) {
		options.push({
			displayName: 'Requests in Flight',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
			displayOptions: opts.concurrency,
			default: 1,
			description: `How many items are sent to ${opts.vendor} at once (1 to ${MAX_CONCURRENCY}). Output order, pairing and Continue On Fail stay per item; a 429 pauses all of them. When an item fails without Continue On Fail, items already sent still finish.`,
		});
	}
	return {
		displayName: 'Request Options',
		name: 'requestOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { hide: { resource: ['apiRequest'] } },
		options,
	};
}
