import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import {
	baseline,
	createScan,
	keyOf,
	pollDeadline,
	sameState,
	scanFrom,
	shiftKey,
	timeKey,
	type CursorRow,
	type CursorState,
} from '../shared/triggers/cursor';
import { pollError } from '../shared/triggers/failure';
import { maxRecordsPerPollOption, newestFirst, positiveWhole, startDateKey, startFromOptions } from '../shared/triggers/options';
import { ITEMPATH_DEFAULT_PAGE_SIZE, itemPathForEachPage } from './pagination';
import { conditionsQuery, filterConditionsProperty, type FilterCondition } from './resources/filters';
import { ITEMPATH_RESOURCES } from './resources/table';

/** What the trigger can watch: a list and the time field that tells what is new. */
const EVENTS: Record<string, { name: string; resource: string; field: string; description: string }> = {
	transactionCreated: {
		name: 'Transaction Created',
		resource: 'transaction',
		field: 'creationDate',
		description: 'A pick, put, count or other movement was confirmed (the History/Transactions list)',
	},
	orderCreated: { name: 'Order Created', resource: 'order', field: 'creationDate', description: 'An order was created' },
	orderUpdated: {
		name: 'Order Created or Updated',
		resource: 'order',
		field: 'modifiedDate',
		description: 'An order was created or changed (status, priority, …)',
	},
	materialUpdated: {
		name: 'Material Created or Updated',
		resource: 'material',
		field: 'modifiedDate',
		description: 'A material was created or changed',
	},
};

/** ItemPath's documented history types (`type` of a transaction). */
const HISTORY_TYPES: Array<[number, string]> = [
	[1, 'Manual Put'],
	[2, 'Manual Pick'],
	[3, 'Order Put'],
	[4, 'Order Pick'],
	[5, 'Transfer'],
	[9, 'Manual Correction'],
	[11, 'Cancel Request'],
	[12, 'Purge'],
	[13, 'Production'],
];

const DAY_MS = 86_400_000;
const STATE_VERSION = 1;
const SAMPLE_SIZE = 5;

const filterProperties: INodeProperties[] = Object.entries(EVENTS).map(([event, spec]) => ({
	...filterConditionsProperty(ITEMPATH_RESOURCES[spec.resource], { show: { event: [event] } }),
	description: `Conditions every ${ITEMPATH_RESOURCES[spec.resource].name.toLowerCase()} must meet to start the workflow`,
}));

interface Options {
	startFrom?: 'now' | 'today' | 'date';
	startDate?: string;
	maxRecordsPerPoll?: number;
	pageSize?: number;
	lookBackSeconds?: number;
}

