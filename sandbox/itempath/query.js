'use strict';
// ItemPath list queries: any field as a query parameter, the operator in the value
// (`[not]x`, `[or]a;b`, `[nor]a;b`, `[gt]x`, `[lt]x`, `[like]x`, `[notlike]x`, plain = equal),
// `?limit=N&page=P` paging (page from 0) and `countOnly=true`.
const { DIRECTIONS, DAY } = require('./data');

const RESERVED = new Set(['limit', 'page', 'countOnly']);
const OPERATORS = new Set(['not', 'or', 'nor', 'gt', 'lt', 'like', 'notlike']);
const DATE_FIELD = /Date$|^deadline$|^latestConnection$|^lastCheck$/;
const WORD_TO_DIRECTION = Object.fromEntries(Object.entries(DIRECTIONS).map(([n, w]) => [w, Number(n)]));

const invalid = (field, message) => ({ status: 400, body: { errors: [{ [field]: { message } }] } });

// A date argument: `today`, `yesterday`, a date (compared by whole day) or a datetime.
function parseDateArg(arg, now) {
	const word = arg.trim().toLowerCase();
	if (word === 'today' || word === 'yesterday') {
		const midnight = Math.floor(now / DAY) * DAY;
		return { start: word === 'today' ? midnight : midnight - DAY, wholeDay: true };
	}
	if (/^\d{4}-\d{2}-\d{2}$/.test(word)) return { start: Date.parse(`${word}T00:00:00Z`), wholeDay: true };
	const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(word) ? arg : `${arg}Z`);
	return Number.isNaN(t) ? null : { start: t, wholeDay: false };
}

// -1 / 0 / 1 comparing a record's value with a filter argument, or null when they cannot be
// compared (SQL NULL semantics: a null field matches no condition, not even [not]).
function compare(field, value, arg, now) {
	if (value === null || value === undefined) return null;
	if (DATE_FIELD.test(field)) {
		const d = parseDateArg(arg, now);
		const t = Date.parse(`${value}Z`);
		if (!d || Number.isNaN(t)) return null;
		if (d.wholeDay) return t < d.start ? -1 : t >= d.start + DAY ? 1 : 0;
		return Math.sign(t - d.start);
	}
	// Flags: true/false, or 1/0 (the docs type them either way).
	if (typeof value === 'boolean') {
		const word = arg.trim().toLowerCase();
		const flag = word === 'true' || word === '1' ? true : word === 'false' || word === '0' ? false : null;
		return flag === null ? null : flag === value ? 0 : value ? 1 : -1;
	}
	if (typeof value === 'number') {
		// Flags some pages type as 0/1 integers (materials' isBlocked) also match true/false.
		if (/^(true|false)$/i.test(arg.trim())) arg = arg.trim().toLowerCase() === 'true' ? '1' : '0';
		if (field === 'directionType' && WORD_TO_DIRECTION[arg.trim().toLowerCase()]) arg = String(WORD_TO_DIRECTION[arg.trim().toLowerCase()]);
		const n = Number(arg);
		return arg.trim() === '' || Number.isNaN(n) ? null : Math.sign(value - n);
	}
	// SQL Server's default collation is case-insensitive, so strings compare case-insensitively.
	const a = String(value).toLowerCase();
	const b = arg.toLowerCase();
	return a < b ? -1 : a > b ? 1 : 0;
}

// SQL LIKE: % any run, _ one character; case-insensitive.
function likeRegex(pattern) {
	const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
	return new RegExp(`^${body}$`, 'is');
}

function condition(field, raw, now) {
	const m = /^\[(\w+)\]([\s\S]*)$/.exec(raw);
	const op = m && OPERATORS.has(m[1].toLowerCase()) ? m[1].toLowerCase() : 'eq';
	const arg = op === 'eq' ? raw : m[2];
	const cmp = (value, a = arg) => compare(field, value, a, now);
	switch (op) {
		case 'eq': return (v) => cmp(v) === 0;
		case 'not': return (v) => { const c = cmp(v); return c !== null && c !== 0; };
		case 'gt': return (v) => cmp(v) === 1;
		case 'lt': return (v) => cmp(v) === -1;
		case 'or': return (v) => arg.split(';').some((a) => cmp(v, a) === 0);
		case 'nor': return (v) => v !== null && v !== undefined && arg.split(';').every((a) => { const c = cmp(v, a); return c !== null && c !== 0; });
		case 'like': { const re = likeRegex(arg); return (v) => v !== null && v !== undefined && re.test(String(v)); }
		case 'notlike': { const re = likeRegex(arg); return (v) => v !== null && v !== undefined && !re.test(String(v)); }
	}
}

const nonNegativeInt = (s) => (/^\d+$/.test(String(s)) ? Number(s) : NaN);

// Runs a list query over records (already in id order). Returns { status, body }.
function runQuery(records, query, { key, fields, now, serialize = (r) => r }) {
	const tests = [];
	for (const [field, value] of Object.entries(query)) {
		if (RESERVED.has(field)) continue;
		if (!fields.includes(field)) return invalid(field, 'Unknown field.');
		// A repeated parameter (?a=x&a=y) means both conditions.
		for (const raw of [].concat(value)) tests.push([field, condition(field, String(raw), now)]);
	}
	const matches = records.filter((r) => tests.every(([field, test]) => test(r[field])));
	if (String(query.countOnly).toLowerCase() === 'true') return { status: 200, body: { count: matches.length } };
	let page = matches;
	if (query.limit !== undefined) {
		const limit = nonNegativeInt(query.limit);
		const pageNo = query.page === undefined ? 0 : nonNegativeInt(query.page);
		if (!(limit > 0)) return invalid('limit', 'Not a valid integer.');
		if (Number.isNaN(pageNo)) return invalid('page', 'Not a valid integer.');
		page = matches.slice(pageNo * limit, pageNo * limit + limit);
	}
	return { status: 200, body: { [key]: page.map(serialize) } };
}

module.exports = { runQuery, WORD_TO_DIRECTION };
