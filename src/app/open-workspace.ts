/**
 * What app-services.ts loads once the first screen no longer needs the main thread: the tablet's
 * database (Dexie), the full parse of its enrolment, and the workspace built on them. One module,
 * so that it is one lazy chunk, never part of a first load that does not wait for it.
 */
import { openWardsideDatabase } from '../data/db';
import { readEnrolment } from '../data/sync-state-repository';
import { createWorkspace, type Workspace, type WorkspaceOptions } from './workspace';

export type OpenWorkspaceOptions = Omit<WorkspaceOptions, 'db'> & {
  /** Tests give each test a database of its own. */
  databaseName?: string;
};

export type OpenedWorkspace = {
  workspace: Workspace;
  /** Stops sync and closes the database. */
  close: () => Promise<void>;
};

export const openWorkspace = async ({
  databaseName,
  device,
  ...options
}: OpenWorkspaceOptions): Promise<OpenedWorkspace> => {
  const db = openWardsideDatabase(databaseName);
  try {
    // The boot read (read-device-face.ts) checked only what the face needs; the full parse has the
    // last word, so a tablet whose stored enrolment is damaged elsewhere goes back to setup, as it
    // did when the boot read was the full parse.
    if (device.getState().enrolment !== null && (await readEnrolment(db)) === null) {
      device.setState({ enrolment: null });
    }
    const workspace = createWorkspace({ db, device, ...options });
    return {
      workspace,
      close: async () => {
        await workspace.stop();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
};
