import type { Command } from 'commander';

/** Placeholder: see below. */
export function registerResearch(_program: Command): void {}
