'use strict';
// Claret simulator: a Laravel + Sanctum app with path tenants, https://plan.claret.app/{tenant}/api/v1.
// Behaviour (documented vs. chosen) is written down in sandbox/docs/claret.md.
const crypto = require('crypto');
const { createVendorApp } = require('./lib/vendor-app');
const { createRandom } = require('./lib/random');

const USER = { id: 1, email: 'planner@example.com', password: 'correct-horse-battery' };
const TENANTS = ['demo', 'acme'];
const SALE_TYPES = { History: 1, Budget: 2, Forecast: 3 }; // name -> sale_type_id (used in success_message)
const SUPPLY_TYPES = ['Make Plan', 'Purchase Plan', 'Transfer Plan'];
const UOMS = [['9LE', '9L Equivalent'], ['CS', 'Case'], ['BTL', 'Bottle'], ['GAL', 'Gallon']];
const VARIETALS = [['Red', 'Cabernet Sauvignon'], ['Red', 'Pinot Noir'], ['Red', 'Merlot'], ['Red', 'Zinfandel'],
	['White', 'Chardonnay'], ['White', 'Sauvignon Blanc'], ['White', 'Riesling'], ['Sparkling', 'Brut']];
const BRANDS = ['Estate', 'Reserve', 'Coastal'];
// Items '101'..'124' (Claret item names are often numbers, as in the docs' example)
const ITEMS = VARIETALS.flatMap(([color, varietal], v) => BRANDS.map((brand, b) => ({
	name: String(101 + v * BRANDS.length + b), description: `${brand} ${varietal} 750ml`, levels: [color, varietal, brand] })));
const CUSTOMER_GROUPS = [['Palm Tree Distribution', 'Distributors', 'West'], ['Alamo Wholesalers', 'Distributors', 'South'],
	['Harbor Fine Wines', 'Distributors', 'East'], ['Prairie Beverage Co', 'Distributors', 'Central'],
	['Tasting Room', 'Direct', 'Winery'], ['Wine Club', 'Direct', 'Online'], ['Grand Hotel Group', 'On-Premise', 'National'],
	['City Grocers', 'Retail', 'National']].map(([name, ...levels]) => ({ name, levels }));
const bins = (prefix, n, location, area) => Array.from({ length: n }, (_, i) => ({
	name: `${prefix}-${String(i + 1).padStart(2, '0')}`, location, location_area: area }));
const BINS = [...bins('BR', 6, 'Main Winery', 'Barrel Room'), ...bins('TF', 4, 'Main Winery', 'Tank Farm'),
	...bins('CG', 10, 'Bottling Warehouse', 'Case Goods')];
const LOTS = [2021, 2022, 2023, 2024].flatMap((y) => ['A', 'B', 'C', 'D', 'E'].map((l) => `L${y}-${l}`));
const JOB_STEPS = ['Uploading file', 'Reading headers', 'Mapping fields', 'Staging records', 'Validating records',
	'Importing records', 'Writing output files', 'Finalizing'];
const DAY = 864e5;

// ---- small helpers ----------------------------------------------------------------------------
const ymd = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (date, n) => ymd(Date.parse(`${date}T00:00:00Z`) + n * DAY);
const isoMicro = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000000Z'); // Laravel JSON dates
const sqlTime = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' '); // supply plans use this
const isoSec = (ms) => (ms == null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
const sha256 = (s) => crypto.createHash('sha256').update(String(s)).digest('hex');
const ci = (list, v, key = (x) => x) => list.find((x) => String(key(x)).toLowerCase() === String(v).toLowerCase());
const truthy = (v) => v === true || v === 1 || v === '1';
const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && ymd(Date.parse(v)) === v;
const isNumeric = (v) => (typeof v === 'number' && Number.isFinite(v)) ||
	(typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v));
const page = (title, body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

// ---- Laravel-style validation (rules subset; stops at the first failing rule of a field) ------
const missing = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && !v.length);
function check(rule, v, a, rules) {
	if (typeof rule === 'function') return rule(v, a);
	const [name, arg] = rule.split(':');
	switch (name) {
		case 'required': return null;
		case 'string': return typeof v === 'string' ? null : `The ${a} field must be a string.`;
		case 'integer': return Number.isInteger(v) || (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) ? null : `The ${a} field must be an integer.`;
		case 'numeric': return isNumeric(v) ? null : `The ${a} field must be a number.`;
		case 'boolean': return [true, false, 0, 1, '0', '1'].includes(v) ? null : `The ${a} field must be true or false.`;
		case 'array': return typeof v === 'object' ? null : `The ${a} field must be an array.`;
		case 'list': return Array.isArray(v) ? null : `The ${a} field must be a list.`;
		case 'email': return /^[^@\s]+@[^@\s]+$/.test(v) ? null : `The ${a} field must be a valid email address.`;
		case 'date_format': return isDate(v) ? null : `The ${a} field must match the format ${arg}.`;
		case 'date': return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? null : `The ${a} field must be a valid date.`;
		case 'in': return arg.split(',').includes(v) ? null : `The selected ${a} is invalid.`;
		case 'gt': return Number(v) > Number(arg) ? null : `The ${a} field must be greater than ${arg}.`;
		case 'min': return Number(v) >= Number(arg) ? null : `The ${a} field must be at least ${arg}.`;
		case 'max': if (Array.isArray(v)) return v.length <= Number(arg) ? null : `The ${a} field must not have more than ${arg} items.`;
			return Number(v) <= Number(arg) ? null : `The ${a} field must not be greater than ${arg}.`;
		default: throw new Error(`unknown rule ${rule} (${rules})`);
	}
}
// spec: { 'field' or 'nested.field': [rules] }; error keys are prefix + field, like Laravel's `payload.3.quantity`
function validate(data, spec, prefix = '', errors = {}) {
	for (const [field, rules] of Object.entries(spec)) {
		const key = prefix + field;
		const a = key.replace(/_/g, ' ');
		const v = field.split('.').reduce((o, k) => (o == null || typeof o !== 'object' ? undefined : o[k]), data);
		let msg = null;
		if (missing(v)) msg = rules.includes('required') ? `The ${a} field is required.` : null;
		else for (const rule of rules) if ((msg = check(rule, v, a, rules))) break;
		if (msg) (errors[key] ||= []).push(msg);
	}
	return errors;
}
const exists = (list, key) => (v, a) => (typeof v === 'string' && ci(list, v, key) ? null : `The selected ${a} is invalid.`);

