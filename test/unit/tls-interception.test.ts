import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
	interceptionInChain,
	interceptionProductOf,
	isPublicGoHost,
	isPublicName,
	nameValues,
} from '../../source/probes/tls-interception.js';

// Issuer names as interception products write them (from x509 errors users pasted, and the vendors' manuals).
const intercepting: Array<[string, string]> = [
	['CN=Zscaler Root CA, OU=Zscaler Inc., O=Zscaler Inc., L=San Jose, ST=California, C=US', 'Zscaler'],
	['CN = Zscaler Intermediate Root CA (zscalerthree.net), OU = Zscaler Inc., O = Zscaler Inc.', 'Zscaler'],
	[
		'C=US, ST=California, L=Sunnyvale, O=Fortinet, OU=Certificate Authority, CN=FortiGate CA, emailAddress=support@fortinet.com',
		'Fortinet FortiGate',
	],
	['CN=Fortinet_CA_SSL, O=Fortinet Ltd.', 'Fortinet FortiGate'],
	['CN=Palo Alto Networks Decryption Root, O=Example Corp', 'Palo Alto Networks'],
	['CN=ProxySG Root, O=Blue Coat Systems', 'Blue Coat / Symantec ProxySG'],
	['CN=Sophos SSL CA_C1234567, O=Sophos', 'Sophos'],
	['CN=Cisco Umbrella Primary SubCA, O=Cisco', 'Cisco Umbrella / OpenDNS'],
	['CN=caadmin.netskope.com, O=Netskope Inc', 'Netskope'],
	['CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab', 'Kaspersky'],
	['CN=ESET SSL Filter CA, O=ESET, spol. s r. o.', 'ESET'],
	['CN=Avast Web/Mail Shield Root, O=Avast Web/Mail Shield', 'Avast / AVG'],
	['CN=AVG Web/Mail Shield Root, O=AVG Technologies', 'Avast / AVG'],
	['CN=Check Point Inspection CA, O=Check Point', 'Check Point'],
	['CN=McAfee Web Gateway, O=McAfee', 'McAfee / Skyhigh Security'],
	['CN=Skyhigh Security SSE Root CA', 'McAfee / Skyhigh Security'],
	['CN=Forcepoint Cloud CA, O=Forcepoint LLC', 'Forcepoint / Websense'],
	['CN=Websense Endpoint Root CA', 'Forcepoint / Websense'],
	['CN=iboss Root CA, O=iboss', 'iboss'],
	['CN=Barracuda Web Security Gateway CA, O=Barracuda Networks', 'Barracuda'],
	['CN=WatchGuard HTTPS Proxy CA, O=WatchGuard_Technologies', 'WatchGuard'],
	['CN=Microsoft Defender for Cloud Apps Root', 'Microsoft Defender for Cloud Apps'],
	['CN=Gateway CA - Cloudflare Managed G1, O=Cloudflare, Inc.', 'Cloudflare Gateway (Zero Trust)'],
];

test('the CAs of interception products are named, whichever layout the name has', () => {
	for (const [name, product] of intercepting) {
		assert.equal(interceptionProductOf(name), product, name);
	}
});

test('public CAs are not interception CAs', () => {
	for (const name of [
		'CN=ISRG Root X1, O=Internet Security Research Group, C=US',
		"CN=R11, O=Let's Encrypt, C=US",
		'CN=DigiCert Global Root G2, OU=www.digicert.com, O=DigiCert Inc, C=US',
		'CN=GTS Root R1, O=Google Trust Services LLC, C=US',
		'CN=GlobalSign, O=GlobalSign, OU=GlobalSign Root CA - R3',
		'CN=Sectigo RSA Domain Validation Secure Server CA, O=Sectigo Limited',
		'CN=Amazon RSA 2048 M02, O=Amazon, C=US',
		'CN=Symantec Class 3 Secure Server CA - G4, O=Symantec Corporation',
		'CN=Microsoft Azure RSA TLS Issuing CA 04, O=Microsoft Corporation',
		'CN=Cloudflare Inc ECC CA-3, O=Cloudflare, Inc.',
		'CN=gomod-doctor lab CA',
		'CN=proxy.golang.org',
	]) {
		assert.equal(interceptionProductOf(name), undefined, name);
	}
});

test('a chain is named by the first certificate whose issuer or subject is an interception CA', () => {
	assert.equal(
		interceptionInChain([
			{subject: 'CN=proxy.golang.org', issuer: 'CN=Zscaler Intermediate Root CA, O=Zscaler Inc.'},
			{subject: 'CN=Zscaler Intermediate Root CA, O=Zscaler Inc.', issuer: 'CN=Zscaler Root CA, O=Zscaler Inc.'},
		]),
		'Zscaler',
	);
	assert.equal(interceptionInChain([{subject: 'CN=proxy.golang.org', issuer: 'CN=WE2, O=Google Trust Services'}]), undefined);
	assert.equal(interceptionInChain([]), undefined);
});

test('name values: O, OU and CN of both layouts (node:crypto\'s lines, openssl\'s " = ")', () => {
	assert.deepEqual(nameValues('CN=a\nO=b, c\nC=US'), ['a', 'b, c']);
	assert.deepEqual(nameValues('CN = a, O = b'), ['a', 'b']);
});

test('public names: not IPs, single labels or private top-level names', () => {
	for (const host of ['proxy.golang.org', 'goproxy.cn', 'goproxy.company.com']) {
		assert.equal(isPublicName(host), true, host);
	}

	for (const host of [
		'127.0.0.1',
		'::1',
		'localhost',
		'goproxy',
		'git.corp.example',
		'mirror.internal',
		'athens.lan',
		'nas.home.arpa',
		'x.local',
		'proxy.corp',
	]) {
		assert.equal(isPublicName(host), false, host);
	}

	assert.equal(isPublicGoHost('proxy.golang.org'), true);
	assert.equal(isPublicGoHost('codeload.github.com'), true);
	assert.equal(isPublicGoHost('goproxy.company.com'), false);
	assert.equal(isPublicGoHost('notgithub.com'), false);
});
