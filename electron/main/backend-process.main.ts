import { MessageChannelMain, utilityProcess } from 'electron';
import { fromElectronPort } from '../backend/utility-protocol';
import type { LaunchBackend } from './backend-supervisor';

/**
 * Launches the backend (dist/electron/backend.cjs) in an Electron utilityProcess: the database
 * and the PDF engine never block the main process, and a crash there is a restart, not a dead app.
 */
export function utilityProcessLauncher(modulePath: string): LaunchBackend {
  return (init) => {
    const child = utilityProcess.fork(modulePath, [], { serviceName: 'Clearway backend', stdio: 'inherit' });
    const { port1, port2 } = new MessageChannelMain();
    // The child's end travels with `init`; requests posted on port1 meanwhile wait in the channel.
    child.postMessage(init, [port2]);
    port1.start();
    return {
      port: fromElectronPort(port1),
      shutdown: () => {
        try {
          child.postMessage({ type: 'shutdown' });
        } catch {
          // Already gone; the exit event follows.
        }
      },
      kill: () => void child.kill(),
      onExit: (listener) => void child.once('exit', listener),
    };
  };
}