// Laravel's Request::expectsJson(): (ajax && !pjax && accepts any type) || wantsJson()
function expectsJson(req) {
	const types = (req.get('accept') || '').split(',').map((p, i) => {
		const [type, ...params] = p.split(';').map((s) => s.trim());
		const q = params.find((s) => s.startsWith('q='));
		return { type: type.toLowerCase(), q: q ? Number(q.slice(2)) : 1, i };
	}).filter((x) => x.type).sort((x, y) => y.q - x.q || x.i - y.i);
	const first = types[0]?.type;
	const ajax = req.get('x-requested-with') === 'XMLHttpRequest' && !req.get('x-pjax');
	return (ajax && (!first || first === '*/*' || first === '*')) || (!!first && /\/json|\+json/.test(first));
}
const origin = (req) => `${req.protocol}://${req.get('host')}`;
function redirect(res, url) {
	res.status(302).set('Location', url).type('html').send(page(`Redirecting to ${url}`, `Redirecting to <a href="${url}">${url}</a>.`));
}
function httpError(req, res, status, message, title) {
	if (expectsJson(req)) return res.status(status).json({ message });
	return res.status(status).type('html').send(page(title, `<h1>${status} | ${title}</h1>`));
}
// A failed validation: 422 JSON for API clients, otherwise Laravel redirects back (to the Referer or "/").
function invalid(req, res, errors) {
	const all = Object.values(errors).flat();
	const more = all.length - 1;
	const message = all[0] + (more > 0 ? ` (and ${more} more error${more > 1 ? 's' : ''})` : '');
	if (expectsJson(req)) return res.status(422).json({ message, errors });
	return redirect(res, req.get('referer') || `${origin(req)}/`);
}
const hasErrors = (e) => Object.keys(e).length > 0;

