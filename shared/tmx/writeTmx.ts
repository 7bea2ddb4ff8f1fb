export type { TmxInput, TmxUnitInput } from './types';
