'use strict';
// Unit tests of the shared network-failure helpers (compiled code in dist/).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');

const { connectionErrorCode, connectionProblem, httpFailure, isNetworkFailure } = require(
	path.join(__dirname, '..', '..', 'dist', 'nodes', 'shared', 'http.js'),
);

test('the connection error code is found through wrapped errors', () => {
	const wrapped = { message: 'x', cause: { message: 'y', cause: { code: 'ECONNREFUSED' } } };
	assert.equal(connectionErrorCode(wrapped), 'ECONNREFUSED');
	assert.equal(httpFailure(wrapped).code, 'ECONNREFUSED');
	assert.equal(connectionErrorCode({ message: 'no code' }), undefined);
});

test('network failures are told in words, never as raw codes', () => {
	assert.equal(connectionProblem('ECONNREFUSED'), 'the connection was refused');
	assert.equal(connectionProblem('ENOTFOUND'), 'the host name was not found');
	assert.equal(connectionProblem('ESOMETHING'), 'error esomething');
	assert.equal(connectionProblem(undefined), 'no answer');
});

test('only a code-bearing failure without an HTTP answer is the network', () => {
	assert.ok(isNetworkFailure({ message: '', code: 'ETIMEDOUT' }));
	assert.ok(!isNetworkFailure({ message: '', code: 'ETIMEDOUT', status: 502 }));
	assert.ok(!isNetworkFailure({ message: 'Claret rejected the email or password' }));
	assert.ok(!isNetworkFailure({ message: '', code: 'CERT_HAS_EXPIRED' }));
});
