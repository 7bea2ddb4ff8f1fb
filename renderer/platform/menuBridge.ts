/**
 * Connects the renderer's command bus to the desktop app: commands from the native menu run on the
 * bus, the menu learns which commands are available and the recent projects, and a prepare-quit is
 * answered once pending database writes have committed. In the browser there is no bridge and the
 * keyboard shortcuts (renderer/shell/useKeyboardShortcuts.ts) reach the same commands.
 */
import type { CommandId } from '../../shared/commands';
import { MAX_RECENT_PROJECTS, type DesktopBridge, type MenuCommand, type MenuState, type RecentProject } from '../../shared/ipc';
import type { CommandBus } from '../shell/commands';

export interface MenuBridge {
  /** Updates File → Open Recent (most recent first; only the first few are kept). */
  setRecentProjects(projects: readonly RecentProject[]): void;
  /** Stops listening and reporting. */
  dispose(): void;
}

export interface MenuBridgeOptions {
  /** Resolves when no database write is in flight. */
  whenWritesIdle: () => Promise<void>;
}

const MAX_NAME_LENGTH = 200;

/** Names as main accepts them: printable, 1 to 200 characters. */
function menuSafeName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return clean || 'Untitled project';
}

export function connectMenuBridge(bridge: DesktopBridge, bus: CommandBus, { whenWritesIdle }: MenuBridgeOptions): MenuBridge {
  let recentProjects: RecentProject[] = [];
  let disposed = false;
  let scheduled = false;
  let lastSent = '';

  // Several commands register in one render; one report per turn is enough.
  const report = (): void => {
    if (scheduled || disposed) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (disposed) return;
      const state: MenuState = { enabled: bus.available() as CommandId[], recentProjects };
      const serialized = JSON.stringify(state);
      if (serialized === lastSent) return;
      lastSent = serialized;
      bridge.invoke('qiyos:set-menu-state', state).catch((error: unknown) => console.error('Could not update the menu:', error));
    });
  };

  const onCommand = (command: MenuCommand): void => {
    if (command.id === 'prepare-quit') {
      whenWritesIdle()
        .catch(() => undefined)
        .then(() => bridge.invoke('qiyos:ready-to-quit'))
        .catch((error: unknown) => console.error('Could not confirm the quit:', error));
      return;
    }
    if (command.id === 'open-project') bus.run('open-project', command.arg);
    else if (command.id === 'open-files') bus.run('open-files', command.arg);
    else bus.run(command.id);
  };

  const unsubscribeCommands = bridge.onMenuCommand(onCommand);
  const unsubscribeBus = bus.subscribe(report);
  report();

  return {
    setRecentProjects(projects) {
      recentProjects = projects.slice(0, MAX_RECENT_PROJECTS).map((project) => ({ id: project.id, name: menuSafeName(project.name) }));
      report();
    },
    dispose() {
      disposed = true;
      unsubscribeCommands();
      unsubscribeBus();
    },
  };
}
