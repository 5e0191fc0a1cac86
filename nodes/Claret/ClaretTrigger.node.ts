import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { splitList } from '../shared/guards';
import {
	baseline,
	createScan,
	keyOf,
	pollDeadline,
	sameState,
	timeKey,
	type CursorRow,
	type CursorState,
} from '../shared/triggers/cursor';
import { pollError } from '../shared/triggers/failure';
import { maxRecordsPerPollOption, newestFirst, positiveWhole, startDateKey, startFromOptions } from '../shared/triggers/options';
import { CLARET_MAX_PAGE_SIZE, claretForEachPage } from './pagination';

const DAY_MS = 86_400_000;
const STATE_VERSION = 1;
const SAMPLE_SIZE = 5;

interface Options {
	startFrom?: 'now' | 'date';
	startDate?: string;
	maxRecordsPerPoll?: number;
	includeChangeType?: boolean;
}

/** One list the trigger watches: a supply type's plans, or a sale type's rows in a sell-date window. */
interface Watched {
	key: string;
	label: string;
	dataKey: string;
	path: string;
	/** The query for rows changed since `cursor` (day granularity at Claret). */
	query: (cursor: string | null) => IDataObject;
}

const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Claret filters by whole days: the day of the cursor, one day earlier for the server's time zone. */
const dayBefore = (key: string) => ymd(Date.parse(`${key.slice(0, 10)}T00:00:00Z`) - DAY_MS);

export class ClaretTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Claret Trigger',
		name: 'claretTrigger',
		icon: { light: 'file:claret.svg', dark: 'file:claret.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when supply plans or sales rows are created or changed in Claret (polling)',
		defaults: { name: 'Claret Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'claretApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Supply Plan Created or Updated', value: 'supplyPlanUpdated', description: 'A supply plan of the chosen types changed' },
					{ name: 'Sales Row Created or Updated', value: 'saleUpdated', description: 'A sales row in a sell-date window changed' },
				],
				default: 'supplyPlanUpdated',
			},
			{
				displayName: 'Supply Type Names',
				name: 'supplyTypes',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'Make Plan, Purchase Plan',
				displayOptions: { show: { event: ['supplyPlanUpdated'] } },
				description: 'The supply types to watch, as named in Claret, separated by commas',
			},
			{
				displayName: 'Sale Type Name',
				name: 'saleType',
				type: 'string',
				required: true,
				default: 'History',
				displayOptions: { show: { event: ['saleUpdated'] } },
				description: 'The sale type to watch, as named in Claret (for example History or Forecast)',
			},
			{
				displayName: 'Sell Date From (Days From Today)',
				name: 'sellDateFromDays',
				type: 'number',
				default: -30,
				displayOptions: { show: { event: ['saleUpdated'] } },
				description: 'First sell date of the window, relative to today (negative: in the past)',
			},
			{
				displayName: 'Sell Date To (Days From Today)',
				name: 'sellDateToDays',
				type: 'number',
				default: 365,
				displayOptions: { show: { event: ['saleUpdated'] } },
				description: 'Last sell date of the window, relative to today. Claret lists sales by sell date, so every poll reads the whole window.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Include Change Type',
						name: 'includeChangeType',
						type: 'boolean',
						default: true,
						description: 'Whether to add "change": "created" or "updated" to each row (created when created_at equals updated_at)',
					},
					maxRecordsPerPollOption(2000, 'The most rows one poll emits per watched list; the rest follow at the next polls, oldest first'),
					...startFromOptions('Claret', 'changes'),
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const node = this.getNode();
		try {
			const event = this.getNodeParameter('event', 'supplyPlanUpdated') as string;
			const options = this.getNodeParameter('options', {}) as Options;
			const maxRecords = positiveWhole(node, options.maxRecordsPerPoll ?? 2000, 'Max Records per Poll');
			const watched = watchedLists(this, event);
			const deadline = pollDeadline(this);
			const changeType = options.includeChangeType !== false;

			const scan = async (list: Watched, cursor: string | null, offer: (rows: Array<{ row: CursorRow; data: IDataObject }>) => boolean) => {
				let lastPage = false;
				await claretForEachPage.call(
					this,
					{ method: 'GET', path: list.path, qs: { ...list.query(cursor), pagination_count: CLARET_MAX_PAGE_SIZE }, itemIndex: 0 },
					(page) => {
						lastPage = page.next_index === null || page.next_index === undefined || page.next_index === '';
						const rows = (Array.isArray(page[list.dataKey]) ? (page[list.dataKey] as IDataObject[]) : []).flatMap((data) => {
							const at = timeKey(data.updated_at);
							return at === undefined || data.id === undefined || data.id === null ? [] : [{ row: { id: String(data.id), at }, data }];
						});
						return offer(rows) || lastPage;
					},
				);
				return lastPage;
			};
			const output = (data: IDataObject): INodeExecutionData => ({
				json: changeType ? { ...data, change: data.created_at === data.updated_at ? 'created' : 'updated' } : data,
			});

			if (this.getMode() === 'manual') {
				// Fetch Test Event: the most recently changed rows (last 30 days); the cursor is not touched.
				const found: Array<{ row: CursorRow; data: IDataObject }> = [];
				for (const list of watched) {
					await scan(list, keyOf(Date.now() - 30 * DAY_MS), (rows) => {
						found.push(...rows);
						return Date.now() < deadline;
					});
				}
				if (!found.length) {
					throw new NodeOperationError(node, `No ${watched.map((w) => w.label).join(', ')} changed in the last 30 days`, {
						description: `The test fetch shows the ${SAMPLE_SIZE} most recently changed rows. Change one in Claret, or check the names, then fetch again.`,
					});
				}
				return [newestFirst(found, SAMPLE_SIZE).map(output)];
			}

			const staticData = this.getWorkflowStaticData('node');
			const perKey: Record<string, CursorState> =
				staticData.v === STATE_VERSION && staticData.perKey && typeof staticData.perKey === 'object'
					? (staticData.perKey as Record<string, CursorState>)
					: {};
			const nextPerKey: Record<string, CursorState> = {};
			const emit: IDataObject[] = [];
			for (const list of watched) {
				const stored = perKey[list.key];
				if (!stored || typeof stored.cursor !== 'string') {
					if ((options.startFrom ?? 'now') === 'now') {
						// Baseline: rows changed since yesterday are what exists; the newest sets the cursor.
						const floor = keyOf(Math.floor(Date.now() / DAY_MS) * DAY_MS - DAY_MS);
						const existing: CursorRow[] = [];
						await scan(list, floor, (rows) => {
							existing.push(...rows.map((r) => r.row));
							return Date.now() < deadline;
						});
						nextPerKey[list.key] = baseline(floor, existing, 0);
						continue;
					}
					const start = startDateKey(node, options.startDate);
					// Rows at the start itself count as new: the cursor sits one second before it.
					const cursor = keyOf(Date.parse(`${start.slice(0, 23)}Z`) - 1000);
					nextPerKey[list.key] = await pollList(list, { cursor, seen: {} });
					continue;
				}
				nextPerKey[list.key] = await pollList(list, { cursor: stored.cursor, seen: { ...(stored.seen ?? {}) }, held: stored.held === true });
			}

			async function pollList(list: Watched, state: CursorState): Promise<CursorState> {
				const cut = createScan<IDataObject>(state, { lookBackSeconds: 0, maxRecords, deadline });
				const lastPage = await scan(list, state.cursor, (rows) => cut.offer(rows));
				const result = cut.finish(lastPage);
				emit.push(...result.emit);
				return result.state;
			}

			const changed =
				staticData.v !== STATE_VERSION ||
				Object.keys(perKey).length !== Object.keys(nextPerKey).length ||
				Object.entries(nextPerKey).some(([key, state]) => !sameState(perKey[key], state));
			if (changed) {
				staticData.v = STATE_VERSION;
				staticData.event = event;
				staticData.perKey = nextPerKey as unknown as IDataObject;
			}
			if (!emit.length) return null;
			return [emit.map(output)];
		} catch (error) {
			throw pollError(node, error);
		}
	}
}

