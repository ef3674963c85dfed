import assert from 'node:assert/strict';
import {test} from 'node:test';
import {describeNetrcEntry, findNetrcEntry, netrcPath, parseNetrc, upsertNetrcEntry} from '../../source/go/netrc.js';

test('parseNetrc reads entries as go does: pairs per line, machine resets, macdef skipped to the blank line, default ends the file', () => {
	const text = [
		'machine a.example login alice password one',
		'machine b.example',
		'login bob',
		'password two',
		'macdef init',
		'machine hidden.example login x password y',
		'',
		'machine c.example login carol password three',
		// go stops at a `default` that ends a line's pairs (here alone on its line).
		'default',
		'login anyone password four',
		'machine after.example login d password five',
	].join('\n');
	assert.deepEqual(parseNetrc(text).map((entry) => entry.machine), ['a.example', 'b.example', 'c.example']);
	assert.equal(parseNetrc('machine only.example login x').length, 0, 'an entry without a password is not kept');
	assert.equal(parseNetrc('machine a.example login x password').length, 0, 'a key without a value on its line is dropped');
	// Like go: `default` read as a key of a pair does not end the file.
	assert.equal(parseNetrc('default login anyone password four\nmachine z.example login z password z').length, 1);
});

test('findNetrcEntry: the first entry wins; a port must be in the machine name for go 1.24+', () => {
	const entries = parseNetrc('machine h.example login first password p1\nmachine h.example login second password p2\nmachine 127.0.0.1 login l password p\n');
	assert.equal(findNetrcEntry(entries, 'h.example')?.entry.login, 'first');
	assert.deepEqual(findNetrcEntry(entries, '127.0.0.1:8443')?.portIgnored, true);
	assert.equal(findNetrcEntry(entries, 'other.example'), undefined);
	assert.equal(describeNetrcEntry(entries[0]!), 'machine h.example login first password ***');
});

test('netrcPath: $NETRC, else $HOME/.netrc', () => {
	assert.equal(netrcPath({NETRC: '/x/netrc', HOME: '/h'}), '/x/netrc');
	assert.equal(netrcPath({HOME: '/h'}), '/h/.netrc');
	assert.equal(netrcPath({}), undefined);
});

test('upsertNetrcEntry replaces every line of the machine, keeps the rest, inserts before default', () => {
	const before = 'machine a.example login alice password one\nmachine git.corp.example\n  login old\n  password stale\n# a comment\nmachine b.example login bob password two\n';
	const after = upsertNetrcEntry(before, {machine: 'git.corp.example', login: 'gopher', password: 'tok'});
	assert.equal(after, 'machine a.example login alice password one\nmachine git.corp.example login gopher password tok\n# a comment\nmachine b.example login bob password two\n');
	assert.equal(findNetrcEntry(parseNetrc(after), 'git.corp.example')?.entry.password, 'tok');
	assert.equal(upsertNetrcEntry('default login x password y\n', {machine: 'm.example', login: 'l', password: 'p'}), 'machine m.example login l password p\ndefault login x password y\n');
	assert.equal(upsertNetrcEntry('', {machine: 'm.example', login: 'l', password: 'p'}), 'machine m.example login l password p\n');
	assert.throws(() => upsertNetrcEntry('', {machine: 'm.example', login: 'l', password: 'has space'}), /white space/);
});
