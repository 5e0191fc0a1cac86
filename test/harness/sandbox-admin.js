'use strict';
// A client for a vendor simulator's test controls (`/__admin`, see sandbox/README.md).
function sandboxAdmin(getUrl) {
	const call = async (method, path, body) => {
		const res = await fetch(`${typeof getUrl === 'function' ? getUrl() : getUrl}/__admin/${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body ? JSON.stringify(body) : undefined,
		});
		return res.json();
	};
	return {
		call,
		counters: () => call('GET', 'counters'),
		requests: () => call('GET', 'requests'),
	};
}

module.exports = { sandboxAdmin };