function watchedLists(ctx: IPollFunctions, event: string): Watched[] {
	const node = ctx.getNode();
	if (event === 'supplyPlanUpdated') {
		const types = splitList(ctx.getNodeParameter('supplyTypes', ''));
		if (!types.length) throw new NodeOperationError(node, 'The "Supply Type Names" parameter is empty', { description: 'Enter at least one supply type, e.g. Make Plan.' });
		return types.map((type) => ({
			key: `supply:${type}`,
			label: `supply plans of type "${type}"`,
			dataKey: 'supply_plans',
			path: '/supply-plan/get/process',
			query: (cursor) => ({ supply_type_name: type, ...(cursor ? { last_updated: dayBefore(cursor) } : {}) }),
		}));
	}
	if (event === 'saleUpdated') {
		const type = String(ctx.getNodeParameter('saleType', '')).trim();
		if (!type) throw new NodeOperationError(node, 'The "Sale Type Name" parameter is empty');
		const from = Number(ctx.getNodeParameter('sellDateFromDays', -30));
		const to = Number(ctx.getNodeParameter('sellDateToDays', 365));
		if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
			throw new NodeOperationError(node, `The sell-date window is not valid (from ${from} to ${to} days)`, {
				description: '"Sell Date To" must be a whole number of days not before "Sell Date From".',
			});
		}
		return [
			{
				key: `sales:${type}`,
				label: `${type} sales rows with a sell date from ${from} to ${to} days from today`,
				dataKey: 'sales',
				path: '/sales',
				// Sales are listed by sell date only; the change time is filtered here.
				query: () => {
					const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
					return { sale_type_name: type, start_date: ymd(today + from * DAY_MS), duration: to - from };
				},
			},
		];
	}
	throw new NodeOperationError(node, `The "Event" parameter has an unknown value "${event}"`);
}
