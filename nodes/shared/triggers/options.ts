import { NodeOperationError } from 'n8n-workflow';
import type { INode, INodeProperties } from 'n8n-workflow';
import { byTimeThenId, timeKey, type CursorRow } from './cursor';

/** The "Max Records per Poll" option of a polling trigger. */
export function maxRecordsPerPollOption(defaultValue: number, description: string): INodeProperties {
	return {
		displayName: 'Max Records per Poll',
		name: 'maxRecordsPerPoll',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: defaultValue,
		description,
	};
}

/**
 * "Start Date" and "Start From" (in this order: the options of a collection are sorted by name):
 * where the first poll after publishing starts. `what` names the records ("records", "changes").
 */
export function startFromOptions(vendor: string, what: string, extra: Array<{ name: string; value: string; description: string }> = []): INodeProperties[] {
	return [
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			displayOptions: { show: { startFrom: ['date'] } },
			description: `Used with Start From "Specific Date", in the time of ${vendor}'s records`,
		},
		{
			displayName: 'Start From',
			name: 'startFrom',
			type: 'options',
			options: [
				{ name: 'Now', value: 'now', description: `Only ${what} after the workflow is published` },
				...extra,
				{ name: 'Specific Date', value: 'date', description: `Also ${what} since a date, at the first poll` },
			],
			default: 'now',
			description: `Where the first poll after publishing starts. Later polls continue from the newest of the ${what} seen.`,
		},
	];
}

/** A positive whole-number option, checked before any request. */
export function positiveWhole(node: INode, value: unknown, name: string): number {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) {
		throw new NodeOperationError(node, `The "${name}" option must be a positive whole number, got "${String(value)}"`);
	}
	return n;
}

/**
 * The "Start Date" option as a time key. n8n's dateTime values may carry a zone; the vendors'
 * times have none, so the wall-clock part is used as typed.
 */
export function startDateKey(node: INode, value: unknown): string {
	const text = String(value ?? '').trim();
	const key = timeKey(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00` : text.replace(/([zZ]|[+-]\d\d:?\d\d)$/, ''));
	if (!key) {
		throw new NodeOperationError(node, `The "Start Date" option is not a date and time: "${text}"`, {
			description: 'Pick a date and time, or set Start From to "Now".',
		});
	}
	return key;
}

/** Fetch Test Event: the `size` most recent rows found, newest first. */
export function newestFirst<T>(found: Array<{ row: CursorRow; data: T }>, size: number): T[] {
	return [...found].sort((a, b) => byTimeThenId(b.row, a.row)).slice(0, size).map((f) => f.data);
}
