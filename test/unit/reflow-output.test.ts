/*
Issue 13 item 7: after the window narrows, the terminal re-wraps the live area and Ink's erase (one row per
line) left its top rows ("What now?") on screen. reflowSafeOutput erases the added rows first.
*/
import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import {test} from 'node:test';
import {eraseReflowedRows, reflowSafeOutput, rowsAt} from '../../source/ui/reflow-output.js';

test('rowsAt: a line wider than the terminal takes more rows; a wide character that does not fit starts the next row', () => {
	assert.equal(rowsAt('What now?\n', 60), 1);
	assert.equal(rowsAt(`${'x'.repeat(60)}\n`, 60), 1);
	assert.equal(rowsAt(`${'x'.repeat(61)}\n${'y'.repeat(10)}\n`, 60), 3);
	assert.equal(rowsAt(`\u001B[1m${'x'.repeat(59)}\u001B[22m\n`, 60), 1, 'escape codes take no columns');
	assert.equal(rowsAt(`${'x'.repeat(9)}汉\n`, 10), 2, 'the 汉 does not fit in the last column');
});

test('eraseReflowedRows: one erase and cursor-up per row added by the re-wrap, nothing when nothing grew', () => {
	const footer = '↑/↓ move · Enter choose · 1–5 pick · e export · ? help · q/Ctrl-C quit';
	const frame = `What now? (1–5, or ↑/↓ and Enter)\n❯ 1. Use it\n${footer}\n`;
	assert.equal(eraseReflowedRows(frame, 80), '');
	assert.equal(eraseReflowedRows(frame, 60), '\u001B[2K\u001B[1A');
	assert.equal(eraseReflowedRows(frame, 30), '\u001B[2K\u001B[1A'.repeat(3), 'the question takes two rows at 30, the footer three');
	assert.equal(eraseReflowedRows('', 30), '');
});

class FakeTty extends EventEmitter {
	columns = 80;
	readonly written: string[] = [];
	write(chunk: string): boolean {
		this.written.push(chunk);
		return true;
	}
}

test('reflowSafeOutput: the frame Ink wrote last is erased whole before Ink erases it, only when the width shrinks', () => {
	const tty = new FakeTty();
	const output = reflowSafeOutput(tty as unknown as NodeJS.WriteStream);
	const seenByInk: string[] = [];
	// Ink's own listener, added after the wrapper was made: what the wrapper wrote is there before it runs.
	output.on('resize', () => {
		seenByInk.push(tty.written.join(''));
	});
	const long = 'z'.repeat(70);
	output.write(`static line\n`);
	output.write(`What now?\n${long}\n`);
	// A redraw: Ink's log-update erases the old frame (3 lines with the trailing one) and writes the new one.
	output.write(`\u001B[2K\u001B[1A\u001B[2K\u001B[1A\u001B[2K\u001B[GWhat now?\n${long}\n`);
	// Ink clears and writes new <Static> lines, then the frame, as chunks of their own; bracketed by sync codes.
	output.write('\u001B[?2026h');
	output.write(`\u001B[2K\u001B[1A\u001B[2K\u001B[1A\u001B[2K\u001B[G`);
	output.write(`more static\n`);
	output.write(`What now?\n${long}\n`);
	output.write('\u001B[?2026l');
	tty.written.length = 0;
	tty.columns = 100;
	tty.emit('resize');
	assert.deepEqual(tty.written, [], 'wider: nothing re-wrapped');
	tty.columns = 60;
	tty.emit('resize');
	assert.deepEqual(tty.written, ['\u001B[2K\u001B[1A'], 'the 70-column line now takes two rows: one more to erase');
	assert.deepEqual(seenByInk, ['', '\u001B[2K\u001B[1A'], 'the wrapper wrote before Ink erased');
	assert.equal(output.columns, 60, 'everything else is the stream’s own');
});
