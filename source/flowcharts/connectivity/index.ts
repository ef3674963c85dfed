import {flowOf} from '../define-flowchart.js';
import {connectivityGraph} from './graph.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
The connectivity flowchart (§2.1, §2.3, §3.2), walked by the diagnosis once for each GOPROXY entry and candidate
proxy through the shared checks (see `walkConnectivity` in run-diagnosis.ts); conclude reads its verdicts.
*/
export const connectivityFlow = flowOf('connectivity', connectivityGraph, {en, zh});
