import { defineEscapeSuite } from './escape-suite.js';

defineEscapeSuite('java');
