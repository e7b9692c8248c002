/** What the results were measured on: they mean little without it. */
import { cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** The 1-minute load average when the benchmark started: the machine is shared. */
  loadAtStart: number;
}

export function describeMachine(chromiumVersion: string): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAtStart: loadavg()[0] ?? NaN,
  };
}
