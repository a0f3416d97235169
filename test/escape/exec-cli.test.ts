import { LANGUAGES } from '../../src/core/index.js';
import { defineEscapeSuite } from './escape-suite.js';

// Every attack of every language as a file given to `aibaas exec`, as a user would run it.
for (const language of LANGUAGES) defineEscapeSuite(language, { via: 'cli' });
