/**
 * A URL in a form two spellings of the same address compare equal in: scheme and host in lower
 * case, default ports dropped, no trailing slash on the path, query and fragment dropped.
 * (n8n-io/n8n#30574: a trailing-slash difference made a trigger delete a good webhook.)
 * Returns the trimmed input when it is not a URL.
 */
export function normalizeUrl(value: string | undefined): string {
	const raw = String(value ?? '').trim();
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return raw.replace(/\/+$/, '');
	}
	// The URL parser already lower-cases scheme and host and drops default ports; the path keeps its case.
	return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/** True for loopback, private (RFC 1918), link-local and unique-local hosts and `localhost`. */
export function isLoopbackOrPrivate(host: string): boolean {
	const h = host.replace(/^\[|\]$/g, '').toLowerCase();
	if (h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '0.0.0.0') return true;
	if (/^(fc|fd)[0-9a-f]{2}:/.test(h) || h.startsWith('fe80:')) return true;
	const m = h.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
	if (!m) return false;
	const [a, b] = [Number(m[1]), Number(m[2])];
	return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}
