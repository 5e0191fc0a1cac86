/**
 * Runs `task(0)` … `task(count - 1)` with at most `concurrency` of them at once, starting them in
 * index order. A task that returns false stops the pool: nothing new starts, the ones in flight
 * finish. Resolves when every started task has finished; a task that throws stops the pool and
 * its error is rethrown at the end.
 */
export async function runPool(count: number, concurrency: number, task: (index: number) => Promise<boolean | void>): Promise<void> {
	let next = 0;
	let stopped = false;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (!stopped && next < count) {
			const index = next++;
			try {
				if ((await task(index)) === false) stopped = true;
			} catch (error) {
				stopped = true;
				failure ??= { error };
			}
		}
	};
	const width = Math.max(1, Math.min(Math.floor(concurrency) || 1, count));
	await Promise.all(Array.from({ length: width }, worker));
	if (failure) throw failure.error;
}