// ---- seeded data ---------------------------------------------------------------------------------
function seedTenant(name, index, seed) {
	const rng = createRandom(seed * 131 + index + 1);
	const big = index === 0; // demo is the large tenant
	const y2025 = Date.UTC(2025, 0, 1);
	const sales = [];
	for (let n = 0; n < (big ? 3000 : 700); n++) {
		const sell = y2025 + rng.int(0, 364) * DAY;
		const created = sell + rng.int(1, 20) * DAY + rng.int(0, 86399) * 1000;
		sales.push({ sell_date: ymd(sell), type: 'History', span: 'day', item: rng.pick(ITEMS), cg: rng.pick(CUSTOMER_GROUPS),
			quantity: rng.next() < 0.05 ? 0 : Math.round(rng.next() * 400000) / 1000, created,
			updated: rng.next() < 0.3 ? created + rng.int(1, 40) * DAY : created });
	}
	for (let m = 0; m < 12; m++) for (let c = 0; c < (big ? 40 : 10); c++) {
		const created = Date.UTC(2025, 5, 1) + rng.int(0, 29 * 86400) * 1000;
		sales.push({ sell_date: ymd(Date.UTC(2025, 6 + m, 1)), type: 'Forecast', span: 'month', item: ITEMS[c % ITEMS.length],
			cg: CUSTOMER_GROUPS[(c * 3) % CUSTOMER_GROUPS.length], quantity: Math.round(rng.next() * 900000) / 1000, created, updated: created });
	}
	// Interleave History and Forecast in id order, with gaps: ids are database ids, not positions.
	for (let i = sales.length - 1; i > 0; i--) { const j = rng.int(0, i); [sales[i], sales[j]] = [sales[j], sales[i]]; }
	let id = 9000 + rng.int(0, 500);
	for (const s of sales) s.id = id += rng.int(1, 4);

	const supplyPlans = [];
	id = 300 + rng.int(0, 100);
	for (let n = 0; n < (big ? 1500 : 300); n++) {
		const r = rng.next();
		const span = rng.pick(['month', 'month', 'month', 'week', 'year']);
		const created = Date.UTC(2024, 10, 1) + rng.int(0, 300 * 86400) * 1000;
		const date = span === 'year' ? Date.UTC(2025 + rng.int(0, 1), 0, 1) : span === 'week'
			? Date.UTC(2025, 0, 6) + rng.int(0, 100) * 7 * DAY : Date.UTC(2025, rng.int(0, 23), 1);
		const item = rng.pick(ITEMS);
		supplyPlans.push({ id: id += rng.int(1, 3), supply_plannable_type: 'Item', quantity: (rng.int(1, 600) * 10).toFixed(4),
			date: ymd(date), created_at: sqlTime(created), updated_at: sqlTime(created + rng.int(0, 60) * DAY),
			supply_type_name: r < 0.75 ? SUPPLY_TYPES[0] : r < 0.93 ? SUPPLY_TYPES[1] : SUPPLY_TYPES[2],
			uom_abbr: rng.pick(['9LE', 'CS']), supply_plan_status_name: rng.pick(['Planned', 'Planned', 'Firm', 'Released', 'Completed']),
			timing_interval_span: span, item_name: item.name, item_description: item.description });
	}
	const t = { name, users: [{ ...USER }], tokens: new Map(), nextTokenId: 1, sales, supplyPlans, jobs: new Map(),
		items: [...ITEMS], bins: [...BINS], lots: [...LOTS], inventory: new Map(), nextInventoryId: 1 };
	for (let n = 0; n < 40; n++) {
		const rec = { item_name: rng.pick(ITEMS).name, bin_name: rng.pick(BINS).name, lot_name: rng.pick(LOTS),
			date_filled: ymd(Date.UTC(2024, 0, 1) + rng.int(0, 600) * DAY), quantity: rng.int(5, 500), uom: rng.pick(['CS', '9LE']) };
		putInventory(t, t.inventory, rec, Date.UTC(2025, 0, 1) + n * 3600e3);
	}
	return t;
}
const invKey = (r) => [r.item_name, r.bin_name, r.lot_name, r.date_filled].join('|').toLowerCase();
function putInventory(t, map, rec, at) {
	const bin = ci(t.bins, rec.bin_name, (b) => b.name);
	const old = map.get(invKey(rec));
	const row = { id: old?.id ?? t.nextInventoryId++, item_name: ci(t.items, rec.item_name, (i) => i.name).name, bin_name: bin.name,
		lot_name: ci(t.lots, rec.lot_name), date_filled: rec.date_filled, quantity: Number(rec.quantity),
		uom: ci(UOMS, rec.uom, (u) => u[0])?.[0] ?? ci(UOMS, rec.uom, (u) => u[1])[0], location: bin.location,
		location_area: bin.location_area, created_at: old?.created_at ?? isoMicro(at), updated_at: isoMicro(at) };
	map.set(invKey(rec), row);
	return !old;
}

