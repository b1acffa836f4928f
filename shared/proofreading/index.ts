export { check, createProofreader, type CheckResult, type Proofreader } from './engine';
export { ruleIds, rules } from './rules';
export type * from './types';