export class ItemPathTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ItemPath Trigger',
		name: 'itemPathTrigger',
		documentationUrl: 'https://github.com/n8n-nodes-wms-planning/n8n-nodes-wms-planning#itempath-trigger',
		icon: { light: 'file:itempath.svg', dark: 'file:itempath.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when ItemPath has new transactions, orders or material changes (polling)',
		defaults: { name: 'ItemPath Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'itemPathApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: Object.entries(EVENTS).map(([value, e]) => ({ name: e.name, value, description: e.description })),
				default: 'transactionCreated',
			},
			{
				displayName: 'History Types',
				name: 'historyTypes',
				type: 'multiOptions',
				options: HISTORY_TYPES.map(([value, name]) => ({ name, value })),
				default: [],
				displayOptions: { show: { event: ['transactionCreated'] } },
				description: 'Only transactions of these types (empty: all types)',
			},
			{
				displayName: 'Exclude Deletions',
				name: 'excludeDeletions',
				type: 'boolean',
				default: false,
				displayOptions: { show: { event: ['transactionCreated'] } },
				description: 'Whether to leave out transactions with motive type 5 (deletion)',
			},
			...filterProperties,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Look-Back (Seconds)',
						name: 'lookBackSeconds',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 120,
						description:
							'How far before the newest record seen each poll looks again, to catch records saved late with an earlier time. Records already emitted are never emitted again.',
					},
					maxRecordsPerPollOption(1000, 'The most records one poll emits; the rest follow at the next polls, oldest first'),
					{
						displayName: 'Page Size',
						name: 'pageSize',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: ITEMPATH_DEFAULT_PAGE_SIZE,
						description: "How many records to ask ItemPath for per request. 1000 keeps single requests light enough for ItemPath's database.",
					},
					...startFromOptions('ItemPath', 'records', [
						{ name: 'Start of Today', value: 'today', description: "Also today's records (UTC), at the first poll" },
					]),
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const node = this.getNode();
		try {
			const event = this.getNodeParameter('event', 'transactionCreated') as string;
			const spec = EVENTS[event];
			if (!spec) throw new NodeOperationError(node, `The "Event" parameter has an unknown value "${event}"`);
			const resource = ITEMPATH_RESOURCES[spec.resource];
			const options = this.getNodeParameter('options', {}) as Options;
			const maxRecords = positiveWhole(node, options.maxRecordsPerPoll ?? 1000, 'Max Records per Poll');
			const pageSize = positiveWhole(node, options.pageSize ?? ITEMPATH_DEFAULT_PAGE_SIZE, 'Page Size');
			const lookBack = Math.max(0, Number(options.lookBackSeconds ?? 120) || 0);

			const qs = conditionsQuery(node, this.getNodeParameter('filters.conditions', []) as FilterCondition[], undefined, resource);
			if (event === 'transactionCreated') {
				const types = (this.getNodeParameter('historyTypes', []) as number[]).map(Number);
				if (types.length) addCondition(qs, 'type', types.length === 1 ? String(types[0]) : `[or]${types.join(';')}`);
				if (this.getNodeParameter('excludeDeletions', false)) addCondition(qs, 'motiveType', '[not]5');
			}

			const deadline = pollDeadline(this);
			/** Reads the list from `from` on (all pages, or until the scan says stop). */
			const scan = async (from: string, offer: (rows: Array<{ row: CursorRow; data: IDataObject }>) => boolean) => {
				let lastPage = false;
				const query = { ...qs };
				// ItemPath's [gt] is strict; one second earlier, then the exact start is applied here.
				addCondition(query, spec.field, `[gt]${shiftKey(from, 1)}`);
				await itemPathForEachPage.call(this, { method: 'GET', path: `/${resource.path}`, qs: query, itemIndex: 0 }, pageSize, resource.path, (page) => {
					lastPage = page.length < pageSize;
					const rows = page.flatMap((data) => {
						const at = timeKey(data[spec.field]);
						const id = data.id;
						return at === undefined || id === undefined || id === null ? [] : [{ row: { id: String(id), at }, data }];
					});
					return offer(rows.filter((r) => r.row.at >= from)) || lastPage;
				});
				return lastPage;
			};

			if (this.getMode() === 'manual') {
				// Fetch Test Event: the most recent records of the last 7 days; the cursor is not touched.
				const found: Array<{ row: CursorRow; data: IDataObject }> = [];
				await scan(keyOf(Date.now() - 7 * DAY_MS), (rows) => {
					found.push(...rows);
					return found.length < 10 * maxRecords && Date.now() < deadline;
				});
				if (!found.length) {
					throw new NodeOperationError(node, `No ${resource.plural} matching the filters in the last 7 days`, {
						description: `The test fetch shows the ${SAMPLE_SIZE} most recent ${resource.plural} of the last 7 days. Create one in ItemPath, or loosen the filters, then fetch again.`,
					});
				}
				return [newestFirst(found, SAMPLE_SIZE).map((json) => ({ json }))];
			}

			const staticData = this.getWorkflowStaticData('node');
			const stored =
				staticData.v === STATE_VERSION && staticData.event === event && staticData.field === spec.field && typeof staticData.cursor === 'string'
					? (staticData as unknown as CursorState)
					: undefined;
			let state: CursorState;
			if (!stored) {
				const startFrom = options.startFrom ?? 'now';
				if (startFrom === 'now') {
					// Baseline: what exists now is not emitted. The newest record of the last 48 hours
					// (n8n's clock) sets the cursor; with none, a day back, so a vendor clock in another
					// zone cannot make the first new records look old.
					const existing: CursorRow[] = [];
					await scan(keyOf(Date.now() - 2 * DAY_MS), (rows) => {
						existing.push(...rows.map((r) => r.row));
						return Date.now() < deadline;
					});
					save(staticData, event, spec.field, baseline(keyOf(Date.now() - DAY_MS), existing, lookBack));
					return null;
				}
				const start = startFrom === 'today' ? keyOf(Math.floor(Date.now() / DAY_MS) * DAY_MS) : startDateKey(node, options.startDate);
				// The first scan starts exactly at the start (the look-back is counted from the cursor).
				state = { cursor: shiftKey(start, -lookBack), seen: {} };
			} else {
				state = { cursor: stored.cursor, seen: { ...(stored.seen ?? {}) }, held: stored.held === true };
			}

			const cut = createScan<IDataObject>(state, { lookBackSeconds: lookBack, maxRecords, deadline });
			const lastPage = await scan(scanFrom(state, lookBack) as string, (rows) => cut.offer(rows));
			const result = cut.finish(lastPage);
			if (result.forced) {
				this.logger.warn(`ItemPath Trigger "${node.name}": more than 10000 records in one held window; moving the cursor on`);
			}
			if (!sameState(stored, result.state)) save(staticData, event, spec.field, result.state);
			if (!result.emit.length) return null;
			return [result.emit.map((json) => ({ json }))];
		} catch (error) {
			throw pollError(node, error);
		}
	}
}

/** Adds one condition on a field (ItemPath requires all repeated conditions). */
function addCondition(qs: IDataObject, field: string, value: string) {
	const current = qs[field];
	qs[field] = current === undefined ? value : [...(Array.isArray(current) ? current : [current]), value] as string[];
}

function save(staticData: IDataObject, event: string, field: string, state: CursorState) {
	staticData.v = STATE_VERSION;
	staticData.event = event;
	staticData.field = field;
	staticData.cursor = state.cursor;
	staticData.seen = state.seen;
	if (state.held) staticData.held = true;
	else delete staticData.held;
}
