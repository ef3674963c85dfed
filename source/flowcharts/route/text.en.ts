import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {routeGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Where do packets to this host stop?',
	nodes: {
		trace: {question: 'Where does the route to {host} ({role}) stop?'},
		reached: {summary: 'Packets reach {host}: the route is there, so the port check decides (a closed port or a firewall on the host).'},
		stops: {summary: 'Packets to {host} stop on the way: a router or firewall between here and {host} drops them.'},
		noTool: {summary: 'The route to {host} could not be traced here.'},
	},
	messages: {},
} satisfies FlowchartText<typeof routeGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type RouteMessages = Messages<typeof en.messages>;
