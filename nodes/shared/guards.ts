import { parameterError } from './errors';
import type { IDataObject, INode } from 'n8n-workflow';

/**
 * Joins a user-supplied relative path onto a vendor API base and refuses anything that could
 * leave it: absolute URLs, protocol-relative `//host`, backslashes, `.`/`..` segments (also
 * percent-encoded), control characters. Checked before any request is sent, so a credential is
 * never sent to another host or outside the API base.
 */
export function resolveApiPath(
	node: INode,
	apiBase: string,
	path: string,
	itemIndex: number,
	parameterName = 'path',
): string {
	const fail = (why: string) =>
		parameterError(node, parameterName, why, itemIndex, {
			description: `Give a path relative to ${apiBase}, for example "/orders" or "orders/12".`,
		});
	const raw = String(path ?? '').trim();
	if (raw === '') throw fail('is empty');
	if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) {
		throw fail('must be a path on the API, not a full URL');
	}
	if (raw.includes('\\') || [...raw].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) {
		throw fail('contains characters that are not allowed in a path');
	}
	const [pathPart] = raw.split(/[?#]/);
	let decoded = pathPart;
	try {
		decoded = decodeURIComponent(pathPart);
	} catch {
		throw fail('is not a valid URL path (bad percent-encoding)');
	}
	if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) {
		throw fail('must not contain "." or ".." segments');
	}
	if (raw.includes('#')) throw fail('must not contain "#"');
	const base = apiBase.replace(/\/+$/, '');
	const url = `${base}/${raw.replace(/^\/+/, '')}`;
	const parsedBase = new URL(base);
	const parsed = new URL(url);
	if (parsed.origin !== parsedBase.origin || !`${parsed.pathname}/`.startsWith(`${parsedBase.pathname.replace(/\/+$/, '')}/`)) {
		throw fail(`must stay under ${base}`);
	}
	return url;
}

/** Parses a JSON parameter, naming the parameter and item when it is not valid JSON. */
export function parseJsonParameter(
	node: INode,
	value: unknown,
	parameterName: string,
	itemIndex: number,
): IDataObject | IDataObject[] {
	if (value === undefined || value === null || value === '') return {};
	if (typeof value === 'object') return value as IDataObject;
	try {
		const parsed: unknown = JSON.parse(String(value));
		if (parsed === null || typeof parsed !== 'object') {
			throw new Error('it must be a JSON object or array');
		}
		return parsed as IDataObject;
	} catch (error) {
		throw parameterError(node, parameterName, 'is not valid JSON', itemIndex, {
			detail: (error as Error).message,
			description: 'Enter a JSON object such as {"key": "value"} or an array.',
		});
	}
}

/** Text that starts like an HTML document (a login page or proxy error instead of JSON). */
export function isHtml(body: unknown): boolean {
	if (typeof body !== 'string') return false;
	return /^\s*(<!doctype html|<html|<head|<body)/i.test(body);
}

/** Splits "a, b ,c" into ["a","b","c"], dropping empty entries. */
export function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String).filter((v) => v !== '');
	return String(value ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/**
 * Appends the records not seen before (by `id`; records without an id are always kept), for
 * lists whose pages a server may repeat rows across.
 */
export function pushUnseen(records: IDataObject[], seen: Set<unknown>, page: IDataObject[]): void {
	for (const record of page) {
		const id = record?.id;
		if (id !== undefined && id !== null) {
			if (seen.has(id)) continue;
			seen.add(id);
		}
		records.push(record);
	}
}
