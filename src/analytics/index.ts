export * from './leaderboard.js';
