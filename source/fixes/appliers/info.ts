/** An `info` fix: words only, nothing to apply. */
import {say} from '../../i18n/index.js';
import type {Applier} from './types.js';

export const applyInfoFix: Applier = async () => ({status: 'failed', summary: say.actions.adviceOnly});
