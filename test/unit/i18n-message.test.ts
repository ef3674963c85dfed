/*
Messages: state holds a key and parameters, and an edge says it in the words of the tree it is given. Nested
messages, a template's placeholders, lists and a whole report are said in either language from the same value.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {textTree} from '../../source/flowcharts/texts.js';
import {catalogTree, isMessage, renderDeep, renderList, renderText, say, type Message} from '../../source/i18n/index.js';

test('a message is its key path and parameters, and serialises as such', () => {
	const message = say.probes.ping.notInstalled(say.probes.ping.icmpUndecided);
	assert.equal(JSON.stringify(message), '{"i18n":["probes","ping","notInstalled"],"args":[{"i18n":["probes","ping","icmpUndecided"]}]}');
	assert.ok(isMessage(message));
	assert.ok(!isMessage('ping is not installed'));
});

test('a nested message is said in the language of the tree, parameters first', () => {
	const message = say.probes.ping.notInstalled(say.probes.ping.icmpUndecided);
	assert.equal(renderText(message, catalogTree('en')), 'ping is not installed: ICMP cannot be checked here; the port check decides.');
	const chinese = renderText(message, catalogTree('zh'));
	assert.match(chinese, /\p{Script=Han}/u);
	assert.doesNotMatch(chinese, /ICMP cannot be checked/);
});

test('a list parameter may hold messages; sentences are joined as the language joins them', () => {
	const message = say.common.sentences([say.probes.ping.icmpUndecided, 'go said so.', '']);
	assert.equal(renderText(message, catalogTree('en')), 'ICMP cannot be checked here; the port check decides. go said so.');
	assert.doesNotMatch(renderText(message, catalogTree('zh')), /decides\. go/);
});

test('a template fills its placeholders, a message among them, in the reader’s words', () => {
	const message: Message = {i18n: ['flowcharts', 'connectivity', 'title']};
	assert.match(renderText(message, textTree('en')), /\w/);
	const node: Message = {
		i18n: ['flowcharts', 'nope', 'nodes', 'n', 'summary'],
		fill: {host: 'example.com', why: say.probes.ping.icmpUndecided},
		otherwise: '{host}: {why} {missing}',
	};
	// A flowchart no tree has is said from its English template, its message parameter still in the reader's words;
	// an unknown placeholder stays as written.
	assert.equal(renderText(node, textTree('zh')), `example.com: ${renderText(say.probes.ping.icmpUndecided, catalogTree('zh'))} {missing}`);
	assert.equal(renderText(node, textTree('en')), 'example.com: ICMP cannot be checked here; the port check decides. {missing}');
});

test('a key no catalog has is said as its path, so a wrong key shows where it is', () => {
	assert.equal(renderText({i18n: ['probes', 'nothing', 'here']}, catalogTree('en')), 'probes.nothing.here');
});

test('renderDeep says every message inside a value and keeps the rest as it is', () => {
	const value = {
		summary: say.probes.ping.icmpUndecided,
		outcome: 'refused',
		durationMs: 12,
		evidence: [{summary: 'plain'}, {summary: say.common.yes}],
		absent: undefined,
	};
	assert.deepEqual(renderDeep(value, catalogTree('zh')), {
		summary: renderText(say.probes.ping.icmpUndecided, catalogTree('zh')),
		outcome: 'refused',
		durationMs: 12,
		evidence: [{summary: 'plain'}, {summary: '是'}],
		absent: undefined,
	});
});

test('a catalog list is said as its items', () => {
	assert.deepEqual(renderList(say.mirrors.header, catalogTree('en')), ['proxy', 'role', 'content', 'time']);
});
