import type {en} from '../en/index.js';
import type {Shape} from '../shape.js';
import {categories} from './categories.js';
import {checksum} from './checksum.js';
import {classify} from './classify.js';
import {cli} from './cli.js';
import {common} from './common.js';
import {conclusions} from './conclusions.js';
import {flow} from './flow.js';
import {module} from './module.js';
import {mirrors} from './mirrors.js';
import {private_} from './private.js';
import {report} from './report.js';
import {transcript} from './transcript.js';
import {robust} from './robust.js';
import {wizard} from './wizard.js';
import {lint} from './lint.js';
import {tls} from './tls.js';
import {net} from './net.js';
import {probes} from './probes.js';
import {go} from './go.js';
import {actions} from './actions.js';
import {classifyItems} from './classify-items.js';
import {options} from './options.js';
import {findings} from './findings.js';
import {fixes} from './fixes.js';

/** The Simplified Chinese catalog: the same sections and keys as the English one (the type checks it). */
export const zh: Shape<typeof en> = {
	categories,
	checksum,
	classify,
	cli,
	common,
	conclusions,
	flow,
	module,
	mirrors,
	private: private_,
	report,
	transcript,
	wizard,
	robust,
	lint,
	tls,
	net,
	probes,
	go,
	actions,
	classifyItems,
	options,
	findings,
	fixes,
};
