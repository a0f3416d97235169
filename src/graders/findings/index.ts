export { CONCEPTS, conceptOf, cweNumber, hasPhrase, mentionsConcept, stem, words, type Concept } from './concepts.js';
export { linesInText, parseFindings, type Finding, type ParsedFindings } from './parse.js';
export { LINE_SLACK, matchFindings, type FindingVerdict, type MatchReport } from './match.js';