// ---- the simulator ------------------------------------------------------------------------------
function create({ seed = 42 } = {}) {
	// Laravel's own answers (see docs/claret.md, "Throttling"): ThrottleRequests' 429 and the
	// maintenance-mode 503, both with Retry-After.
	const { app, admin } = createVendorApp('claret', {
		presets: {
			throttle: {
				status: 429,
				body: { message: 'Too Many Attempts.' },
				headers: (retryAfter = 60) => ({
					'X-RateLimit-Limit': 60,
					'X-RateLimit-Remaining': 0,
					'X-RateLimit-Reset': Math.ceil(Date.now() / 1000) + Number(retryAfter),
				}),
			},
			unavailable: { status: 503, body: { message: 'Service Unavailable' } },
		},
	});
	app.set('query parser', 'extended'); // PHP-like query strings: items[]=a&items[]=b
	const tenants = new Map(TENANTS.map((name, i) => [name, seedTenant(name, i, seed)]));
	let publicUrl = 'https://plan.claret.app';
	let nextJobId = 5000 + createRandom(seed).int(0, 999);
	const timing = { queuedSeconds: 1, stepSeconds: 0.5 }; // CSV job: queued 1 s, then 8 steps of 0.5 s

	function authenticate(req, t) { // Sanctum: "<id>|<secret>", the database keeps sha256(secret)
		const header = req.get('authorization') || '';
		const pos = header.lastIndexOf('Bearer ');
		if (pos === -1) return null;
		const token = header.slice(pos + 7).split(',')[0];
		let rec;
		if (token.includes('|')) {
			const [id, secret] = [token.slice(0, token.indexOf('|')), token.slice(token.indexOf('|') + 1)];
			rec = t.tokens.get(Number(id));
			if (rec && !crypto.timingSafeEqual(Buffer.from(rec.hash), Buffer.from(sha256(secret)))) rec = null;
		} else rec = [...t.tokens.values()].find((r) => r.hash === sha256(token));
		if (!rec) return null;
		rec.lastUsedAt = admin.now();
		return t.users.find((u) => u.id === rec.userId);
	}

	function createToken(req, res, t) {
		const input = { ...req.query, ...(req.body || {}) }; // Laravel's $request->input() merges both
		const errors = validate(input, { email: ['required', 'string', 'email'], password: ['required', 'string'] });
		if (hasErrors(errors)) return invalid(req, res, errors);
		const user = ci(t.users, input.email, (u) => u.email);
		if (!user || user.password !== input.password) return res.status(401).json({ message: 'These credentials do not match our records.' });
		const id = t.nextTokenId++;
		const secret = Array.from({ length: 40 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[crypto.randomInt(62)]).join('');
		t.tokens.set(id, { id, hash: sha256(secret), userId: user.id, createdAt: admin.now() });
		admin.count('tokenCreations');
		res.json({ token: `${id}|${secret}` });
	}

	// Claret's cursor: current_index = last id already received (0 = start); next_index = last id of this page.
	const pageRules = (table) => ({
		current_index: ['integer', 'min:0', (v, a) => (Number(v) === 0 || table.some((r) => r.id === Number(v)) ? null : `The selected ${a} is invalid.`)],
		pagination_count: ['integer', 'min:1', 'max:1000'],
	});
	function paginate(rows, q) {
		const per = missing(q.pagination_count) ? 1000 : Number(q.pagination_count);
		const current = missing(q.current_index) ? 0 : Number(q.current_index);
		const prev = rows.findIndex((r) => r.id > current);
		const start = prev === -1 ? rows.length : prev;
		const slice = rows.slice(start, start + per);
		const to = start + slice.length;
		return { rows: slice, meta: { total: rows.length, from: slice.length ? start + 1 : null, to: slice.length ? to : null,
			per_page: per, previous_data_count: start, data_count_remaining: rows.length - to, current_index: current,
			next_index: to < rows.length ? slice[slice.length - 1].id : null, success_count: slice.length } };
	}

	function getSales(req, res, t) {
		const q = req.query;
		const errors = validate(q, { sale_type_name: ['required', 'string', exists(Object.keys(SALE_TYPES))],
			start_date: ['required', 'date_format:Y-m-d'], duration: ['required', 'integer', 'min:0'],
			include_flattened_hierarchy: ['boolean'], ...pageRules(t.sales) });
		if (hasErrors(errors)) return invalid(req, res, errors);
		const type = ci(Object.keys(SALE_TYPES), q.sale_type_name);
		const end = addDays(q.start_date, Number(q.duration)); // inclusive, as in the docs' example (600 days)
		const rows = t.sales.filter((s) => s.type === type && s.sell_date >= q.start_date && s.sell_date <= end);
		const { rows: slice, meta } = paginate(rows, q);
		const flat = truthy(q.include_flattened_hierarchy);
		const sales = slice.map((s) => ({ id: s.id, sell_date: s.sell_date, quantity: s.quantity, created_at: isoMicro(s.created),
			updated_at: isoMicro(s.updated), item_name: s.item.name, customer_group_name: s.cg.name, timing_interval_span: s.span,
			sale_type_name: s.type, uom_abbr: '9LE', ...(flat ? {
				item_hierarchy_level_1: s.item.levels[0], item_hierarchy_level_2: s.item.levels[1], item_hierarchy_level_3: s.item.levels[2],
				customer_group_hierarchy_level_1: s.cg.levels[0], customer_group_hierarchy_level_2: s.cg.levels[1] } : {}) }));
		admin.count('salesPages');
		res.json({ success_message: `Successfully retrieved ${rows.length} Sales records matching \`sale_type_id\`='${SALE_TYPES[type]}' and \`sell_date\`>='${q.start_date}' and \`sell_date\`<='${end}'`,
			sales, ...meta });
	}

	function postSales(req, res) { // documented as beta / under construction: validated, acknowledged, not stored
		const body = req.body || {};
		const errors = validate(body, { arguments: ['required', 'array'], content: ['required', 'list', 'max:1000'] });
		if (hasErrors(errors)) return invalid(req, res, errors);
		res.json({ success_message: `Successfully processed ${body.content.length} Sales records`, success_count: body.content.length });
	}

	function getSupplyPlans(req, res, t) {
		const q = req.query;
		const errors = validate(q, { supply_type_name: ['required', 'string', exists(SUPPLY_TYPES)], last_updated: ['date'],
			duration: ['integer', 'min:1'], ...pageRules(t.supplyPlans) });
		if (!missing(q.duration) && missing(q.last_updated)) (errors.last_updated ||= []).push('The last updated field is required when duration is present.');
		if (hasErrors(errors)) return invalid(req, res, errors);
		const type = ci(SUPPLY_TYPES, q.supply_type_name);
		const since = missing(q.last_updated) ? null : sqlTime(Date.parse(q.last_updated));
		const until = since && !missing(q.duration) ? sqlTime(Date.parse(q.last_updated) + Number(q.duration) * DAY) : null;
		const rows = t.supplyPlans.filter((p) => p.supply_type_name === type && (!since || p.updated_at >= since) && (!until || p.updated_at < until));
		const { rows: supply_plans, meta } = paginate(rows, q);
		admin.count('supplyPlanPages');
		res.json({ success_message: `Successfully retrieved ${rows.length} Supply Plan records matching \`supply_type_name\`='${type}'` +
			(since ? ` and \`updated_at\`>='${since}'` : '') + (until ? ` and \`updated_at\`<'${until}'` : ''), supply_plans, ...meta });
	}

	// One inventory record per payload entry; all six fields are required and names must exist (documented).
	const recordRules = (t) => ({ item_name: ['required', 'string', exists(t.items, (i) => i.name)],
		bin_name: ['required', 'string', exists(t.bins, (b) => b.name)], lot_name: ['required', 'string', exists(t.lots)],
		date_filled: ['required', 'date_format:Y-m-d'], quantity: ['required', 'numeric', 'gt:0'],
		uom: ['required', 'string', (v, a) => (ci(UOMS, v, (u) => u[0]) || ci(UOMS, v, (u) => u[1]) ? null : `The selected ${a} is invalid.`)] });
	// Applies records to a copy of the tenant's inventory; the caller decides whether to commit it.
	function applyRecords(t, records, args, prefix) {
		const staged = new Map(t.inventory);
		const failures = [];
		let created = 0, updated = 0;
		records.forEach((rec, i) => {
			const errors = rec && typeof rec === 'object' && !Array.isArray(rec) ? validate(rec, recordRules(t), `${prefix}.${i}.`)
				: { [`${prefix}.${i}`]: [`The ${prefix}.${i} field must be an array.`] };
			if (!hasErrors(errors)) {
				const found = staged.has(invKey(rec));
				if (found && !args.update) errors[`${prefix}.${i}`] = ['The inventory record already exists and record updates are not allowed.'];
				else if (!found && !args.create) errors[`${prefix}.${i}`] = ['The inventory record does not exist and record creation is not allowed.'];
				else if (putInventory(t, staged, rec, admin.now())) created++; else updated++;
			}
			if (hasErrors(errors)) failures.push({ index: i, errors });
		});
		return { staged, failures, created, updated };
	}

	function newJob(t, user, extra) {
		const job = { id: nextJobId++, tenant: t.name, userId: user?.id ?? USER.id, createdAt: admin.now(), fail: false,
			records: null, applied: false, errorCount: 0, file: 'inventory.csv', ...extra };
		t.jobs.set(job.id, job);
		return job;
	}
	const jobLink = (t, id) => `${publicUrl}/${t.name}/settings/application-maintenance/job-management/imports/logs/${id}`;

	async function importInventory(req, res, t, user) {
		if (req.is('multipart/form-data')) return importCsv(req, res, t, user);
		settle(t);
		const body = req.body || {};
		const errors = validate(body, { source: ['required', 'string', 'in:api'], arguments: ['required', 'array'],
			'arguments.allow_record_creation': ['required', 'boolean'], 'arguments.allow_record_update': ['required', 'boolean'],
			'arguments.should_continue_on_error': ['required', 'boolean'], payload: ['required', 'list', 'max:1000'] });
		if (hasErrors(errors)) { admin.count('inventoryImportsRejected'); return invalid(req, res, errors); }
		const a = body.arguments;
		const args = { create: truthy(a.allow_record_creation), update: truthy(a.allow_record_update), go: truthy(a.should_continue_on_error) };
		const result = applyRecords(t, body.payload, args, 'payload');
		if (result.failures.length && !args.go) { // all-or-nothing: nothing is stored
			admin.count('inventoryImportsRejected');
			return invalid(req, res, Object.assign({}, ...result.failures.map((f) => f.errors)));
		}
		t.inventory = result.staged;
		admin.count('inventoryImports');
		admin.count('inventoryRecordsReceived', body.payload.length);
		const job = newJob(t, user, { instant: true, applied: true, errorCount: result.failures.length, file: 'api-payload.json' });
		res.json({ message: 'Inventory import processed successfully.', success_count: result.created + result.updated,
			failed_count: result.failures.length, created_count: result.created, updated_count: result.updated,
			errors: result.failures, job_status_link: jobLink(t, job.id) });
	}

	async function importCsv(req, res, t, user) {
		const { fields, files } = parseMultipart(await readBody(req), req.get('content-type'));
		const file = files.file;
		const errors = {};
		if (!file || !file.size) errors.file = ['The file field is required.'];
		else if (!/\.(csv|txt)$/i.test(file.filename)) errors.file = ['The file field must be a file of type: csv, txt.'];
		let records = [];
		if (!errors.file) {
			const [header = [], ...lines] = parseCsv(file.content);
			let mapping = {};
			try { mapping = fields.mapping ? JSON.parse(fields.mapping) : {}; } catch { errors.mapping = ['The mapping field must be a valid JSON string.']; }
			const names = header.map((h) => mapping[h] || h.toLowerCase().replace(/\s+/g, '_'));
			records = lines.map((cells) => Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ''])));
			if (records.length > 1000) errors.file = ['The file must not contain more than 1000 records.'];
		}
		if (hasErrors(errors)) { admin.count('inventoryImportsRejected'); return invalid(req, res, errors); }
		const flag = (n) => (fields[n] === undefined ? true : truthy(fields[n]));
		const args = { create: flag('allow_record_creation'), update: flag('allow_record_update'), go: flag('should_continue_on_error') };
		const dryRun = applyRecords(t, records, args, 'rows');
		const job = newJob(t, user, { records, args, file: file.filename, fail: !args.go && dryRun.failures.length > 0 });
		admin.count('inventoryImports');
		admin.count('inventoryRecordsReceived', records.length);
		res.status(202).json({ message: 'Inventory import has been queued for processing.', job_log_id: job.id, job_status_link: jobLink(t, job.id) });
	}

	// A job's state is a function of the vendor clock; CSV rows are applied when the job completes.
	function jobView(t, job) {
		const total = JOB_STEPS.length;
		const elapsed = job.instant ? Infinity : (admin.now() - job.createdAt) / 1000;
		const startedAt = elapsed >= timing.queuedSeconds ? job.createdAt + (job.instant ? 0 : timing.queuedSeconds * 1000) : null;
		let done = startedAt == null ? 0 : Math.min(total, Math.floor((elapsed - timing.queuedSeconds) / timing.stepSeconds));
		let status = startedAt == null ? 'queued' : done >= total ? 'completed' : 'processing';
		let completedAt = status === 'completed' ? (job.instant ? job.createdAt : startedAt + total * timing.stepSeconds * 1000) : null;
		if (job.fail && done >= 4) { // fails while validating records (step 5)
			status = 'failed'; done = 4; completedAt = startedAt + 4 * timing.stepSeconds * 1000;
		}
		if (status === 'completed' && !job.applied) {
			job.applied = true;
			if (job.records) {
				const result = applyRecords(t, job.records, job.args, 'rows');
				t.inventory = result.staged;
				job.errorCount = result.failures.length;
			}
		}
		const base = `/${t.name}/download/${t.name}/user-uploads/inventory-import/${ymd(job.createdAt)}/${job.id}/${job.file.replace(/\.\w+$/, '')}`;
		const files = { input: startedAt != null ? [`${base}_untouched.csv`] : [], staging: done >= 4 ? [`${base}_staging.csv`] : [],
			output: status === 'completed' ? [`${base}_final.csv`] : [], errors: status === 'failed' || job.errorCount ? [`${base}_errors.csv`] : [] };
		return { job_log_id: job.id, status, type: 'inventory-import', description: 'Inventory Import',
			progress: { completed_steps: done, total_steps: total, current_step: status === 'processing' || status === 'failed' ? JOB_STEPS[done] : null },
			files, job_status_link: jobLink(t, job.id), timestamps: { started_at: isoSec(startedAt), completed_at: isoSec(completedAt) }, user_id: job.userId };
	}
	const settle = (t) => t.jobs.forEach((job) => jobView(t, job));

	function jobStatus(req, res, t, _user, match) {
		const job = /^\d+$/.test(match[1]) ? t.jobs.get(Number(match[1])) : null;
		if (!job) return httpError(req, res, 404, `No query results for model [App\\Models\\JobLog] ${match[1]}`, 'Not Found');
		res.json({ message: 'Job status retrieved successfully', content: jobView(t, job) });
	}

	function batchDelete(req, res, t) {
		settle(t);
		const input = { ...req.query, ...(req.body || {}) };
		const filterKeys = ['items', 'locations', 'location_areas', 'bins', 'lots'];
		let errors = {};
		let match;
		if (!missing(input.rows)) { // rows win when both are given
			errors = validate(input, { rows: ['list'] });
			if (!hasErrors(errors)) input.rows.forEach((row, i) => validate(row, { item: ['required', 'string'], location: ['string'],
				location_area: ['string'], bin: ['string'], lot: ['string'], date_filled: ['date_format:Y-m-d'] }, `rows.${i}.`, errors));
			const eq = (a, b) => b == null || b === '' || String(a).toLowerCase() === String(b).toLowerCase();
			match = (r) => input.rows.some((w) => eq(r.item_name, w.item) && eq(r.location, w.location) && eq(r.location_area, w.location_area) &&
				eq(r.bin_name, w.bin) && eq(r.lot_name, w.lot) && eq(r.date_filled, w.date_filled));
		} else if ([...filterKeys, 'date_filled_from', 'date_filled_to'].some((k) => !missing(input[k]))) {
			errors = validate(input, { ...Object.fromEntries(filterKeys.map((k) => [k, ['list']])),
				date_filled_from: ['date_format:Y-m-d'], date_filled_to: ['date_format:Y-m-d'] });
			if (!hasErrors(errors) && input.date_filled_from && input.date_filled_to && input.date_filled_to < input.date_filled_from)
				errors.date_filled_to = ['The date filled to field must be a date after or equal to date filled from.'];
			const inList = (v, list) => missing(list) || list.some((x) => String(x).toLowerCase() === String(v).toLowerCase());
			match = (r) => inList(r.item_name, input.items) && inList(r.location, input.locations) && inList(r.location_area, input.location_areas) &&
				inList(r.bin_name, input.bins) && inList(r.lot_name, input.lots) &&
				(!input.date_filled_from || r.date_filled >= input.date_filled_from) && (!input.date_filled_to || r.date_filled <= input.date_filled_to);
		} else errors.rows = ['The rows field is required when none of items / locations / location areas / bins / lots / date filled from / date filled to are present.'];
		if (hasErrors(errors)) return invalid(req, res, errors);
		let deleted = 0;
		for (const [key, rec] of t.inventory) if (match(rec)) { t.inventory.delete(key); deleted++; }
		admin.count('inventoryBatchDeletes');
		admin.count('inventoryRecordsDeleted', deleted);
		res.json({ message: `Successfully deleted ${deleted} inventory records.`, deleted_count: deleted, mode: input.rows?.length ? 'rows' : 'filters' });
	}

	const ROUTES = [
		['POST', /^tokens\/create$/, createToken, false], ['GET', /^sales$/, getSales, true], ['POST', /^sales$/, postSales, true],
		['GET', /^supply-plan\/get\/process$/, getSupplyPlans, true], ['POST', /^inventory\/import\/process$/, importInventory, true],
		['POST', /^inventory\/batch-delete$/, batchDelete, true], ['GET', /^imports\/status\/([^/]+)$/, jobStatus, true],
	].map(([method, re, fn, auth]) => ({ method, re, fn, auth }));

	async function handle(req, res) {
		const parts = req.path.split('/').filter(Boolean);
		const method = req.method === 'HEAD' ? 'GET' : req.method;
		if (!parts.length) return res.type('html').send(page('Claret', '<h1>Claret</h1>'));
		const t = tenants.get(parts[0]);
		if (!t) return httpError(req, res, 404, 'Not Found', 'Not Found'); // the tenant middleware aborts with 404
		if (parts.length === 2 && parts[1] === 'login' && method === 'GET') {
			return res.type('html').send(page('Claret - Log in', `<h1>Log in to Claret (${t.name})</h1><form method="post" action="/${t.name}/login">` +
				'<input type="email" name="email"><input type="password" name="password"><button type="submit">Log in</button></form>'));
		}
		const rest = parts.slice(3).join('/');
		const candidates = parts[1] === 'api' && parts[2] === 'v1' ? ROUTES.filter((r) => r.re.test(rest)) : [];
		if (!candidates.length) return httpError(req, res, 404, `The route ${parts.join('/')} could not be found.`, 'Not Found');
		const route = candidates.find((r) => r.method === method);
		if (!route) {
			const allowed = candidates.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method])).join(', ');
			return httpError(req, res, 405, `The ${req.method} method is not supported for route ${parts.join('/')}. Supported methods: ${allowed}.`, 'Method Not Allowed');
		}
		let user = null;
		if (route.auth && !(user = authenticate(req, t))) {
			// Sanctum's AuthenticationException: JSON 401 only when the request expects JSON
			admin.count('unauthenticated');
			if (expectsJson(req)) return res.status(401).json({ message: 'Unauthenticated.' });
			return redirect(res, `${origin(req)}/${t.name}/login`);
		}
		return route.fn(req, res, t, user, rest.match(route.re));
	}
	app.use(handle);
	// Malformed JSON: Laravel sees an empty body (and then answers with validation errors), not a 400.
	app.use((err, req, res, next) => {
		if (err && err.type === 'entity.parse.failed') { req.body = {}; return handle(req, res); }
		if (err && err.status && err.status < 500) return next(err);
		console.error('[claret sandbox]', err && err.stack); // a simulator bug, not vendor behaviour
		return httpError(req, res, 500, 'Server Error', 'Server Error');
	});

	// ---- test controls (POST/GET /__admin/<name>) ----
	const tenantOf = (name = 'demo') => {
		const t = tenants.get(name);
		if (!t) throw new Error(`unknown tenant ${name}`);
		return t;
	};
	admin.hooks['revoke-tokens'] = ({ tenant } = {}) => {
		let revoked = 0;
		for (const t of tenants.values()) if (!tenant || t.name === tenant) { revoked += t.tokens.size; t.tokens.clear(); }
		return { revoked };
	};
	admin.hooks['get:tokens'] = () => {
		const byTenant = Object.fromEntries([...tenants.values()].map((t) => [t.name, t.tokens.size]));
		return { active: Object.values(byTenant).reduce((a, b) => a + b, 0), byTenant };
	};
	admin.hooks['create-import-job'] = ({ tenant, status = 'queued', fail = false }) => {
		const t = tenantOf(tenant);
		const back = { queued: 0, processing: timing.queuedSeconds + 2 * timing.stepSeconds,
			completed: timing.queuedSeconds + (JOB_STEPS.length + 1) * timing.stepSeconds }[status === 'failed' ? 'completed' : status];
		if (back === undefined) throw new Error(`unknown status ${status}`);
		const job = newJob(t, null, { fail: Boolean(fail) || status === 'failed' });
		job.createdAt -= back * 1000;
		return { job_log_id: job.id, status: jobView(t, job).status };
	};
	admin.hooks['job-timing'] = (body) => Object.assign(timing, body.queuedSeconds != null ? { queuedSeconds: Number(body.queuedSeconds) } : {},
		body.stepSeconds != null ? { stepSeconds: Number(body.stepSeconds) } : {});
	admin.hooks['get:inventory'] = ({ tenant }) => {
		const t = tenantOf(tenant);
		settle(t);
		return { tenant: t.name, count: t.inventory.size, records: [...t.inventory.values()].sort((a, b) => a.id - b.id) };
	};
	admin.hooks['get:master-data'] = ({ tenant }) => {
		const t = tenantOf(tenant);
		return { items: t.items.map((i) => i.name), bins: t.bins, lots: t.lots, uoms: UOMS.map(([abbr, name]) => ({ abbr, name })),
			customer_groups: CUSTOMER_GROUPS.map((c) => c.name), sale_types: Object.keys(SALE_TYPES), supply_types: SUPPLY_TYPES };
	};
	// Rows created or changed as a planner would in Claret's UI (the API cannot write them):
	// body { tenant, insert: [{...fields}], touch: [ids] }. created_at/updated_at come from the vendor
	// clock, so rows written by one call share their updated_at (identical timestamps are possible).
	const nextId = (rows) => rows.reduce((max, r) => Math.max(max, r.id), 0) + 1;
	admin.hooks['supply-plans'] = ({ tenant, insert = [], touch = [] }) => {
		const t = tenantOf(tenant);
		const at = sqlTime(admin.now());
		const inserted = insert.map((fields) => {
			const type = fields.supply_type_name === undefined ? SUPPLY_TYPES[0] : ci(SUPPLY_TYPES, fields.supply_type_name);
			if (!type) throw new Error(`unknown supply type ${fields.supply_type_name}`);
			const item = ci(t.items, fields.item_name ?? t.items[0].name, (i) => i.name);
			if (!item) throw new Error(`unknown item ${fields.item_name}`);
			const row = { id: nextId(t.supplyPlans), supply_plannable_type: 'Item', quantity: Number(fields.quantity ?? 100).toFixed(4),
				date: fields.date ?? ymd(admin.now()), created_at: at, updated_at: at, supply_type_name: type, uom_abbr: fields.uom_abbr ?? '9LE',
				supply_plan_status_name: fields.supply_plan_status_name ?? 'Planned', timing_interval_span: fields.timing_interval_span ?? 'month',
				item_name: item.name, item_description: item.description };
			t.supplyPlans.push(row);
			return row;
		});
		const touched = touch.map((id) => {
			const row = t.supplyPlans.find((p) => p.id === Number(id));
			if (!row) throw new Error(`unknown supply plan ${id}`);
			row.updated_at = at;
			return row;
		});
		admin.count('supplyPlansWritten', inserted.length + touched.length);
		return { inserted, touched };
	};
	admin.hooks.sales = ({ tenant, insert = [], touch = [] }) => {
		const t = tenantOf(tenant);
		const at = admin.now();
		const view = (s) => ({ id: s.id, sell_date: s.sell_date, sale_type_name: s.type, created_at: isoMicro(s.created), updated_at: isoMicro(s.updated) });
		const inserted = insert.map((fields) => {
			const type = ci(Object.keys(SALE_TYPES), fields.sale_type_name ?? 'History');
			if (!type) throw new Error(`unknown sale type ${fields.sale_type_name}`);
			if (fields.sell_date !== undefined && !isDate(fields.sell_date)) throw new Error(`sell_date must be YYYY-MM-DD`);
			const row = { id: nextId(t.sales), sell_date: fields.sell_date ?? ymd(at), type, span: type === 'Forecast' ? 'month' : 'day',
				item: ci(t.items, fields.item_name ?? t.items[0].name, (i) => i.name) ?? t.items[0], cg: CUSTOMER_GROUPS[0],
				quantity: Number(fields.quantity ?? 1), created: at, updated: at };
			t.sales.push(row);
			return view(row);
		});
		const touched = touch.map((id) => {
			const row = t.sales.find((s) => s.id === Number(id));
			if (!row) throw new Error(`unknown sales row ${id}`);
			row.updated = at;
			return view(row);
		});
		admin.count('salesWritten', inserted.length + touched.length);
		return { inserted, touched };
	};
	admin.hooks['master-data'] = ({ tenant, items = [], bins: newBins = [], lots = [] }) => { // add names for a test
		const t = tenantOf(tenant);
		t.items.push(...items.map((name) => ({ name, description: name, levels: ['Other', 'Other', 'Other'] })));
		t.bins.push(...newBins.map((b) => (typeof b === 'string' ? { name: b, location: 'Main Winery', location_area: 'Barrel Room' } : b)));
		t.lots.push(...lots);
		return { items: t.items.length, bins: t.bins.length, lots: t.lots.length };
	};

	return { app, admin, tenants, setPublicUrl: (url) => { publicUrl = url; } };
}

