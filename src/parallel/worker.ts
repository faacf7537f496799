/**
 * The worker thread's side: receive a job as JSON bytes, run it, send the result back as JSON
 * bytes in a transferred buffer.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import type { RegisterRecord } from '../matching/index.js';
import { fromBytes, toBytes } from './codec.js';
import { runJob, type Job, type JobMemo } from './tasks.js';

/** A job as it is posted to a worker: its number, and its arguments as JSON bytes. */
export interface JobMessage {
  readonly id: number;
  readonly job: Uint8Array;
  /** The register of a `match` job: a number naming it, and its records as JSON bytes in memory every worker shares. */
  readonly register?: { readonly key: number; readonly bytes: Uint8Array };
}

/** A worker's answer: the job's number and its result as JSON bytes, or the error's message. */
export type ResultMessage = { readonly id: number; readonly result: Uint8Array } | { readonly id: number; readonly error: string };

const port = parentPort;
if (port) {
  const memo: JobMemo = {};
  let registerKey = -1;
  let register: readonly RegisterRecord[] = [];
  port.on('message', (message: JobMessage) => {
    try {
      let job = fromBytes<Job>(message.job);
      if (message.register !== undefined) {
        if (message.register.key !== registerKey) {
          registerKey = message.register.key;
          register = fromBytes(message.register.bytes);
        }
        if (job.task === 'match') job = { ...job, register };
      }
      const result = toBytes(runJob(job, memo));
      port.postMessage({ id: message.id, result } satisfies ResultMessage, [result.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies ResultMessage);
    }
  });
}
