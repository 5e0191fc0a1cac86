'use strict';
// Unit tests of the shared trigger building blocks (compiled code in dist/): tokens and
// constant-time comparison, header stripping, URL normalisation, bounded dedupe windows.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const fs = require('fs');

const dist = path.join(__dirname, '..', '..', 'dist', 'nodes', 'shared', 'triggers');
if (!fs.existsSync(dist)) throw new Error('build first: npm run build');
const { newToken, safeEqual, stripSecrets, digest } = require(path.join(dist, 'secret.js'));
const { normalizeUrl, isLoopbackOrPrivate } = require(path.join(dist, 'url.js'));
const { rememberKey, rememberDelivery } = require(path.join(dist, 'dedupe.js'));

test('newToken: 43 base64url characters, different every time', () => {
	const a = newToken();
	const b = newToken();
	assert.match(a, /^[A-Za-z0-9_-]{43}$/);
	assert.notEqual(a, b);
});

test('safeEqual: exact match only; empty or missing expected never matches', () => {
	assert.equal(safeEqual('s3cret-value', 's3cret-value'), true);
	assert.equal(safeEqual('s3cret-valuE', 's3cret-value'), false);
	assert.equal(safeEqual('s3cret', 's3cret-value'), false);
	assert.equal(safeEqual(undefined, 's3cret-value'), false);
	assert.equal(safeEqual(['s3cret-value'], 's3cret-value'), false);
	assert.equal(safeEqual('', ''), false);
	assert.equal(safeEqual('x', undefined), false);
});

test('stripSecrets drops the named headers (any case), authorization and cookies', () => {
	const out = stripSecrets({ 'X-N8N-Secret': 'a', authorization: 'b', Cookie: 'c', 'content-type': 'application/json' }, ['x-n8n-secret']);
	assert.deepEqual(out, { 'content-type': 'application/json' });
});

test('digest is stable hex of the requested length', () => {
	assert.equal(digest('abc', 16), digest('abc', 16));
	assert.match(digest('abc'), /^[0-9a-f]{32}$/);
});

test('normalizeUrl: scheme/host case, default port, trailing slash and query do not matter; path case does', () => {
	assert.equal(normalizeUrl('HTTPS://N8N.Example.com:443/webhook/ID/webhook/'), 'https://n8n.example.com/webhook/ID/webhook');
	assert.equal(normalizeUrl('https://n8n.example.com/webhook/ID/webhook?n8n_token=x'), 'https://n8n.example.com/webhook/ID/webhook');
	assert.notEqual(normalizeUrl('https://n8n.example.com/webhook/id/webhook'), normalizeUrl('https://n8n.example.com/webhook/ID/webhook'));
	assert.equal(normalizeUrl('not a url/'), 'not a url');
});

test('isLoopbackOrPrivate', () => {
	for (const h of ['localhost', '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.1.1', '[::1]', 'fd00::1', 'app.localhost'])
		assert.equal(isLoopbackOrPrivate(h), true, h);
	for (const h of ['n8n.example.com', '8.8.8.8', '172.32.0.1', '11.0.0.1', '192.169.0.1']) assert.equal(isLoopbackOrPrivate(h), false, h);
});

test('rememberKey: duplicates within the TTL, expiry, the window keeps the newest, no business data stored', () => {
	const store = {};
	const opts = (nowSec) => ({ max: 3, ttlSec: 100, nowSec });
	assert.equal(rememberKey(store, 'order-1', opts(1000)), 'new');
	assert.equal(rememberKey(store, 'order-1', opts(1050)), 'duplicate');
	assert.equal(rememberKey(store, 'order-1', opts(1100)), 'new', 'expired after the TTL, counted from the first delivery');
	for (const k of ['a', 'b', 'c']) rememberKey(store, k, opts(1101));
	assert.equal(store.seen.length, 3);
	assert.equal(rememberKey(store, 'a', opts(1102)), 'duplicate');
	assert.equal(rememberKey(store, 'order-1', opts(1102)), 'new', 'pushed out of the window by newer keys');
	assert.ok(!JSON.stringify(store).includes('order'), 'only digests are stored');
});

test('rememberDelivery: a duplicate in memory or in the store is a duplicate', () => {
	const opts = { max: 10, ttlSec: 100, nowSec: 5000 };
	const storeA = {};
	assert.equal(rememberDelivery('wf1:node', storeA, 'k1', opts), 'new');
	// static data lost (e.g. not yet written): the process still remembers
	assert.equal(rememberDelivery('wf1:node', {}, 'k1', opts), 'duplicate');
	// another process (fresh memory) with the stored keys
	assert.equal(rememberDelivery('wf1:other-scope', storeA, 'k1', opts), 'duplicate');
	assert.equal(rememberDelivery('wf2:node', {}, 'k1', opts), 'new', 'scopes are separate');
});

test('rememberDelivery: a store loaded before another delivery was saved still ends up with every key of the process', () => {
	const opts = { max: 10, ttlSec: 100, nowSec: 6000 };
	const staleA = {};
	const staleB = {}; // loaded before A's key was saved
	rememberDelivery('wf3:node', staleA, 'a', opts);
	rememberDelivery('wf3:node', staleB, 'b', opts);
	assert.equal(staleB.seen.length, 2, 'B saves A\'s key too');
	assert.equal(rememberKey(staleB, 'a', opts), 'duplicate');
});