// ---- request body helpers (multipart is parsed minimally: fields and files, no streaming) ---------
function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}
function parseMultipart(buffer, contentType = '') {
	const out = { fields: {}, files: {} };
	const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!m) return out;
	for (const part of buffer.toString('latin1').split(`--${m[1] || m[2]}`).slice(1)) {
		if (part.startsWith('--')) break;
		const sep = part.indexOf('\r\n\r\n');
		if (sep < 0) continue;
		const head = part.slice(0, sep);
		const raw = part.slice(sep + 4).replace(/\r\n$/, '');
		const name = /;\s*name="([^"]*)"/i.exec(head)?.[1];
		const filename = /;\s*filename="([^"]*)"/i.exec(head)?.[1];
		const value = Buffer.from(raw, 'latin1').toString('utf8');
		if (filename !== undefined) out.files[name] = { filename, content: value, size: raw.length };
		else if (name) out.fields[name] = value;
	}
	return out;
}
function parseCsv(text) {
	const rows = [];
	for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		if (!line.trim()) continue;
		const cells = [];
		let cur = '', quoted = false;
		for (let i = 0; i < line.length; i++) {
			const c = line[i];
			if (quoted) {
				if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
			} else if (c === '"') quoted = true;
			else if (c === ',') { cells.push(cur.trim()); cur = ''; } else cur += c;
		}
		cells.push(cur.trim());
		rows.push(cells);
	}
	return rows;
}

module.exports = { create, USER, TENANTS };
