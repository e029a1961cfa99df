// Assembles the emulator dashboard's inline client script (runs in the browser; assembled in Node). One IIFE so
// nothing leaks to window; the pieces are plain JS strings kept in separate small files by concern.
import { CORE_JS, START_JS } from './core';
import { M2M_JS } from './m2m';
import { TABS_JS } from './tabs';
import { TEST_TAB_JS } from './test-tab';

export const DASHBOARD_SCRIPT = `(function () {\n'use strict';\n${CORE_JS}${M2M_JS}${TABS_JS}${TEST_TAB_JS}${START_JS}})();\n`;
